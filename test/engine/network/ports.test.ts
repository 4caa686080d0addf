/**
 * Published ports at start (bridge driver + portallocator): 0.0.0.0 and [::]
 * for an unspecified address, ephemeral ports from 32768 on (continuing
 * after the last one handed out), conflicts in v28's words, release on stop.
 */
import { describe, expect, it } from 'vitest';
import { startContainer } from '../../../src/engine/containers/lifecycle.ts';
import { findPublished } from '../../../src/engine/network/ports.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { errorOf, run, start, stop, testEngine } from './helpers.ts';

const p = (HostPort: string, HostIp = '') => [{ HostIp, HostPort }];

describe('published ports', () => {
  it('-p 8080:80 binds 0.0.0.0 and [::], IPv4 first', () => {
    const e = testEngine();
    const web = run(e, { name: 'web', image: 'nginx', ports: { '80/tcp': p('8080') } });
    expect(web.Ports).toEqual([
      { port: '80/tcp', hostIp: '0.0.0.0', hostPort: 8080 },
      { port: '80/tcp', hostIp: '::', hostPort: 8080 },
    ]);
    expect(findPublished(e.state, '127.0.0.1', 8080)).toEqual({ container: web, port: 80 });
    expect(findPublished(e.state, '::1', 8080)?.container).toBe(web);
    expect(findPublished(e.state, '127.0.0.1', 8081)).toBeUndefined();
  });

  it('-p 127.0.0.1:8081:80 binds that address only', () => {
    const e = testEngine();
    const c = run(e, { name: 'local', image: 'nginx', ports: { '80/tcp': p('8081', '127.0.0.1') } });
    expect(c.Ports).toEqual([{ port: '80/tcp', hostIp: '127.0.0.1', hostPort: 8081 }]);
    expect(findPublished(e.state, '192.168.1.100', 8081)).toBeUndefined();
  });

  it('tcp and udp may share a port number', () => {
    const e = testEngine();
    const c = run(e, { name: 'both', image: 'nginx', ports: { '80/tcp': p('8083'), '80/udp': p('8083') } });
    expect(c.Ports.map((m) => `${m.port} ${m.hostIp}:${m.hostPort}`)).toEqual([
      '80/tcp 0.0.0.0:8083',
      '80/tcp :::8083',
      '80/udp 0.0.0.0:8083',
      '80/udp :::8083',
    ]);
  });

  it('ephemeral ports go on from the last one handed out, per protocol, even after a release', () => {
    const e = testEngine();
    const eph = run(e, { name: 'eph', image: 'nginx', ports: { '80/tcp': p('') } });
    const all = run(e, { name: 'all', image: 'nginx', publishAll: true });
    const db = run(e, { name: 'db', image: 'mysql', publishAll: true });
    expect(eph.Ports.map((m) => m.hostPort)).toEqual([32768, 32768]);
    expect(all.Ports.map((m) => m.hostPort)).toEqual([32769, 32769]);
    expect(db.Ports.map((m) => `${m.port}:${m.hostPort}`)).toEqual(['3306/tcp:32770', '3306/tcp:32770', '33060/tcp:32771', '33060/tcp:32771']);
    stop(e, eph);
    start(e, eph);
    expect(eph.Ports[0].hostPort).toBe(32772);
    const u = run(e, { name: 'udp', image: 'nginx', ports: { '53/udp': p('') } });
    expect(u.Ports[0].hostPort).toBe(32768);
  });

  it('a port in use: v28 error, the container stays created with exit code 128', () => {
    const e = testEngine();
    run(e, { name: 'web', image: 'nginx', ports: { '80/tcp': p('8080') } });
    const web2 = run(e, { name: 'web2', image: 'nginx', ports: { '80/tcp': p('8080') }, start: false });
    const err = errorOf(() => startContainer(e.state, web2));
    expect(err).toMatch(
      /^failed to set up container networking: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/,
    );
    expect(web2.State).toMatchObject({ Status: 'created', Running: false, ExitCode: 128, Error: err });
    expect(web2.Ports).toEqual([]);
    expect(web2.Networks.bridge.IPAddress).toBe('');
  });

  it('a wildcard and a specific address of the same family collide at bind', () => {
    const e = testEngine();
    run(e, { name: 'web', image: 'nginx', ports: { '80/tcp': p('8080') } });
    const c = run(e, { name: 'other', image: 'nginx', ports: { '80/tcp': p('8080', '127.0.0.1') }, start: false });
    expect(errorOf(() => startContainer(e.state, c))).toMatch(/failed to bind host port 127\.0\.0\.1:8080\/tcp: address already in use$/);
  });

  it('an address the host does not have cannot be bound', () => {
    const e = testEngine();
    const far = run(e, { name: 'far', image: 'nginx', ports: { '80/tcp': p('8084', '10.1.2.3') }, start: false });
    expect(errorOf(() => startContainer(e.state, far))).toMatch(/: failed to bind host port 10\.1\.2\.3:8084\/tcp: cannot assign requested address$/);
    // the host's LAN address is fine
    expect(run(e, { name: 'lan', image: 'nginx', ports: { '80/tcp': p('8084', '192.168.1.100') } }).Ports).toHaveLength(1);
  });

  it('are released when the container stops, and re-bound at start', () => {
    const e = testEngine();
    const web = run(e, { name: 'web', image: 'nginx', ports: { '80/tcp': p('8080') } });
    stop(e, web);
    expect(web.Ports).toEqual([]);
    const other = run(e, { name: 'other', image: 'nginx', ports: { '80/tcp': p('8080') } });
    expect(other.Ports).toHaveLength(2);
    expect(errorOf(() => start(e, web))).toMatch(/Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/);
  });

  it('are discarded with --network host and on none', () => {
    const e = testEngine();
    expect(run(e, { name: 'hostp', image: 'nginx', network: 'host', ports: { '80/tcp': p('8080') } }).Ports).toEqual([]);
    expect(run(e, { name: 'nonep', image: 'nginx', network: 'none', ports: { '80/tcp': p('8081') } }).Ports).toEqual([]);
  });

  it('the allocator state survives a snapshot (plain JSON)', () => {
    const e = testEngine();
    run(e, { name: 'eph', image: 'nginx', ports: { '80/tcp': p('') } });
    const again = new Engine(JSON.parse(JSON.stringify(e.state)));
    const c = again.create({ name: 'next', Config: { Image: 'nginx' }, HostConfig: { PortBindings: { '80/tcp': p('') } } });
    startContainer(again.state, c);
    expect(c.Ports[0].hostPort).toBe(32769);
  });
});
