/**
 * Address pools of user-defined networks (v27+, moby ipams/defaultipam
 * allocatePredefinedPool over ipamutils' local pools): lowest free first,
 * skipping allocated and host-reserved prefixes; --subnet/--gateway/
 * --ip-range/--aux-address; moby's IPAM validation and errors.
 */
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../src/engine/network/create.ts';
import { removeNetwork } from '../../../src/engine/network/remove.ts';
import { LOCAL_POOLS, reservedPrefixes, subnetsOf } from '../../../src/engine/network/pools.ts';
import { errorOf, ipOf, run, testEngine } from './helpers.ts';

const subnetOf = (e: ReturnType<typeof testEngine>, name: string) =>
  Object.values(e.state.networks).find((n) => n.Name === name)!.IPAM.Config![0].Subnet;

describe('default address pools', () => {
  it('are 172.17-172.31 as /16s, then 192.168.0.0/16 as /20s (ipamutils)', () => {
    const all = LOCAL_POOLS.flatMap((p) => [...subnetsOf(p)]);
    expect(all.slice(0, 3)).toEqual(['172.17.0.0/16', '172.18.0.0/16', '172.19.0.0/16']);
    expect(all[14]).toBe('172.31.0.0/16');
    expect(all.slice(15, 18)).toEqual(['192.168.0.0/20', '192.168.16.0/20', '192.168.32.0/20']);
    expect(all).toHaveLength(31);
  });

  it('reserve the host LAN and its nameserver (InferReservedNetworks)', () => {
    expect(reservedPrefixes(testEngine().state)).toEqual(['192.168.1.0/24', '10.255.255.53/32']);
  });

  it('go in order, skip 192.168.0.0/20 (the host LAN), then run out', () => {
    const e = testEngine();
    const got: string[] = [];
    for (let i = 1; i <= 29; i++) got.push(createNetwork(e.state, { Name: `n${i}` }).IPAM.Config![0].Subnet);
    expect(got.slice(0, 3)).toEqual(['172.18.0.0/16', '172.19.0.0/16', '172.20.0.0/16']);
    expect(got[13]).toBe('172.31.0.0/16');
    expect(got[14]).toBe('192.168.16.0/20');
    expect(got[28]).toBe('192.168.240.0/20');
    expect(errorOf(() => createNetwork(e.state, { Name: 'one-too-many' }))).toBe(
      'all predefined address pools have been fully subnetted',
    );
    expect(Object.values(e.state.networks).some((n) => n.Name === 'one-too-many')).toBe(false);
  });

  it('give the gateway the first address and show it in inspect (a pool IPAM chose)', () => {
    const e = testEngine();
    expect(createNetwork(e.state, { Name: 'net1' }).IPAM.Config).toEqual([{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }]);
  });

  it('v27+: after rm, the lowest free pool is handed out again', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'net1' });
    createNetwork(e.state, { Name: 'net2' });
    removeNetwork(e.state, 'net1');
    createNetwork(e.state, { Name: 'net3' });
    expect([subnetOf(e, 'net2'), subnetOf(e, 'net3')]).toEqual(['172.19.0.0/16', '172.18.0.0/16']);
  });

  it('skip pools a --subnet network overlaps', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mine', IPAM: { Config: [{ Subnet: '172.18.5.0/24' }] } });
    expect(createNetwork(e.state, { Name: 'auto' }).IPAM.Config![0].Subnet).toBe('172.19.0.0/16');
  });
});

