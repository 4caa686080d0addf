/**
 * Endpoints at start and stop: first-free addresses, release on stop (a
 * restarted container may come back with another address), static --ip,
 * several networks, DNSNames/Aliases (v25+), MACs, and the create-time and
 * start-time errors in current Docker's words.
 */
import { describe, expect, it } from 'vitest';
import { startContainer } from '../../../src/engine/containers/lifecycle.ts';
import { createNetwork } from '../../../src/engine/network/create.ts';
import { errorOf, ipOf, run, start, stop, testEngine } from './helpers.ts';

describe('addresses', () => {
  it('are handed out from .2 in order; a stopped container gives its address back', () => {
    const e = testEngine();
    const a = run(e, { name: 'aa' });
    const b = run(e, { name: 'bb' });
    expect([ipOf(a), ipOf(b)]).toEqual(['172.17.0.2', '172.17.0.3']);
    stop(e, a);
    expect(a.Networks.bridge).toMatchObject({ IPAddress: '', EndpointID: '', MacAddress: '', Gateway: '', NetworkID: expect.any(String) });
    const c = run(e, { name: 'cc' });
    expect(ipOf(c)).toBe('172.17.0.2');
    start(e, a);
    expect(ipOf(a)).toBe('172.17.0.4');
  });

  it('give each endpoint a gateway, a prefix length and a random locally administered MAC (v28)', () => {
    const e = testEngine();
    const a = run(e, { name: 'aa' });
    expect(a.Networks.bridge).toMatchObject({ Gateway: '172.17.0.1', IPPrefixLen: 16 });
    expect(a.Networks.bridge.MacAddress).toMatch(/^[0-9a-f][26ae](:[0-9a-f]{2}){5}$/);
    expect(run(e, { mac: '02:42:ac:11:00:99' }).Networks.bridge.MacAddress).toBe('02:42:ac:11:00:99');
  });

  it('on an --internal network have no gateway (no default route)', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'internal', Internal: true });
    const c = run(e, { network: 'internal' });
    expect([ipOf(c), c.Networks.internal.Gateway]).toEqual(['172.18.0.2', '']);
  });

  it('none and host endpoints have an endpoint id but no address', () => {
    const e = testEngine();
    const h = run(e, { network: 'host' });
    const n = run(e, { network: 'none' });
    expect(h.Networks.host).toMatchObject({ IPAddress: '', MacAddress: '', EndpointID: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(n.Networks.none).toMatchObject({ IPAddress: '', MacAddress: '' });
    expect(h.Config.Hostname).toBe('docker-host');
  });

  it('run out with the daemon error', () => {
    const e = testEngine();
    const n = createNetwork(e.state, { Name: 'tiny', IPAM: { Config: [{ Subnet: '10.9.0.0/30' }] } });
    run(e, { network: 'tiny' });
    const c = run(e, { network: 'tiny', start: false });
    expect(errorOf(() => startContainer(e.state, c))).toBe(
      `failed to set up container networking: no available IPv4 addresses on this network's address pools: tiny (${n.Id})`,
    );
    expect(c.State).toMatchObject({ Status: 'created', ExitCode: 128 });
  });
});

