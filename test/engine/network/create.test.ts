/**
 * docker network create / rm / prune and the drivers: names, predefined
 * networks, host/null singletons, macvlan and ipvlan parents and modes,
 * overlay and swarm, in-use networks (v28.1+ wording).
 */
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../src/engine/network/create.ts';
import { pruneNetworks, removeNetwork } from '../../../src/engine/network/remove.ts';
import { swarmInit, swarmLeave } from '../../../src/engine/network/swarm.ts';
import { connectNetwork } from '../../../src/engine/network/connect.ts';
import { bridgeNameFor, getNetwork } from '../../../src/engine/network/networks.ts';
import { errorOf, ipOf, run, stop, testEngine } from './helpers.ts';

describe('create', () => {
  it('a user bridge: br-<id> on the host, options and labels as given', () => {
    const e = testEngine();
    const n = createNetwork(e.state, { Name: 'mynet', Labels: { tier: 'db' } });
    expect(n).toMatchObject({ Driver: 'bridge', Scope: 'local', Options: {}, Labels: { tier: 'db' }, IPAM: { Driver: 'default', Options: {} } });
    expect(bridgeNameFor(n)).toBe(`br-${n.Id.slice(0, 12)}`);
    const named = createNetwork(e.state, { Name: 'named', Options: { 'com.docker.network.bridge.name': 'mybr0' } });
    expect(bridgeNameFor(named)).toBe('mybr0');
  });

  it('refuses a taken name, predefined names, unknown drivers and a second host/null network', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'net1' });
    expect(errorOf(() => createNetwork(e.state, { Name: 'net1' }))).toBe('network with name net1 already exists');
    expect(errorOf(() => createNetwork(e.state, { Name: 'bridge' }))).toBe('operation is not permitted on predefined bridge network ');
    expect(errorOf(() => createNetwork(e.state, { Name: 'x', Driver: 'nosuchdriver' }))).toBe('plugin "nosuchdriver" not found');
    expect(errorOf(() => createNetwork(e.state, { Name: 'myhost', Driver: 'host' }))).toBe('only one instance of "host" network is allowed');
    expect(errorOf(() => createNetwork(e.state, { Name: 'mynone', Driver: 'null' }))).toBe('only one instance of "null" network is allowed');
    expect(createNetwork(e.state, { Name: 'bad name' }).Name).toBe('bad name');
  });

  it('macvlan: a parent interface of the host, one network per parent', () => {
    const e = testEngine();
    const mac = createNetwork(e.state, { Name: 'macnet', Driver: 'macvlan', Options: { parent: 'eth0' }, IPAM: { Config: [{ Subnet: '192.168.50.0/24', Gateway: '192.168.50.1' }] } });
    expect(mac.Options).toEqual({ parent: 'eth0' });
    const m1 = run(e, { name: 'm1', network: 'macnet' });
    expect([ipOf(m1), m1.Networks.macnet.Gateway]).toEqual(['192.168.50.2', '192.168.50.1']);
    expect(errorOf(() => createNetwork(e.state, { Name: 'mac2', Driver: 'macvlan', Options: { parent: 'eth0' } }))).toBe(
      `network dm-${mac.Id.slice(0, 12)} is already using parent interface eth0`,
    );
    expect(errorOf(() => createNetwork(e.state, { Name: 'mac3', Driver: 'macvlan', Options: { parent: 'eth9' } }))).toBe(
      'invalid subinterface vlan name eth9, example formatting is eth0.10',
    );
    expect(errorOf(() => createNetwork(e.state, { Name: 'mac4', Driver: 'macvlan', Options: { parent: 'en0.10' } }))).toBe(
      '-o parent interface was not found on the host: en0',
    );
    expect(createNetwork(e.state, { Name: 'vlan10', Driver: 'macvlan', Options: { parent: 'eth0.10' } }).Options).toEqual({ parent: 'eth0.10' });
    // without a parent the network is internal (a dummy link)
    expect(createNetwork(e.state, { Name: 'dummy', Driver: 'macvlan' }).Internal).toBe(true);
  });

  it('ipvlan: l2 (default), l3, and invalid modes', () => {
    const e = testEngine();
    const l3 = createNetwork(e.state, { Name: 'ipv', Driver: 'ipvlan', Options: { parent: 'eth0', ipvlan_mode: 'l3' }, IPAM: { Config: [{ Subnet: '192.168.60.0/24' }] } });
    const c = run(e, { network: 'ipv' });
    // IPAM still reserves the gateway address; l3 gives no gateway route, ipvlan no MAC of its own
    expect([ipOf(c), c.Networks.ipv.Gateway, c.Networks.ipv.MacAddress]).toEqual(['192.168.60.2', '', '']);
    expect(l3.Options).toEqual({ parent: 'eth0', ipvlan_mode: 'l3' });
    expect(errorOf(() => createNetwork(e.state, { Name: 'bad', Driver: 'ipvlan', Options: { ipvlan_mode: 'l4' } }))).toBe(
      "requested ipvlan mode 'l4' is not valid, 'l2' mode is the ipvlan driver default",
    );
  });

  it('overlay needs swarm mode; swarm init adds ingress and docker_gwbridge; leave --force removes swarm networks', () => {
    const e = testEngine();
    expect(errorOf(() => createNetwork(e.state, { Name: 'ov', Driver: 'overlay' }))).toBe(
      'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
    );
    const init = swarmInit(e.state);
    expect(init.nodeId).toMatch(/^[0-9a-z]{25}$/);
    expect(init.workerToken).toMatch(/^SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}$/);
    expect(getNetwork(e.state, 'ingress')).toMatchObject({ Driver: 'overlay', Scope: 'swarm', Ingress: true });
    expect(getNetwork(e.state, 'docker_gwbridge').IPAM.Config![0].Subnet).toBe('172.18.0.0/16');
    const ov = createNetwork(e.state, { Name: 'ov', Driver: 'overlay', Attachable: true });
    expect(ov).toMatchObject({ Scope: 'swarm', IPAM: { Config: [{ Subnet: '10.0.1.0/24', Gateway: '10.0.1.1' }] } });
    const closed = createNetwork(e.state, { Name: 'closed', Driver: 'overlay' });
    run(e, { name: 'c1' });
    expect(errorOf(() => connectNetwork(e.state, closed.Name, 'c1'))).toBe(
      'Could not attach to network closed: rpc error: code = PermissionDenied desc = network closed not manually attachable',
    );
    expect(errorOf(() => run(e, { name: 'c2', network: 'closed' }))).toBe(
      'failed to set up container networking: Could not attach to network closed: rpc error: code = PermissionDenied desc = network closed not manually attachable',
    );
    expect(ipOf(run(e, { name: 'c3', network: 'ov' }))).toBe('10.0.1.2');
    expect(errorOf(() => swarmInit(e.state))).toBe(
      'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.',
    );
    expect(errorOf(() => swarmLeave(e.state, false))).toMatch(/^You are attempting to leave the swarm on a node that is participating as a manager\./);
    swarmLeave(e.state, true);
    expect(Object.values(e.state.networks).map((n) => n.Name)).toEqual(['bridge', 'host', 'none', 'docker_gwbridge']);
  });
});

