/**
 * Every check kind, passing and failing, with its checklist line and what
 * it reports finding, in English and Korean.
 */
import { describe, expect, it } from 'vitest';
import { checkSchema, evaluate, replay } from '../../src/exercises/index.ts';
import { check } from './lab-fixture.ts';

const en = (r: { label: { en: string } }) => r.label.en;

describe('container', () => {
  it('passes for a running container from the image, any tag', async () => {
    const r = await check({ container: { name: 'db2', running: true, image: 'mysql' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'container db2 (image mysql) is running', ko: 'mysql 이미지로 만든 db2 컨테이너가 실행 중' });
    expect(r.found).toBeUndefined();
  });

  it('says what state it found instead', async () => {
    const r = await check({ container: { name: 'stopped', running: true } });
    expect(r.pass).toBe(false);
    expect(r.found).toEqual({ en: 'stopped is created, from image nginx', ko: 'stopped 컨테이너는 created 상태, 이미지는 nginx' });
  });

  it('names the containers there are when the one asked for is missing', async () => {
    const r = await check({ container: { name: 'nope' } });
    expect(r.label).toEqual({ en: 'container nope exists', ko: 'nope 컨테이너가 있음' });
    expect(r.found).toEqual({
      en: 'there is no container named nope (there are: db2, old-db, web, lonely, site, stopped and isolated)',
      ko: '이름이 nope인 컨테이너가 없음 (있는 컨테이너: db2, old-db, web, lonely, site, stopped, isolated)',
    });
  });

  it('without a name, any container will do', async () => {
    expect((await check({ container: { status: 'created', image: 'nginx:latest' } })).pass).toBe(true);
    const r = await check({ container: { image: 'redis' } });
    expect(r.pass).toBe(false);
    expect(r.label).toEqual({ en: 'a container (image redis) exists', ko: 'redis 이미지로 만든 컨테이너가 있음' });
    expect(r.found?.en).toMatch(/^no container is like that; there are: db2 \(mysql, running\), /);
    expect(r.found?.ko).toMatch(/^조건에 맞는 컨테이너가 없음\. 있는 컨테이너: db2 \(mysql, running\), /);
  });
});

describe('mount', () => {
  it('passes for the named volume at the path, writable', async () => {
    const r = await check({ mount: { container: 'db2', type: 'volume', source: 'dbdata', destination: '/var/lib/mysql', readOnly: false } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'db2 mounts volume dbdata at /var/lib/mysql (writable)', ko: 'db2 컨테이너의 /var/lib/mysql에 dbdata 볼륨이 마운트됨 (쓰기 가능)' });
  });

  it('reports an anonymous volume where a named one was expected', async () => {
    const r = await check({ mount: { container: 'old-db', type: 'volume', source: 'dbdata', destination: '/var/lib/mysql' } });
    expect(r.pass).toBe(false);
    expect(r.found?.en).toMatch(/^old-db mounts \/var\/lib\/mysql from an anonymous volume \([0-9a-f]{12}…\)$/);
    expect(r.found?.ko).toMatch(/^old-db 컨테이너의 \/var\/lib\/mysql에 마운트된 것: 익명 볼륨 \([0-9a-f]{12}…\)$/);
  });

  it('reports a read-only bind mount where a writable mount was expected', async () => {
    const r = await check({ mount: { container: 'site', destination: '/usr/share/nginx/html', readOnly: false } });
    expect(r.found).toEqual({
      en: 'site mounts /usr/share/nginx/html from bind mount of host path /srv/site, read-only',
      ko: 'site 컨테이너의 /usr/share/nginx/html에 마운트된 것: bind mount (호스트의 /srv/site), 읽기 전용',
    });
  });

  it('matches a bind mount source with or without a trailing slash', async () => {
    const r = await check({ mount: { container: 'site', type: 'bind', source: '/srv/site/', readOnly: true } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'site bind-mounts host path /srv/site/ (read-only)', ko: 'site 컨테이너에 호스트의 /srv/site/ 경로가 bind mount됨 (읽기 전용)' });
  });

  it('says when nothing is mounted at the path', async () => {
    const r = await check({ mount: { container: 'web', destination: '/data' } });
    expect(r.found).toEqual({ en: 'web has nothing mounted at /data (it has no mounts at all)', ko: 'web 컨테이너의 /data에는 아무것도 마운트되어 있지 않음 (마운트가 하나도 없음)' });
    const any = await check({ mount: { type: 'tmpfs' } });
    expect(any.found).toEqual({ en: 'no container has such a mount', ko: '그런 마운트가 있는 컨테이너가 없음' });
  });

  it('counts a --tmpfs mount, which inspect lists under HostConfig.Tmpfs and not in Mounts', async () => {
    const lab = await replay({ images: ['busybox'], setup: [] }, [
      'docker run -d --name scratch --tmpfs /scratch --tmpfs /ro:ro busybox sleep 1d',
      'docker run -d --name other --mount type=tmpfs,target=/run/secrets busybox sleep 1d',
    ]);
    const one = async (input: Record<string, unknown>) => (await evaluate({ checks: [checkSchema.parse(input)] }, { snapshot: lab.snapshot, typed: [] })).checks[0];
    expect((await one({ mount: { container: 'scratch', type: 'tmpfs', destination: '/scratch', readOnly: false } })).pass).toBe(true);
    expect((await one({ mount: { container: 'scratch', type: 'tmpfs', destination: '/ro', readOnly: true } })).pass).toBe(true);
    expect((await one({ mount: { container: 'other', type: 'tmpfs', destination: '/run/secrets' } })).pass).toBe(true);
    const r = await one({ mount: { container: 'scratch', type: 'volume', destination: '/scratch' } });
    expect(r.found).toEqual({ en: 'scratch mounts /scratch from a tmpfs', ko: 'scratch 컨테이너의 /scratch에 마운트된 것: tmpfs' });
  });
});

describe('volume', () => {
  it('passes when the volume exists', async () => {
    const r = await check({ volume: { name: 'dbdata' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'volume dbdata exists', ko: 'dbdata 볼륨이 있음' });
  });

  it('lists the volumes there are when it is missing', async () => {
    const r = await check({ volume: { name: 'gone' } });
    expect(r.found?.en).toMatch(/^there is no volume gone \(there are: dbdata, [0-9a-f]{12}…\)$/);
    expect(r.found?.ko).toMatch(/^gone 볼륨이 없음 \(있는 볼륨: dbdata, [0-9a-f]{12}…\)$/);
  });

  it('exists: false fails while the volume is there, and says who uses it', async () => {
    const r = await check({ volume: { name: 'dbdata', exists: false } });
    expect(r.label).toEqual({ en: 'volume dbdata does not exist', ko: 'dbdata 볼륨이 없음' });
    expect(r.found).toEqual({ en: 'volume dbdata still exists (used by db2)', ko: 'dbdata 볼륨이 아직 있음 (사용 중인 컨테이너: db2)' });
  });

  it('"no anonymous volume is left"', async () => {
    const r = await check({ volume: { anonymous: true, exists: false } });
    expect(r.label).toEqual({ en: 'no anonymous volume is left', ko: '익명 볼륨이 하나도 없음' });
    expect(r.found?.en).toMatch(/^this volume is still there: [0-9a-f]{12}…$/);
    expect(r.found?.ko).toMatch(/^아직 남아 있는 볼륨 1개: [0-9a-f]{12}…$/);
  });

  it('inUse', async () => {
    const r = await check({ volume: { name: 'dbdata', inUse: false } });
    expect(r.label).toEqual({ en: 'unused volume dbdata exists', ko: '쓰이지 않는 dbdata 볼륨이 있음' });
    expect(r.found).toEqual({ en: 'volume dbdata: driver local, named, used by db2', ko: 'dbdata 볼륨: 드라이버 local, 이름 있는 볼륨, 사용 중인 컨테이너: db2' });
    expect((await check({ volume: { name: 'dbdata', inUse: true, driver: 'local', anonymous: false } })).pass).toBe(true);
  });
});

describe('network', () => {
  it('passes for driver, subnet and gateway', async () => {
    const r = await check({ network: { name: 'appnet', driver: 'bridge', subnet: '10.10.0.0/24', gateway: '10.10.0.1' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({
      en: 'network appnet exists (driver bridge, subnet 10.10.0.0/24, gateway 10.10.0.1)',
      ko: 'appnet 네트워크가 있음 (드라이버 bridge, 서브넷 10.10.0.0/24, 게이트웨이 10.10.0.1)',
    });
  });

  it('says which subnet the network got instead', async () => {
    const r = await check({ network: { name: 'other', subnet: '10.10.0.0/24' } });
    expect(r.found).toEqual({ en: 'network other: driver bridge, subnet 172.18.0.0/16, gateway 172.18.0.1', ko: 'other 네트워크: 드라이버 bridge, 서브넷 172.18.0.0/16, 게이트웨이 172.18.0.1' });
  });

  it('missing, and exists: false', async () => {
    expect((await check({ network: { name: 'nonet' } })).found).toEqual({
      en: 'there is no network nonet (there are: bridge, host, none, appnet, other)',
      ko: 'nonet 네트워크가 없음 (있는 네트워크: bridge, host, none, appnet, other)',
    });
    const r = await check({ network: { name: 'other', exists: false } });
    expect(r.label).toEqual({ en: 'network other does not exist', ko: 'other 네트워크가 없음' });
    expect(r.found).toEqual({ en: 'network other still exists', ko: 'other 네트워크가 아직 있음' });
    expect((await check({ network: { name: 'nonet', exists: false } })).pass).toBe(true);
  });
});

describe('attached', () => {
  it('passes for the IP and the alias', async () => {
    const ip = await check({ attached: { container: 'web', network: 'appnet', ip: '10.10.0.10' } });
    expect(ip.pass).toBe(true);
    expect(ip.label).toEqual({ en: 'web is attached to appnet with IP 10.10.0.10', ko: 'web 컨테이너가 appnet 네트워크에 연결됨 (IP 10.10.0.10)' });
    const alias = await check({ attached: { container: 'db2', network: 'appnet', aliases: ['api'] } });
    expect(alias.pass).toBe(true);
    expect(alias.label).toEqual({ en: 'db2 is attached to appnet with alias api', ko: 'db2 컨테이너가 appnet 네트워크에 연결됨 (별칭 api)' });
  });

  it('names the networks the container is on', async () => {
    const r = await check({ attached: { container: 'lonely', network: 'appnet' } });
    expect(r.found).toEqual({ en: 'lonely is not attached to appnet (its networks: bridge)', ko: 'lonely 컨테이너는 appnet 네트워크에 연결되어 있지 않음 (연결된 네트워크: bridge)' });
  });

  it('reports the IP address it has, or that it has none', async () => {
    expect((await check({ attached: { container: 'web', network: 'appnet', ip: '10.10.0.99' } })).found).toEqual({ en: 'web has IP 10.10.0.10 on appnet', ko: 'appnet 네트워크에서 web 컨테이너의 IP는 10.10.0.10' });
    expect((await check({ attached: { container: 'stopped', network: 'bridge', ip: '172.17.0.9' } })).found).toEqual({
      en: 'stopped has no IP address on bridge (it is created)',
      ko: 'bridge 네트워크에서 stopped 컨테이너의 IP 주소가 없음 (created 상태)',
    });
  });

  it('reports the names it answers to when an alias is missing', async () => {
    const r = await check({ attached: { container: 'db2', network: 'appnet', aliases: ['db', 'api'] } });
    expect(r.found?.en).toMatch(/^on appnet, db2 answers to api, db2, [0-9a-f]{12}, not db$/);
    expect(r.found?.ko).toMatch(/^appnet 네트워크에서 db2 컨테이너의 이름: api, db2, [0-9a-f]{12} \(db 없음\)$/);
  });

  it('attached: false', async () => {
    const ok = await check({ attached: { container: 'web', network: 'bridge', attached: false } });
    expect(ok.pass).toBe(true);
    expect(ok.label).toEqual({ en: 'web is not attached to bridge', ko: 'web 컨테이너가 bridge 네트워크에 연결되어 있지 않음' });
    expect((await check({ attached: { container: 'db2', network: 'bridge', attached: false } })).found).toEqual({ en: 'db2 is still attached to bridge', ko: 'db2 컨테이너가 아직 bridge 네트워크에 연결되어 있음' });
  });
});

describe('resolves', () => {
  it('passes through the embedded DNS on a user-defined network (aliases too)', async () => {
    const r = await check({ resolves: { from: 'web', name: 'api', to: 'db2' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'from web, the name api resolves to container db2', ko: 'web 컨테이너에서 api 이름이 db2 컨테이너의 주소로 해석됨' });
    expect((await check({ resolves: { name: 'api' } })).pass).toBe(true);
  });

  it('explains that the default bridge has no embedded DNS', async () => {
    const r = await check({ resolves: { from: 'lonely', name: 'db2' } });
    expect(r.found).toEqual({
      en: 'from lonely, db2 does not resolve: lonely is on no user-defined network, and the default bridge has no embedded DNS for container names',
      ko: 'lonely 컨테이너에서 db2 이름을 찾을 수 없음: 사용자 정의 네트워크에 연결되어 있지 않고, 기본 bridge 네트워크에는 컨테이너 이름을 알려 주는 내장 DNS가 없음',
    });
  });

  it('an unknown name, and a name that leads elsewhere', async () => {
    expect((await check({ resolves: { from: 'web', name: 'nothing' } })).found).toEqual({
      en: 'from web, nothing does not resolve (no container or alias has that name on its networks)',
      ko: 'web 컨테이너에서 nothing 이름을 찾을 수 없음 (연결된 네트워크에 그 이름의 컨테이너나 별칭이 없음)',
    });
    expect((await check({ resolves: { from: 'web', name: 'api', to: 'web' } })).found).toEqual({ en: 'from web, api resolves to 10.10.0.2 (db2)', ko: 'web 컨테이너에서 api 이름의 해석 결과: 10.10.0.2 (db2)' });
  });

  it('expect: false (isolation), and from the host', async () => {
    const r = await check({ resolves: { from: 'isolated', name: 'web', expect: false } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'from isolated, the name web does not resolve', ko: 'isolated 컨테이너에서 web 이름이 해석되지 않음' });
    expect((await check({ resolves: { from: 'web', name: 'db2', expect: false } })).pass).toBe(false);
    const host = await check({ resolves: { from: 'host', name: 'web', expect: false } });
    expect(host.pass).toBe(true);
    expect(host.label).toEqual({ en: 'on the host, the name web does not resolve', ko: '호스트에서 web 이름이 해석되지 않음' });
  });

  it('does not change the snapshot (the DNS counter is counted on a copy)', async () => {
    const { fixtureSnapshot } = await import('./lab-fixture.ts');
    const snapshot = await fixtureSnapshot();
    const before = JSON.stringify(snapshot);
    await check({ resolves: { from: 'web', name: 'api' } });
    expect(JSON.stringify(snapshot)).toBe(before);
  });
});

describe('reachable', () => {
  it('passes on a shared network, and from the host', async () => {
    const r = await check({ reachable: { from: 'web', to: 'db2' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'web can reach db2 by IP address', ko: 'web 컨테이너에서 db2 컨테이너의 IP 주소로 통신할 수 있음' });
    expect((await check({ reachable: { from: 'host', to: 'web' } })).pass).toBe(true);
  });

  it('explains bridge isolation', async () => {
    const r = await check({ reachable: { from: 'web', to: 'isolated' } });
    expect(r.found).toEqual({
      en: 'web cannot reach isolated (172.18.0.2): the packets are dropped on the way (separate networks are isolated from each other)',
      ko: 'web 컨테이너에서 isolated 컨테이너(172.18.0.2)로 통신할 수 없음: 패킷이 중간에 차단됨 (서로 다른 네트워크는 격리되어 있음)',
    });
    const ip = await check({ reachable: { from: 'lonely', to: '10.10.0.10' } });
    expect(ip.label).toEqual({ en: 'lonely can reach 10.10.0.10', ko: 'lonely 컨테이너에서 10.10.0.10 주소로 통신할 수 있음' });
    expect(ip.found?.en).toBe('lonely cannot reach 10.10.0.10: the packets are dropped on the way (separate networks are isolated from each other)');
  });

  it('expect: false, and a target without an address', async () => {
    expect((await check({ reachable: { from: 'web', to: 'isolated', expect: false } })).pass).toBe(true);
    const r = await check({ reachable: { from: 'web', to: 'db2', expect: false } });
    expect(r.label).toEqual({ en: 'web cannot reach db2', ko: 'web 컨테이너에서 db2 컨테이너의 IP 주소로 통신할 수 없음' });
    expect(r.found).toEqual({ en: 'web can reach db2 (172.17.0.2, 10.10.0.2)', ko: 'web 컨테이너에서 db2 컨테이너(172.17.0.2, 10.10.0.2)로 통신할 수 있음' });
    expect((await check({ reachable: { from: 'web', to: 'stopped' } })).found).toEqual({ en: 'stopped has no IP address (it is created)', ko: 'stopped 컨테이너에 IP 주소가 없음 (created 상태)' });
  });
});

describe('published', () => {
  it('passes for -p 8080:80 on 0.0.0.0, and 127.0.0.1:8081 on any container', async () => {
    const r = await check({ published: { container: 'web', hostPort: 8080, containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'web publishes port 80/tcp on 0.0.0.0:8080', ko: 'web 컨테이너의 80/tcp 포트가 호스트의 0.0.0.0:8080 주소로 공개됨' });
    expect((await check({ published: { hostIp: '127.0.0.1', hostPort: 8081 } })).pass).toBe(true);
  });

  it('lists what is published instead', async () => {
    expect((await check({ published: { container: 'web', hostPort: 8081 } })).found).toEqual({
      en: 'web publishes 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
      ko: 'web 컨테이너의 공개 포트: 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
    });
    expect((await check({ published: { container: 'db2', containerPort: 3306 } })).found).toEqual({ en: 'db2 publishes no ports (it was created without -p)', ko: 'db2 컨테이너에는 공개된 포트가 없음 (-p 없이 만들어졌음)' });
  });

  it('a container that is not running publishes nothing', async () => {
    const r = await check({ published: { container: 'stopped', hostPort: 9090 } });
    expect(r.label).toEqual({ en: 'stopped publishes a port on host port 9090', ko: 'stopped 컨테이너의 포트가 호스트의 9090 포트로 공개됨' });
    expect(r.found).toEqual({ en: 'stopped is not running, so it publishes nothing (when it runs: 9090->80/tcp)', ko: 'stopped 컨테이너가 실행 중이 아니라서 공개된 포트가 없음 (실행하면: 9090->80/tcp)' });
  });
});

describe('file', () => {
  it('reads a file through the container\'s mounts', async () => {
    const r = await check({ file: { in: 'db2', path: '/var/lib/mysql/users.txt', contains: 'alice' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: '/var/lib/mysql/users.txt in db2 contains "alice"', ko: 'db2 컨테이너의 /var/lib/mysql/users.txt 파일에 "alice" 내용이 있음' });
    expect((await check({ file: { in: 'site', path: '/usr/share/nginx/html/index.html', matches: '^hello$' } })).pass).toBe(true);
  });

  it('shows the content it found instead', async () => {
    expect((await check({ file: { in: 'db2', path: '/var/lib/mysql/users.txt', contains: 'bob' } })).found).toEqual({
      en: '/var/lib/mysql/users.txt in db2 contains: "alice"',
      ko: 'db2 컨테이너의 /var/lib/mysql/users.txt 파일 내용: "alice"',
    });
  });

  it('missing files, directories, the host', async () => {
    const missing = await check({ file: { in: 'db2', path: '/var/lib/mysql/nothing.txt' } });
    expect(missing.label).toEqual({ en: 'file /var/lib/mysql/nothing.txt exists in db2', ko: 'db2 컨테이너에 /var/lib/mysql/nothing.txt 파일이 있음' });
    expect(missing.found).toEqual({ en: 'there is no /var/lib/mysql/nothing.txt in db2', ko: 'db2 컨테이너에 /var/lib/mysql/nothing.txt 경로가 없음' });
    const dir = await check({ file: { path: '/srv/site', type: 'dir' } });
    expect(dir.pass).toBe(true);
    expect(dir.label).toEqual({ en: 'directory /srv/site exists on the host', ko: '호스트에 /srv/site 디렉터리가 있음' });
    expect((await check({ file: { path: '/srv/site', contains: 'x' } })).found).toEqual({ en: '/srv/site on the host is a directory, not a file', ko: '호스트의 /srv/site 경로는 파일이 아니라 디렉터리임' });
  });

  it('exists: false; the anonymous volume of old-db is not db2\'s volume', async () => {
    expect((await check({ file: { in: 'old-db', path: '/var/lib/mysql/users.txt', exists: false } })).pass).toBe(true);
    const r = await check({ file: { path: '/srv/site/index.html', exists: false } });
    expect(r.label).toEqual({ en: 'nothing exists at /srv/site/index.html on the host', ko: '호스트에 /srv/site/index.html 경로가 없음' });
    expect(r.found).toEqual({ en: '/srv/site/index.html on the host still exists (a file)', ko: '호스트에 /srv/site/index.html 파일이 아직 있음' });
  });
});

describe('gone', () => {
  it('passes when everything named is gone', async () => {
    const r = await check({ gone: { container: 'ghost', volume: 'nov' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'container ghost and volume nov are removed', ko: 'ghost 컨테이너, nov 볼륨이 삭제됨' });
  });

  it('lists what is still there', async () => {
    const r = await check({ gone: { container: 'old-db', volume: 'dbdata', network: 'appnet', image: 'redis' } });
    expect(r.found).toEqual({
      en: 'container old-db still exists (running); volume dbdata still exists (used by db2); network appnet still exists',
      ko: 'old-db 컨테이너가 아직 있음 (running 상태); dbdata 볼륨이 아직 있음 (사용 중인 컨테이너: db2); appnet 네트워크가 아직 있음',
    });
    expect((await check({ gone: { image: 'nginx' } })).found).toEqual({ en: 'image nginx:latest is still pulled', ko: 'nginx:latest 이미지가 아직 있음' });
  });
});

describe('output', () => {
  it('runs the command in a copy of the lab', async () => {
    const r = await check({ output: { run: 'docker port web 80', matches: '^0\\.0\\.0\\.0:8080$' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: '`docker port web 80` prints a line matching ^0\\.0\\.0\\.0:8080$', ko: '`docker port web 80` 실행 결과: ^0\\.0\\.0\\.0:8080$ 패턴과 맞는 줄이 출력됨' });
    expect((await check({ output: { run: 'docker inspect ghost', stream: 'stderr', contains: 'No such object' } })).pass).toBe(true);
  });

  it('shows what it printed, and the exit status', async () => {
    expect((await check({ output: { run: 'docker port web 80', contains: '9999' } })).found).toEqual({ en: 'it printed: "0.0.0.0:8080 [::]:8080"', ko: '출력: "0.0.0.0:8080 [::]:8080"' });
    expect((await check({ output: { run: 'docker exec web cat /nope', exitCode: 0 } })).found).toEqual({
      en: 'it printed: "cat: /nope: No such file or directory" and exited with status 1',
      ko: '출력: "cat: /nope: No such file or directory", 종료 코드 1',
    });
    expect((await check({ output: { run: 'true', contains: 'x' } })).found).toEqual({ en: 'it printed nothing', ko: '아무것도 출력되지 않음' });
  });

  it('never changes the learner\'s lab', async () => {
    const { fixtureSnapshot } = await import('./lab-fixture.ts');
    const snapshot = await fixtureSnapshot();
    const before = JSON.stringify(snapshot);
    expect((await check({ output: { run: 'docker rm -f web && docker volume create xx', exitCode: 0 } })).pass).toBe(true);
    expect(JSON.stringify(snapshot)).toBe(before);
    expect((await check({ container: { name: 'web' } })).pass).toBe(true);
  });
});

describe('typed', () => {
  it('matches a typed line, or one command in it', async () => {
    const r = await check({ typed: { matches: '^docker network create --subnet' } });
    expect(r.pass).toBe(true);
    expect(r.label).toEqual({ en: 'you ran a command matching ^docker network create --subnet', ko: '^docker network create --subnet 패턴과 맞는 명령을 실행함' });
    expect((await check({ typed: { matches: '^echo hello' } })).pass).toBe(true); // after &&
    expect((await check({ typed: { matches: 'DOCKER CREATE', flags: 'i' } })).pass).toBe(true);
  });

  it('says what was typed instead', async () => {
    expect((await check({ typed: { matches: '^docker volume prune' } }, ['docker volume ls', 'docker ps'])).found).toEqual({
      en: 'none of the 2 commands you typed matches (the last: `docker ps`)',
      ko: '입력한 명령 2개 중 맞는 것이 없음 (마지막 명령: `docker ps`)',
    });
    expect((await check({ typed: { matches: 'x' } }, [])).found).toEqual({ en: 'you have not typed a command yet', ko: '아직 입력한 명령이 없음' });
  });
});

describe('labels', () => {
  it('an author label replaces the generated line', async () => {
    const r = await check({ volume: { name: 'dbdata' }, label: { en: 'The data has a home', ko: '데이터가 머물 곳이 있음' } });
    expect(r.label).toEqual({ en: 'The data has a home', ko: '데이터가 머물 곳이 있음' });
    expect(en(r)).toBe('The data has a home');
  });
});
