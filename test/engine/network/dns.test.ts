/**
 * resolveName / queryDns: what a process in a container gets for a name.
 * /etc/hosts first; the embedded DNS (127.0.0.11) on user-defined networks
 * answers container names, aliases, short ids, hostnames and name.network
 * of the networks the asking container is on; nothing of that on the default
 * bridge; answers with several addresses rotate, one step per query.
 */
import { describe, expect, it } from 'vitest';
import { connectNetwork } from '../../../src/engine/network/connect.ts';
import { createNetwork } from '../../../src/engine/network/create.ts';
import { queryDns, resolveName, reverseLookup } from '../../../src/engine/network/dns.ts';
import { run, stop, testEngine } from './helpers.ts';

describe('on a user-defined network', () => {
  it('names, short ids, hostnames and name.network resolve through 127.0.0.11', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet' });
    const web = run(e, { name: 'web', image: 'nginx', network: 'mynet', hostname: 'www1' });
    const client = run(e, { name: 'client', network: 'mynet' });
    for (const name of ['web', 'WEB', 'web.', web.Id.slice(0, 12), 'www1', 'web.mynet']) {
      expect(resolveName(e.state, client, name)).toEqual({ source: 'embedded', server: '127.0.0.11', name: name.replace(/\.$/, ''), addresses: ['172.18.0.2'], found: true });
    }
    expect(resolveName(e.state, client, 'web.othernet').found).toBe(false);
    expect(resolveName(e.state, client, 'nope')).toEqual({ source: 'embedded', server: '127.0.0.11', name: 'nope', addresses: [], found: false });
    // a name known with no IPv6 address: NOERROR without an answer
    expect(queryDns(e.state, client, 'web', { type: 'AAAA' })).toMatchObject({ found: true, addresses: [] });
    expect(reverseLookup(e.state, client, '172.18.0.2')).toBe('web.mynet');
  });

  it('the own hostname comes from /etc/hosts, the container name from the embedded DNS', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet' });
    const client = run(e, { name: 'client', network: 'mynet' });
    expect(resolveName(e.state, client, client.Id.slice(0, 12)).source).toBe('hosts');
    expect(resolveName(e.state, client, 'client')).toMatchObject({ source: 'embedded', addresses: ['172.18.0.2'] });
    expect(resolveName(e.state, client, 'localhost')).toMatchObject({ source: 'hosts', addresses: ['127.0.0.1'] });
  });

  it('an alias shared by two containers: both addresses, rotating per query', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet' });
    run(e, { name: 'web1', network: 'mynet', aliases: ['web'] });
    run(e, { name: 'web2', network: 'mynet', aliases: ['web'] });
    const client = run(e, { name: 'client', network: 'mynet' });
    const answers = [0, 1, 2].map(() => queryDns(e.state, client, 'web').addresses);
    expect(answers[0].slice().sort()).toEqual(['172.18.0.2', '172.18.0.3']);
    expect(answers[1]).toEqual([answers[0][1], answers[0][0]]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('a renamed container answers to its new name', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet' });
    const web = run(e, { name: 'web', network: 'mynet' });
    const client = run(e, { name: 'client', network: 'mynet' });
    web.Name = 'web-new';
    expect(resolveName(e.state, client, 'web-new').addresses).toEqual(['172.18.0.2']);
    expect(resolveName(e.state, client, 'web').found).toBe(false);
  });

  it('stopped or removed containers are not answered', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet' });
    const web = run(e, { name: 'web', network: 'mynet' });
    const client = run(e, { name: 'client', network: 'mynet' });
    stop(e, web);
    expect(resolveName(e.state, client, 'web').found).toBe(false);
  });

  it('only the networks the asking container is on count', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'front' });
    createNetwork(e.state, { Name: 'back' });
    run(e, { name: 'db', network: 'back' });
    const app = run(e, { name: 'app', network: 'front' });
    expect(resolveName(e.state, app, 'db').found).toBe(false);
    connectNetwork(e.state, 'back', 'app');
    expect(resolveName(e.state, app, 'db').addresses).toEqual(['172.19.0.2']);
  });

  it('--link on a user network gives the linking container an alias', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet' });
    run(e, { name: 'mysql', image: 'mysql', network: 'mynet' });
    const app = run(e, { name: 'app', network: 'mynet', links: ['mysql:db'] });
    const other = run(e, { name: 'other', network: 'mynet' });
    expect(resolveName(e.state, app, 'db').addresses).toEqual(['172.18.0.2']);
    expect(resolveName(e.state, other, 'db').found).toBe(false);
  });

  it('unknown names are forwarded: an external resolver can answer them', () => {
    const e = testEngine();
    createNetwork(e.state, { Name: 'mynet' });
    const c = run(e, { network: 'mynet' });
    const external = (name: string) => (name === 'example.com' ? ['93.184.216.34'] : []);
    expect(resolveName(e.state, c, 'example.com', { external })).toMatchObject({ source: 'embedded', addresses: ['93.184.216.34'], found: true });
  });
});

describe('on the default bridge', () => {
  it('container names do not resolve (the host\'s nameserver is asked)', () => {
    const e = testEngine();
    run(e, { name: 'web', image: 'nginx' });
    const client = run(e, { name: 'client' });
    expect(resolveName(e.state, client, 'web')).toEqual({ source: 'upstream', server: '10.255.255.53', name: 'web', addresses: [], found: false });
    expect(resolveName(e.state, client, '172.17.0.2')).toMatchObject({ addresses: ['172.17.0.2'] });
  });

  it('links and --add-host resolve through /etc/hosts', () => {
    const e = testEngine();
    run(e, { name: 'mysql', image: 'mysql' });
    const web02 = run(e, { name: 'web02', links: ['mysql'], extraHosts: ['db.local:10.0.0.5'] });
    expect(resolveName(e.state, web02, 'mysql')).toMatchObject({ source: 'hosts', addresses: ['172.17.0.2'] });
    expect(resolveName(e.state, web02, 'db.local')).toMatchObject({ source: 'hosts', addresses: ['10.0.0.5'] });
    const web03 = run(e, { name: 'web03' });
    expect(resolveName(e.state, web03, 'mysql').found).toBe(false);
  });

  it('the host does not know container names either', () => {
    const e = testEngine();
    run(e, { name: 'web' });
    expect(resolveName(e.state, 'host', 'web').found).toBe(false);
    expect(resolveName(e.state, 'host', 'localhost').addresses).toEqual(['127.0.0.1']);
  });
});