describe('--subnet, --gateway, --ip-range, --aux-address', () => {
  it('keeps the user config as given: no Gateway unless one was given (buildIpamResources)', () => {
    const e = testEngine();
    expect(createNetwork(e.state, { Name: 'a', IPAM: { Config: [{ Subnet: '10.5.0.0/24' }] } }).IPAM.Config).toEqual([{ Subnet: '10.5.0.0/24' }]);
    expect(createNetwork(e.state, { Name: 'b', IPAM: { Config: [{ Subnet: '10.6.0.0/24', Gateway: '10.6.0.254' }] } }).IPAM.Config).toEqual([
      { Subnet: '10.6.0.0/24', Gateway: '10.6.0.254' },
    ]);
    // containers still get the allocated gateway
    expect(run(e, { network: 'a' }).Networks.a.Gateway).toBe('10.5.0.1');
    // with a gateway elsewhere, the first address goes to the first container
    const s1 = run(e, { network: 'b' });
    expect([ipOf(s1), s1.Networks.b.Gateway]).toEqual(['10.6.0.1', '10.6.0.254']);
  });

  it('takes the gateway and containers from the --ip-range; aux addresses are skipped', () => {
    const e = testEngine();
    createNetwork(e.state, {
      Name: 'ranged',
      IPAM: { Config: [{ Subnet: '192.168.100.0/24', IPRange: '192.168.100.128/25', AuxiliaryAddresses: { host1: '192.168.100.129' } }] },
    });
    const r1 = run(e, { network: 'ranged' });
    expect([ipOf(r1), r1.Networks.ranged.Gateway]).toEqual(['192.168.100.130', '192.168.100.128']);
  });

  it('refuses an aux address the gateway took (reference engine wording)', () => {
    const e = testEngine();
    const req = { Name: 'ranged', IPAM: { Config: [{ Subnet: '192.168.100.0/24', IPRange: '192.168.100.128/25', AuxiliaryAddresses: { host1: '192.168.100.128' } }] } };
    expect(errorOf(() => createNetwork(e.state, req))).toBe(
      'failed to allocate secondary ip address (host1:192.168.100.128): Address already in use',
    );
  });

  it('refuses an overlapping --subnet (v25+ wording)', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet', IPAM: { Config: [{ Subnet: '10.10.0.0/24' }] } });
    expect(errorOf(() => createNetwork(e.state, { Name: 'overlap', IPAM: { Config: [{ Subnet: '10.10.0.0/16' }] } }))).toBe(
      'invalid pool request: Pool overlaps with other one on this address space',
    );
    expect(errorOf(() => createNetwork(e.state, { Name: 'dflt', IPAM: { Config: [{ Subnet: '172.17.0.0/16' }] } }))).toBe(
      'invalid pool request: Pool overlaps with other one on this address space',
    );
  });

  it('validates the IPAM config as the daemon does (api/types/network ValidateIPAM)', () => {
    const e = testEngine();
    const mk = (cfg: object) => errorOf(() => createNetwork(e.state, { Name: 'x', IPAM: { Config: [cfg as never] } }));
    expect(mk({ Subnet: '10.50.0.0/33' })).toBe('invalid network config:\ninvalid subnet 10.50.0.0/33: invalid CIDR block notation');
    expect(mk({ Subnet: '10.10.10.0/8' })).toBe('invalid network config:\ninvalid subnet 10.10.10.0/8: it should be 10.0.0.0/8');
    expect(mk({ Subnet: '10.0.0.0/8', Gateway: '192.168.0.1' })).toBe(
      "invalid network config:\ninvalid gateway 192.168.0.1: parent subnet 10.0.0.0/8 doesn't contain this address",
    );
    expect(mk({ Subnet: '10.10.10.0/24', IPRange: '10.0.0.0/8' })).toBe(
      'invalid network config:\ninvalid ip-range 10.0.0.0/8: CIDR block is bigger than its parent subnet 10.10.10.0/24',
    );
    expect(mk({ Subnet: '10.10.10.0/24', IPRange: 'foobar', Gateway: '1001.10.5.3' })).toBe(
      'invalid network config:\n* invalid ip-range foobar: invalid CIDR block notation\n* invalid gateway 1001.10.5.3: invalid address',
    );
  });

  it('allows a static subnet on the host LAN (reserved prefixes only steer the default pools)', () => {
    const e = testEngine();
    const n = createNetwork(e.state, { Name: 'lan', Driver: 'macvlan', Options: { parent: 'eth0' }, IPAM: { Config: [{ Subnet: '192.168.1.0/24', Gateway: '192.168.1.1' }] } });
    expect(n.IPAM.Config).toEqual([{ Subnet: '192.168.1.0/24', Gateway: '192.168.1.1' }]);
  });
});
