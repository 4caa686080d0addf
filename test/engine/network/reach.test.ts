/**
 * reachable(state, from, toIp): same network yes, across bridges no (but the
 * host, i.e. any bridge's gateway, yes), host to bridge containers yes, host
 * and macvlan containers never, --internal has no way out.
 */
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../src/engine/network/create.ts';
import { reachable } from '../../../src/engine/network/reach.ts';
import { containerInterfaces, containerRoutes, hostInterfaces } from '../../../src/engine/network/interfaces.ts';
import { connectNetwork } from '../../../src/engine/network/connect.ts';
import { ipOf, run, start, stop, testEngine } from './helpers.ts';

describe('reachable', () => {
  it('containers on one bridge reach each other; another bridge is isolated; every gateway is the host', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet' });
    const c1 = run(e, { name: 'c1' });
    const c2 = run(e, { name: 'c2', network: 'mynet' });
    const c3 = run(e, { name: 'c3' });
    expect(reachable(e.state, c1, ipOf(c3))).toEqual({ ok: true, target: { kind: 'container', container: c3 } });
    expect(reachable(e.state, c2, ipOf(c1))).toEqual({ ok: false, reason: 'filtered' });
    expect(reachable(e.state, c1, '172.17.0.1')).toEqual({ ok: true, target: { kind: 'host' } });
    expect(reachable(e.state, c2, '172.17.0.1')).toEqual({ ok: true, target: { kind: 'host' } });
    expect(reachable(e.state, c1, '192.168.1.100')).toEqual({ ok: true, target: { kind: 'host' } });
    expect(reachable(e.state, c1, '127.0.0.1')).toEqual({ ok: true, target: { kind: 'container', container: c1 } });
    expect(reachable(e.state, c1, '8.8.8.8')).toEqual({ ok: true, target: { kind: 'external' } });
    expect(reachable(e.state, c1, '192.168.1.1')).toEqual({ ok: true, target: { kind: 'router' } });
    expect(reachable(e.state, c1, '172.17.0.99')).toEqual({ ok: false, reason: 'host-unreachable' });
  });

  it('the host reaches bridge containers, not macvlan ones; macvlan ones do not reach the host', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'lan', Driver: 'macvlan', Options: { parent: 'eth0' }, IPAM: { Config: [{ Subnet: '192.168.1.0/24', Gateway: '192.168.1.1', IPRange: '192.168.1.192/27' }] } });
    const b = run(e, { name: 'onbridge' });
    const m = run(e, { name: 'onlan', network: 'lan' });
    expect(ipOf(m)).toBe('192.168.1.192');
    expect(reachable(e.state, 'host', ipOf(b))).toMatchObject({ ok: true });
    expect(reachable(e.state, 'host', ipOf(m))).toEqual({ ok: false, reason: 'filtered' });
    expect(reachable(e.state, m, '192.168.1.100')).toEqual({ ok: false, reason: 'filtered' });
    expect(reachable(e.state, m, '192.168.1.1')).toEqual({ ok: true, target: { kind: 'router' } });
    expect(reachable(e.state, m, '1.1.1.1')).toEqual({ ok: true, target: { kind: 'external' } });
  });

  it('--internal: the subnet only, no default route', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'internal', Internal: true });
    const a = run(e, { name: 'ia', network: 'internal' });
    const b = run(e, { name: 'ib', network: 'internal' });
    expect(reachable(e.state, a, ipOf(b))).toMatchObject({ ok: true });
    expect(reachable(e.state, a, '8.8.8.8')).toEqual({ ok: false, reason: 'network-unreachable' });
    expect(containerRoutes(e.state, a)).toEqual([{ destination: '172.18.0.0/16', dev: 'eth0', scope: 'link', src: '172.18.0.2' }]);
  });

  it('--network none reaches only itself; host-mode containers are the host', () => {
    const e = testEngine();
    const n = run(e, { name: 'nn', network: 'none' });
    const b = run(e, { name: 'bb' });
    const h = run(e, { name: 'hh', network: 'host' });
    expect(reachable(e.state, n, ipOf(b))).toEqual({ ok: false, reason: 'network-unreachable' });
    expect(reachable(e.state, n, '127.0.0.1')).toMatchObject({ ok: true });
    expect(reachable(e.state, h, ipOf(b))).toMatchObject({ ok: true, target: { kind: 'container' } });
    expect(containerInterfaces(e.state, n).map((i) => i.name)).toEqual(['lo']);
    expect(containerInterfaces(e.state, h).map((i) => i.name)).toEqual(hostInterfaces(e.state).map((i) => i.name));
  });

  it('container:<x> uses x\'s interfaces and routes', () => {
    const e = testEngine();
    const web02 = run(e, { name: 'web02', image: 'httpd' });
    const web03 = run(e, { name: 'web03', network: 'container:web02' });
    expect(containerInterfaces(e.state, web03)).toEqual(containerInterfaces(e.state, web02));
    expect(containerRoutes(e.state, web03)).toEqual([
      { destination: 'default', gateway: '172.17.0.1', dev: 'eth0' },
      { destination: '172.17.0.0/16', dev: 'eth0', scope: 'link', src: '172.17.0.2' },
    ]);
  });
});

describe('interfaces', () => {
  it('a container on two networks has eth0 and eth1; the host has docker0, br-<id> and a veth per endpoint', () => {
    const e = testEngine();
    const net = createNetwork(e.state, { Name: 'net1' });
    const app = run(e, { name: 'app', networks: ['bridge', 'net1'] });
    const ifs = containerInterfaces(e.state, app);
    expect(ifs.map((i) => [i.name, i.addresses.filter((a) => !a.v6).map((a) => `${a.ip}/${a.prefixLen}`)])).toEqual([
      ['lo', ['127.0.0.1/8']],
      ['eth0', ['172.17.0.2/16']],
      ['eth1', ['172.18.0.2/16']],
    ]);
    expect(ifs[1].mac).toBe(app.Networks.bridge.MacAddress);
    const host = hostInterfaces(e.state);
    expect(host.map((i) => i.name).slice(0, 4)).toEqual(['lo', 'eth0', 'docker0', `br-${net.Id.slice(0, 12)}`]);
    const veths = host.filter((i) => i.kind === 'veth');
    expect(veths.map((v) => [v.master, v.peerIndex])).toEqual([
      ['docker0', ifs[1].index],
      [`br-${net.Id.slice(0, 12)}`, ifs[2].index],
    ]);
    expect(ifs[1].peerIndex).toBe(veths[0].index);
  });

  it('after a restart the default bridge is joined first and becomes eth0', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'net1' });
    const app = run(e, { name: 'app', network: 'net1' });
    connectNetwork(e.state, 'bridge', 'app');
    expect(containerInterfaces(e.state, app).map((i) => [i.name, i.addresses[0].ip])).toEqual([
      ['lo', '127.0.0.1'],
      ['eth0', '172.18.0.2'],
      ['eth1', '172.17.0.2'],
    ]);
    stop(e, app);
    start(e, app);
    expect(containerInterfaces(e.state, app).map((i) => [i.name, i.addresses[0].ip])).toEqual([
      ['lo', '127.0.0.1'],
      ['eth0', '172.17.0.2'],
      ['eth1', '172.18.0.2'],
    ]);
  });
});
