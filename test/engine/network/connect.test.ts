/**
 * docker network connect / disconnect on running and stopped containers,
 * with the daemon's errors (moby daemon/container_operations.go,
 * libnetwork; v25+ validateEndpointSettings).
 */
import { describe, expect, it } from 'vitest';
import { connectNetwork, disconnectNetwork } from '../../../src/engine/network/connect.ts';
import { createNetwork } from '../../../src/engine/network/create.ts';
import { errorOf, ipOf, run, start, stop, testEngine } from './helpers.ts';

describe('connect', () => {
  it('gives a running container one more endpoint, with --ip and --alias', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'net1' });
    createNetwork(e.state, { Name: 'net2', IPAM: { Config: [{ Subnet: '10.5.0.0/24' }] } });
    const app = run(e, { name: 'app' });
    connectNetwork(e.state, 'net1', 'app');
    expect(Object.keys(app.Networks)).toEqual(['bridge', 'net1']);
    expect(ipOf(app, 'net1')).toBe('172.18.0.2');
    expect(app.Networks.net1.Aliases).toEqual([]);
    connectNetwork(e.state, 'net2', 'app', { ipv4: '10.5.0.9', aliases: ['db'] });
    expect(app.Networks.net2).toMatchObject({ IPAMConfig: { IPv4Address: '10.5.0.9' }, Aliases: ['db'], IPAddress: '10.5.0.9' });
    expect(app.Networks.net2.DNSNames).toEqual(['app', 'db', app.Id.slice(0, 12)]);
  });

  it('errors: twice, --ip on the bridge, missing network or container', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'net1' });
    run(e, { name: 'app' });
    run(e, { name: 'peer' });
    connectNetwork(e.state, 'net1', 'app');
    expect(errorOf(() => connectNetwork(e.state, 'net1', 'app'))).toBe('endpoint with name app already exists in network net1');
    expect(errorOf(() => connectNetwork(e.state, 'bridge', 'peer', { ipv4: '172.17.0.50' }))).toBe(
      'invalid endpoint settings:\nuser specified IP address is supported on user defined networks only',
    );
    expect(errorOf(() => connectNetwork(e.state, 'nope', 'app'))).toBe('network nope not found');
    expect(errorOf(() => connectNetwork(e.state, 'net1', 'nope'))).toBe('No such container: nope');
    expect(errorOf(() => connectNetwork(e.state, 'nope', 'nope'))).toBe('network nope not found');
  });

  it('refuses host-mode and container-mode containers, and the host network', () => {
    const e = testEngine();
    run(e, { name: 'web01', network: 'host' });
    run(e, { name: 'web02' });
    run(e, { name: 'web03', network: 'container:web02' });
    run(e, { name: 'web04', network: 'none' });
    createNetwork(e.state, { Name: 'net1' });
    expect(errorOf(() => connectNetwork(e.state, 'bridge', 'web01'))).toBe(
      'container sharing network namespace with another container or host cannot be connected to any other network',
    );
    expect(errorOf(() => connectNetwork(e.state, 'host', 'web02'))).toBe(
      'container cannot be disconnected from host network or connected to host network',
    );
    expect(errorOf(() => connectNetwork(e.state, 'net1', 'web03'))).toBe(
      'container sharing network namespace with another container or host cannot be connected to any other network',
    );
    expect(errorOf(() => connectNetwork(e.state, 'net1', 'web04'))).toBe(
      'container cannot be connected to multiple networks with one of the networks in private (none) mode',
    );
  });

  it('a stopped container only records the endpoint; it is attached at start', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'net1' });
    const c = run(e, { name: 'later', start: false });
    connectNetwork(e.state, 'net1', 'later', { aliases: ['x'] });
    expect(c.Networks.net1).toMatchObject({ IPAddress: '', Aliases: ['x'] });
    start(e, c);
    expect([ipOf(c, 'bridge'), ipOf(c, 'net1')]).toEqual(['172.17.0.2', '172.18.0.2']);
  });
});

describe('disconnect', () => {
  it('removes the endpoint and gives the address back', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'net1' });
    const app = run(e, { name: 'app', network: 'net1' });
    disconnectNetwork(e.state, 'net1', 'app');
    expect(app.Networks).toEqual({});
    expect(ipOf(run(e, { name: 'next', network: 'net1' }))).toBe('172.18.0.2');
  });

  it('errors: not connected (running and stopped wording), missing container', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'net1' });
    const app = run(e, { name: 'app' });
    expect(errorOf(() => disconnectNetwork(e.state, 'net1', 'app'))).toBe(`container ${app.Id} is not connected to network net1`);
    stop(e, app);
    expect(errorOf(() => disconnectNetwork(e.state, 'net1', 'app'))).toBe(`container ${app.Id} is not connected to the network net1`);
    expect(errorOf(() => disconnectNetwork(e.state, 'net1', 'nope'))).toBe('No such container: nope');
  });

  it('refuses to take a host-mode container off host', () => {
    const e = testEngine();
    run(e, { name: 'web01', network: 'host' });
    expect(errorOf(() => disconnectNetwork(e.state, 'host', 'web01'))).toBe(
      'container cannot be disconnected from host network or connected to host network',
    );
  });
});
