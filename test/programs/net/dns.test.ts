/**
 * Names: nslookup against Docker's embedded DNS (round robin for an alias
 * two containers share), /etc/hosts entries of legacy links, getent.
 */
import { describe, expect, it } from 'vitest';
import { netLab, run, setup } from './helpers.ts';

const HEADER = 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n';

describe('busybox nslookup', () => {
  it('answers an alias shared by two containers with both addresses, rotating between queries', async () => {
    const lab = netLab();
    await setup(
      lab,
      'docker network create mynet',
      'docker run -d --name web1 --network mynet --network-alias web busybox sleep 1d',
      'docker run -d --name web2 --network mynet --network-alias web busybox sleep 1d',
      'docker run -d --name client --network mynet busybox sleep 1d',
    );
    const first = await run(lab, 'docker exec client nslookup web');
    const second = await run(lab, 'docker exec client nslookup web');
    const third = await run(lab, 'docker exec client nslookup -type=a web');
    const answer = (a: string, b: string) => `Non-authoritative answer:\nName:\tweb\nAddress: ${a}\nName:\tweb\nAddress: ${b}\n\n`;
    // the AAAA query gets an empty (NODATA) answer: the name exists, with no IPv6 address
    expect(first).toEqual({ stdout: HEADER + answer('172.18.0.2', '172.18.0.3') + 'Non-authoritative answer:\n\n', stderr: '', exitCode: 0 });
    expect(second.stdout).toBe(HEADER + answer('172.18.0.3', '172.18.0.2') + 'Non-authoritative answer:\n\n');
    expect(third.stdout).toBe(HEADER + answer('172.18.0.2', '172.18.0.3'));
    // one container gone: one address left
    await setup(lab, 'docker rm -f web1');
    expect((await run(lab, 'docker exec client nslookup -type=a web')).stdout).toBe(`${HEADER}Non-authoritative answer:\nName:\tweb\nAddress: 172.18.0.3\n\n`);
  });

  it('says NXDOMAIN for each query of an unknown name, and answers PTR with name.network', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create mynet', 'docker run -d --name web --network mynet busybox sleep 1d', 'docker run -d --name client --network mynet busybox sleep 1d');
    expect(await run(lab, 'docker exec client nslookup nope')).toEqual({
      stdout: `${HEADER}** server can't find nope: NXDOMAIN\n\n** server can't find nope: NXDOMAIN\n\n`,
      stderr: '',
      exitCode: 1,
    });
    expect((await run(lab, 'docker exec client nslookup 172.18.0.2')).stdout).toBe(`${HEADER}Non-authoritative answer:\n2.0.18.172.in-addr.arpa\tname = web.mynet\n\n`);
  });

  it('asks the host\'s nameserver on the default bridge, which knows no container', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name web busybox sleep 1d', 'docker run -d --name client busybox sleep 1d');
    const r = await run(lab, 'docker exec client nslookup -type=a web');
    expect(r.stdout).toMatch(/^Server:\t\t(\S+)\nAddress:\t\1:53\n\n\*\* server can't find web: NXDOMAIN\n\n$/);
    expect(r.exitCode).toBe(1);
  });
});

describe('legacy links', () => {
  it('put the alias and the name in /etc/hosts, and ping and getent use them', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name db busybox sleep 1d', 'docker run -d --name app --link db:database busybox sleep 1d', 'docker run -d --name app2 --link db:database ubuntu sleep 1d');
    const hosts = (await run(lab, 'docker exec app cat /etc/hosts')).stdout;
    expect(hosts).toMatch(/\n172\.17\.0\.2\tdatabase [0-9a-f]{12} db\n/);
    for (const name of ['database', 'db']) {
      const r = await run(lab, `docker exec app ping -c 1 ${name}`);
      expect(r.stdout.split('\n')[0]).toBe(`PING ${name} (172.17.0.2): 56 data bytes`);
      expect(r.exitCode).toBe(0);
    }
    expect((await run(lab, 'docker exec app2 getent hosts database')).stdout).toMatch(/^172\.17\.0\.2 {6}database [0-9a-f]{12} db\n$/);
    // a container without the link does not know the name
    await setup(lab, 'docker run -d --name other busybox sleep 1d');
    expect((await run(lab, 'docker exec other ping -c 1 database')).stderr).toBe("ping: bad address 'database'\n");
  });
});

describe('getent (glibc)', () => {
  it('looks hosts up IPv6 first, then IPv4, as gethostbyname2 does', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create mynet', 'docker run -d --name web --network mynet busybox sleep 1d', 'docker run -d --name ub --network mynet ubuntu sleep 1d');
    expect((await run(lab, 'docker exec ub getent hosts localhost')).stdout).toBe('::1             localhost ip6-localhost ip6-loopback\n');
    expect((await run(lab, 'docker exec ub getent hosts web')).stdout).toBe('172.18.0.2      web\n');
    expect((await run(lab, 'docker exec ub getent ahosts web')).stdout).toBe('172.18.0.2      STREAM web\n172.18.0.2      DGRAM  \n172.18.0.2      RAW    \n');
    expect(await run(lab, 'docker exec ub getent hosts nope')).toEqual({ stdout: '', stderr: '', exitCode: 2 });
  });

  it('prints every address of a shared alias, one line each (glibc getent.c print_hosts, ahosts_keys_int), the name on the first line only', async () => {
    const lab = netLab();
    await setup(
      lab,
      'docker network create mynet',
      'docker run -d --name s1 --network mynet --network-alias search busybox sleep 1d',
      'docker run -d --name s2 --network mynet --network-alias search busybox sleep 1d',
      'docker run -d --name ub --network mynet ubuntu sleep 1d',
    );
    const hosts = (await run(lab, 'docker exec ub getent hosts search')).stdout.split('\n').filter(Boolean).sort();
    expect(hosts).toEqual(['172.18.0.2      search', '172.18.0.3      search']);
    const ahosts = (await run(lab, 'docker exec ub getent ahosts search')).stdout.split('\n').filter(Boolean);
    expect(ahosts).toHaveLength(6);
    expect(ahosts[0]).toMatch(/^172\.18\.0\.[23] {6}STREAM search$/);
    expect(ahosts.slice(1).every((l) => !l.includes('search'))).toBe(true);
    expect(new Set(ahosts.map((l) => l.split(' ')[0]))).toEqual(new Set(['172.18.0.2', '172.18.0.3']));
  });
});