describe('rm and prune', () => {
  it('refuses predefined networks and networks with running containers (v28.1+ wording)', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'net1' });
    const c1 = run(e, { name: 'c1', network: 'net1' });
    expect(errorOf(() => removeNetwork(e.state, 'net1'))).toBe(
      `error while removing network: network net1 has active endpoints (name:"c1" id:"${c1.Networks.net1.EndpointID.slice(0, 12)}")`,
    );
    expect(errorOf(() => removeNetwork(e.state, 'bridge'))).toBe('bridge is a pre-defined network and cannot be removed');
    expect(errorOf(() => removeNetwork(e.state, 'none'))).toBe('none is a pre-defined network and cannot be removed');
    expect(errorOf(() => removeNetwork(e.state, 'nope'))).toBe('network nope not found');
    stop(e, c1);
    expect(removeNetwork(e.state, 'net1').Name).toBe('net1');
  });

  it('finds networks by id prefix; an ambiguous prefix is an error', () => {
    const e = testEngine();
    const n = createNetwork(e.state, { Name: 'net1' });
    expect(removeNetwork(e.state, n.Id.slice(0, 5)).Name).toBe('net1');
    expect(errorOf(() => removeNetwork(e.state, ''))).toMatch(/^network {2}is ambiguous \(\d+ matches found based on ID prefix\)$/);
  });

  it('prune removes custom networks without running containers, in creation order', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'used' });
    createNetwork(e.state, { Name: 'unused' });
    createNetwork(e.state, { Name: 'stopped', Labels: { keep: 'no' } });
    run(e, { name: 'c1', network: 'used' });
    stop(e, run(e, { name: 'c2', network: 'stopped' }));
    expect(pruneNetworks(e.state, { labels: ['keep'] })).toEqual(['stopped']);
    expect(pruneNetworks(e.state)).toEqual(['unused']);
    expect(pruneNetworks(e.state)).toEqual([]);
  });
});
