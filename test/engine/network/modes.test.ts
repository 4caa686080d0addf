/** Network modes at create: what container:<x> and host rule out (moby runconfig errors). */
import { describe, expect, it } from 'vitest';
import { networkWarnings } from '../../../src/engine/network/container-settings.ts';
import { errorOf, run, testEngine } from './helpers.ts';

describe('network mode conflicts', () => {
  it('container:<x> refuses ports, hostname, dns, add-host, links, mac, expose', () => {
    const e = testEngine();
    run(e, { name: 'web02', image: 'httpd' });
    const net = 'container:web02';
    expect(errorOf(() => run(e, { network: net, ports: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } }))).toBe(
      'conflicting options: port publishing and the container type network mode',
    );
    expect(errorOf(() => run(e, { network: net, hostname: 'x' }))).toBe('conflicting options: hostname and the network mode');
    expect(errorOf(() => run(e, { network: net, dns: ['1.1.1.1'] }))).toBe('conflicting options: dns and the network mode');
    expect(errorOf(() => run(e, { network: net, extraHosts: ['a:1.2.3.4'] }))).toBe(
      'conflicting options: custom host-to-IP mapping and the network mode',
    );
    expect(errorOf(() => run(e, { network: net, links: ['web02'] }))).toBe(
      "conflicting options: container type network can't be used with links. This would result in undefined behavior",
    );
    expect(errorOf(() => run(e, { network: net, mac: '02:42:ac:11:00:99' }))).toBe('conflicting options: mac-address and the network mode');
    expect(errorOf(() => run(e, { network: net, exposed: ['80/tcp'] }))).toBe(
      'conflicting options: port exposing and the container type network mode',
    );
    expect(errorOf(() => run(e, { network: 'container:nope' }))).toBe('No such container: nope');
    expect(errorOf(() => run(e, { network: 'container:' }))).toBe('Invalid network mode: invalid container format container:<name|id>');
  });

  it('container:<x> needs x running at start', () => {
    const e = testEngine();
    const sleepy = run(e, { name: 'sleepy', start: false });
    // the mode names the container by its full id from create on
    expect(errorOf(() => run(e, { network: 'container:sleepy' }))).toBe(`cannot join network namespace of a non running container: ${sleepy.Id}`);
  });

  it('host: --hostname is fine, links and mac are not; published ports are discarded with a warning', () => {
    const e = testEngine();
    expect(run(e, { network: 'host', hostname: 'x' }).Config.Hostname).toBe('x');
    expect(errorOf(() => run(e, { network: 'host', mac: '02:42:ac:11:00:99' }))).toBe('conflicting options: mac-address and the network mode');
    expect(networkWarnings({ NetworkMode: 'host', PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } })).toEqual([
      'Published ports are discarded when using host network mode',
    ]);
    expect(networkWarnings({ NetworkMode: 'bridge', PortBindings: { '80/tcp': [] } })).toEqual([]);
  });
});