describe('static --ip', () => {
  it('takes the address and keeps IPAMConfig; first-free allocation skips it', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet', IPAM: { Config: [{ Subnet: '10.10.0.0/24', Gateway: '10.10.0.254' }] } });
    const s2 = run(e, { network: 'mynet', ip: '10.10.0.1' });
    const s1 = run(e, { network: 'mynet' });
    expect([ipOf(s2), ipOf(s1)]).toEqual(['10.10.0.1', '10.10.0.2']);
    expect(s2.Networks.mynet.IPAMConfig).toEqual({ IPv4Address: '10.10.0.1' });
    stop(e, s2);
    expect(s2.Networks.mynet.IPAMConfig).toEqual({ IPv4Address: '10.10.0.1' });
  });

  it('already in use fails at start (v28 wraps it)', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet', IPAM: { Config: [{ Subnet: '10.10.0.0/24' }] } });
    run(e, { network: 'mynet', ip: '10.10.0.50' });
    const c = run(e, { network: 'mynet', ip: '10.10.0.50', start: false });
    expect(errorOf(() => startContainer(e.state, c))).toBe('failed to set up container networking: Address already in use');
  });

  it('is checked at create: out of the subnet, no user subnet, the default bridge', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet', IPAM: { Config: [{ Subnet: '10.10.0.0/24' }] } });
    createNetwork(e.state, { Name: 'auto' });
    expect(errorOf(() => run(e, { network: 'mynet', ip: '10.10.1.5' }))).toBe(
      'invalid config for network mynet: invalid endpoint settings:\nno configured subnet or ip-range contain the IP address 10.10.1.5',
    );
    expect(errorOf(() => run(e, { network: 'auto', ip: '172.18.0.9' }))).toBe(
      'invalid config for network auto: invalid endpoint settings:\nuser specified IP address is supported only when connecting to networks with user configured subnets',
    );
    expect(errorOf(() => run(e, { ip: '172.17.0.50' }))).toBe(
      'invalid config for network bridge: invalid endpoint settings:\nuser specified IP address is supported on user defined networks only',
    );
    expect(Object.keys(e.state.containers)).toHaveLength(0);
  });
});

describe('DNS names and aliases (v25+)', () => {
  it('keeps user aliases in Aliases; DNSNames are name, aliases, short id (and a custom hostname)', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet' });
    const web = run(e, { name: 'web', network: 'mynet', aliases: ['www'] });
    expect(web.Networks.mynet.Aliases).toEqual(['www']);
    expect(web.Networks.mynet.DNSNames).toEqual(['web', 'www', web.Id.slice(0, 12)]);
    const h = run(e, { name: 'hh', network: 'mynet', hostname: 'myhost' });
    expect(h.Networks.mynet.DNSNames).toEqual(['hh', h.Id.slice(0, 12), 'myhost']);
    expect(h.Networks.mynet.Aliases).toBeNull();
  });

  it('are not set on the default bridge', () => {
    const e = testEngine();
    expect(run(e, { name: 'cc' }).Networks.bridge.DNSNames).toBeNull();
  });
});

describe('several networks', () => {
  it('--network twice attaches both, the default bridge first', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'front' });
    createNetwork(e.state, { Name: 'back' });
    const c = run(e, { networks: ['front', 'back'] });
    expect(Object.keys(c.Networks)).toEqual(['front', 'back']);
    expect([ipOf(c, 'front'), ipOf(c, 'back')]).toEqual(['172.18.0.2', '172.19.0.2']);
  });

  it('a missing network: the container is created, the start fails (reference behaviour)', () => {
    const e = testEngine();
    const c = run(e, { network: 'nope', start: false });
    expect(errorOf(() => startContainer(e.state, c))).toBe('network nope not found');
  });

  it('a network removed while its container is stopped fails the next start', () => {
    const e = testEngine();
    const n = createNetwork(e.state, { Name: 'gone' });
    const c = run(e, { network: 'gone' });
    stop(e, c);
    delete e.state.networks[n.Id];
    expect(errorOf(() => start(e, c))).toBe('network gone not found');
  });
});

describe('IPv6', () => {
  it('an --ipv6 network with an IPv6 subnet gives endpoints an IPv6 address and gateway; --ip6 picks one', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'dual', EnableIPv6: true, IPAM: { Config: [{ Subnet: '10.7.0.0/24' }, { Subnet: 'fd00:7::/64' }] } });
    const a = run(e, { name: 'aa', network: 'dual' });
    expect(a.Networks.dual).toMatchObject({ IPAddress: '10.7.0.2', GlobalIPv6Address: 'fd00:7::2', GlobalIPv6PrefixLen: 64, IPv6Gateway: 'fd00:7::1' });
    const b = run(e, { name: 'bb', network: 'dual', ip6: 'fd00:7::99' });
    expect(b.Networks.dual.GlobalIPv6Address).toBe('fd00:7::99');
    expect(e.hostFs.readFile(`/var/lib/docker/containers/${a.Id}/hosts`)).toContain(`fd00:7::2\t${a.Id.slice(0, 12)}\n`);
  });
});
