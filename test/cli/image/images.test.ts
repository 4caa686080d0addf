/**
 * docker images / image ls, image inspect, tag and rmi. Layouts, wording and
 * exit statuses are the reference engine's (docker 28.2.2 client); ids,
 * digests, sizes and dates are the catalog's real ones, so they are taken
 * from the catalog here rather than copied.
 */
import { describe, expect, it } from 'vitest';
import { findCatalogImage } from '../../../src/engine/images/catalog.ts';
import type { CatalogImage } from '../../../src/engine/images/types.ts';
import { Cli } from './harness.ts';

const cat = (repo: string, tag = 'latest'): CatalogImage => {
  const c = findCatalogImage(repo, tag);
  if (!c) throw new Error(`${repo}:${tag} not in the catalog`);
  return c;
};
const short = (c: CatalogImage) => c.id.slice(7, 19);
const DAY = 24 * 3600 * 1000;

describe('docker images', () => {
  it('lists newest first, one row per tag, with 3-digit sizes and ages from the lab clock', async () => {
    const cli = new Cli().pull('nginx', 'busybox', 'ubuntu:22.04', 'ubuntu:14.04');
    await cli.run('docker tag busybox mybox');
    const rows = [
      ['ubuntu', '22.04', cat('ubuntu', '22.04'), '3 months ago', '77.9MB'],
      ['nginx', 'latest', cat('nginx'), '4 months ago', '161MB'],
      ['busybox', 'latest', cat('busybox'), '6 months ago', '4.43MB'],
      ['mybox', 'latest', cat('busybox'), '6 months ago', '4.43MB'],
      ['ubuntu', '14.04', cat('ubuntu', '14.04'), '5 years ago', '196MB'],
    ] as const;
    const table = (r: typeof rows) =>
      'REPOSITORY   TAG       IMAGE ID       CREATED        SIZE\n' +
      r.map(([repo, tag, c, age, size]) => `${repo.padEnd(13)}${tag.padEnd(10)}${short(c)}   ${age.padEnd(15)}${size}\n`).join('');
    expect(await cli.run('docker images')).toEqual({ stdout: table(rows), stderr: '', code: 0 });
    expect((await cli.run('docker image ls')).stdout).toBe(table(rows));
    expect((await cli.run('docker image list')).stdout).toBe(table(rows));
    // -q prints an id per row: twice for an image with two tags
    expect((await cli.run('docker images -q')).stdout).toBe(rows.map((r) => short(r[2]) + '\n').join(''));
  });

  it('takes a REPOSITORY[:TAG] argument (the reference filter); an unknown one gives the header only', async () => {
    const cli = new Cli().pull('nginx', 'busybox', 'ubuntu:22.04', 'ubuntu:14.04', 'ubuntu');
    const nginx = cat('nginx');
    expect((await cli.run('docker images nginx')).stdout).toBe(
      `REPOSITORY   TAG       IMAGE ID       CREATED        SIZE\nnginx        latest    ${short(nginx)}   4 months ago   161MB\n`,
    );
    expect((await cli.run('docker images ubuntu:14.04')).stdout).toBe(
      `REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\nubuntu       14.04     ${short(cat('ubuntu', '14.04'))}   5 years ago   196MB\n`,
    );
    expect(await cli.run('docker images nosuchimage')).toEqual({ stdout: 'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n', stderr: '', code: 0 });
    expect((await cli.run(['images', '-q', '-f', 'reference=ubuntu:*'])).stdout.split('\n').length - 1).toBe(3);
    // newest first: the catalog's 22.04 build is newer than its latest (24.04) one
    expect((await cli.run(['images', '--format', '{{.Repository}}:{{.Tag}}', 'ubuntu'])).stdout).toBe('ubuntu:22.04\nubuntu:latest\nubuntu:14.04\n');
    expect((await cli.run('docker images a b')).stderr).toBe(
      "docker: 'docker images' requires at most 1 argument\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nSRun 'docker images --help' for more information\n",
    );
  });

  it('counts CREATED from the lab clock', async () => {
    const cli = new Cli().pull('busybox');
    const created = Date.parse(cat('busybox').created);
    cli.engine.state.env.clock = created + 90 * 1000;
    expect((await cli.run(['images', '--format', '{{.CreatedSince}}'])).stdout).toBe('About a minute ago\n');
    cli.engine.state.env.clock = created + 3 * DAY;
    expect((await cli.run(['images', '--format', '{{.CreatedSince}}'])).stdout).toBe('3 days ago\n');
  });

  it('shows digests, full ids, raw and json formats', async () => {
    const cli = new Cli().pull('busybox');
    await cli.run('docker tag busybox mybox');
    const bb = cat('busybox');
    expect((await cli.run('docker images --digests')).stdout).toBe(
      'REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE\n' +
        `busybox      latest    ${bb.digest}   ${short(bb)}   6 months ago   4.43MB\n` +
        `mybox        latest    <none>                                                                    ${short(bb)}   6 months ago   4.43MB\n`,
    );
    expect((await cli.run('docker images --no-trunc busybox')).stdout).toBe(
      'REPOSITORY   TAG       IMAGE ID                                                                  CREATED        SIZE\n' +
        `busybox      latest    ${bb.id}   6 months ago   4.43MB\n`,
    );
    expect((await cli.run('docker images --format json busybox')).stdout).toBe(
      `{"Containers":"N/A","CreatedAt":"2026-05-13 02:21:49 +0000 UTC","CreatedSince":"6 months ago","Digest":"\\u003cnone\\u003e","ID":"${short(bb)}","Repository":"busybox","SharedSize":"N/A","Size":"4.43MB","Tag":"latest","UniqueSize":"N/A","VirtualSize":"4.43MB"}\n`,
    );
    expect((await cli.run('docker images --format raw busybox')).stdout).toBe(
      `repository: busybox\ntag: latest\nimage_id: ${short(bb)}\ncreated_at: 2026-05-13 02:21:49 +0000 UTC\nvirtual_size: 4.43MB\n\n`,
    );
    expect((await cli.run(['images', '--digests', '--format', 'table {{.Repository}}', 'busybox'])).stdout).toBe(
      `REPOSITORY   DIGEST\nbusybox      ${bb.digest}\n`,
    );
  });

  it('filters dangling, before, since, label; rejects unknown filters', async () => {
    const cli = new Cli().pull('nginx', 'busybox', 'ubuntu:22.04', 'mysql');
    const fmt = ['--format', '{{.Repository}}:{{.Tag}}'];
    expect((await cli.run(['images', ...fmt, '-f', 'before=nginx'])).stdout).toBe('busybox:latest\n');
    expect((await cli.run(['images', ...fmt, '-f', 'since=nginx'])).stdout).toBe('mysql:latest\nubuntu:22.04\n');
    expect((await cli.run(['images', ...fmt, '-f', 'label=maintainer'])).stdout).toBe('nginx:latest\n');
    expect((await cli.run(['images', ...fmt, '-f', 'dangling=true'])).stdout).toBe('');
    // a tag moved to another image leaves the first one with its digest only
    await cli.run('docker tag busybox nginx');
    expect((await cli.run(['images', '-f', 'reference=nginx', '--format', '{{.Repository}} {{.Tag}} {{.ID}}'])).stdout).toBe(
      `nginx <none> ${short(cat('nginx'))}\nnginx latest ${short(cat('busybox'))}\n`,
    );
    expect((await cli.run(['images', ...fmt, '-f', 'dangling=true'])).stdout).toBe('nginx:<none>\n');
    expect(await cli.run('docker images -f since=nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nosuch:latest\n', code: 1 });
    expect(await cli.run('docker images -f foo=bar')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'foo'\n", code: 1 });
  });
});

describe('docker image inspect', () => {
  it('prints the v28 field set in order (no Container/ContainerConfig/VirtualSize; image-spec Config)', async () => {
    const cli = new Cli().pull('busybox');
    const bb = cat('busybox');
    const r = await cli.run('docker image inspect busybox');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(Object.keys(parsed[0])).toEqual([
      'Id',
      'RepoTags',
      'RepoDigests',
      'Parent',
      'Comment',
      'Created',
      'DockerVersion',
      'Author',
      'Config',
      'Architecture',
      'Os',
      'Size',
      'GraphDriver',
      'RootFS',
      'Metadata',
    ]);
    expect(r.stdout).toContain(`[
    {
        "Id": "${bb.id}",
        "RepoTags": [
            "busybox:latest"
        ],
        "RepoDigests": [
            "busybox@${bb.digest}"
        ],
        "Parent": "",
        "Comment": "buildkit.dockerfile.v0",
        "Created": "${bb.created}",
        "DockerVersion": "",
        "Author": "",
        "Config": {
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
            "Cmd": [
                "sh"
            ]
        },
        "Architecture": "amd64",
        "Os": "linux",
        "Size": ${bb.size},
        "GraphDriver": {
            "Data": {
                "MergedDir": "/var/lib/docker/overlay2/`);
    expect(r.stdout).toMatch(/"Name": "overlay2"\n {8}\},\n {8}"RootFS": \{\n {12}"Type": "layers",\n {12}"Layers": \[\n {16}"sha256:[0-9a-f]{64}"\n {12}\]\n {8}\},\n {8}"Metadata": \{\n {12}"LastTagTime": "0001-01-01T00:00:00Z"\n {8}\}\n {4}\}\n\]\n$/);
  });

  it('reads metadata with -f, as the transcripts do', async () => {
    const cli = new Cli().pull('nginx', 'mysql', 'redis:7.4', 'wordpress', 'ubuntu:14.04', 'ubuntu:22.04', 'busybox');
    const f = async (tmpl: string, ref: string) => (await cli.run(['image', 'inspect', '-f', tmpl, ref])).stdout;
    expect(await f('{{json .Config.ExposedPorts}}', 'nginx')).toBe('{"80/tcp":{}}\n');
    expect(await f('{{json .Config.Entrypoint}} {{json .Config.Cmd}}', 'nginx')).toBe('["/docker-entrypoint.sh"] ["nginx","-g","daemon off;"]\n');
    expect(await f('{{json .Config.Volumes}}', 'mysql')).toBe('{"/var/lib/mysql":{}}\n');
    // Redis 8 (latest) no longer declares VOLUME /data; 7.4 still does
    expect(await f('{{json .Config.Volumes}} {{.Config.WorkingDir}}', 'redis:7.4')).toBe('{"/data":{}} /data\n');
    expect(await f('{{json .Config.ExposedPorts}}', 'mysql')).toBe('{"3306/tcp":{},"33060/tcp":{}}\n');
    expect(await f('{{.Config.WorkingDir}}', 'wordpress')).toBe('/var/www/html\n');
    expect(await f('{{json .Config.Cmd}}', 'ubuntu:14.04')).toBe('["/bin/bash"]\n');
    expect(await f('{{.RepoTags}}', 'ubuntu:22.04')).toBe('[ubuntu:22.04]\n');
    // the typed struct of the 28.2 client: nil slices print [], marshal null; the embedded image-spec structs
    expect(await f('{{json .Config.Entrypoint}} {{.Config.Entrypoint}}', 'busybox')).toBe('null []\n');
    expect(await f('{{.Config}}', 'busybox')).toBe(
      '{{ map[] [PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin] [] [sh] map[]  map[]  false} {<nil> [] []}}\n',
    );
    expect(await f('{{.Config.Labels.x}}', 'busybox')).toBe('<no value>\n');
    expect(await f('{{.Metadata}} {{.Size}} {{.Os}}/{{.Architecture}}', 'busybox')).toBe(`{0001-01-01 00:00:00 +0000 UTC} ${cat('busybox').size} linux/amd64\n`);
    // .Id only exists in the JSON: docker retries the template on it
    expect(await f('{{.Id}}', 'busybox')).toBe(`${cat('busybox').id}\n`);
    expect(await f('{{.ID}}', 'busybox')).toBe(`${cat('busybox').id}\n`);
  });

  it('reports errors after the output; a missing field is the JSON retry\'s error', async () => {
    const cli = new Cli().pull('busybox', 'alpine');
    expect(await cli.run(['image', 'inspect', '-f', '{{.Foo}}', 'busybox'])).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"\n',
      code: 1,
    });
    expect(await cli.run(['image', 'inspect', '-f', '{{.Config.Foo}}', 'busybox'])).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:9: executing "" at <.Config.Foo>: map has no entry for key "Foo"\n',
      code: 1,
    });
    expect(await cli.run(['image', 'inspect', '-f', '{{.Id}}', 'busybox', 'nosuch', 'alpine'])).toEqual({
      stdout: `${cat('busybox').id}\n${cat('alpine').id}\n`,
      // current daemons; the 20.10 reference said "no such image: nosuch: No such image: nosuch:latest"
      stderr: 'Error response from daemon: No such image: nosuch:latest\n',
      code: 1,
    });
    expect(await cli.run('docker image inspect nosuchimage')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such image: nosuchimage:latest\n',
      code: 1,
    });
    expect((await cli.run(['image', 'inspect', '-f', 'json', 'busybox'])).stdout).toMatch(/^\[\{"Id":"sha256:[0-9a-f]{64}","RepoTags":\["busybox:latest"\],/);
    expect((await cli.run(['image', 'inspect', '-f', '{{.Id', 'busybox'])).code).toBe(64);
  });
});

describe('docker tag', () => {
  it('adds a tag; moves it from another image; checks both references', async () => {
    const cli = new Cli().pull('busybox', 'alpine');
    expect(await cli.run('docker tag busybox mybox:v1')).toEqual({ stdout: '', stderr: '', code: 0 });
    expect((await cli.run(['image', 'inspect', '-f', '{{.RepoTags}}', 'busybox'])).stdout).toBe('[busybox:latest mybox:v1]\n');
    await cli.run('docker image tag alpine mybox:v1');
    expect((await cli.run(['image', 'inspect', '-f', '{{.RepoTags}}', 'busybox', 'alpine'])).stdout).toBe('[busybox:latest]\n[alpine:latest mybox:v1]\n');
    expect(await cli.run(['tag', 'a b', 'x'])).toEqual({
      stdout: '',
      stderr: 'Error parsing reference: "a b" is not a valid repository/tag: invalid reference format\n',
      code: 1,
    });
    expect((await cli.run('docker tag busybox A')).stderr).toBe(
      'Error parsing reference: "A" is not a valid repository/tag: invalid reference format: repository name (library/A) must be lowercase\n',
    );
    expect((await cli.run(`docker tag busybox x@sha256:${'a'.repeat(64)}`)).stderr).toBe('refusing to create a tag with a digest reference\n');
    expect(await cli.run('docker tag nosuch x')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nosuch:latest\n', code: 1 });
    expect((await cli.run('docker tag busybox')).stderr).toBe(
      "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n",
    );
  });
});

describe('docker rmi', () => {
  it('untags an extra tag only', async () => {
    const cli = new Cli().pull('busybox');
    await cli.run('docker tag busybox mybox');
    expect(await cli.run('docker rmi mybox')).toEqual({ stdout: 'Untagged: mybox:latest\n', stderr: '', code: 0 });
    expect((await cli.run('docker images mybox')).stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
  });

  it('removes the last tag, its digest, the image and its layers', async () => {
    const cli = new Cli().pull('busybox', 'nginx', 'httpd');
    const bb = cat('busybox');
    const r = await cli.run('docker image rm busybox');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([`Untagged: busybox:latest`, `Untagged: busybox@${bb.digest}`, `Deleted: ${bb.id}`]);
    expect(lines.slice(3)).toHaveLength(bb.layers.length);
    for (const l of lines.slice(3)) expect(l).toMatch(/^Deleted: sha256:[0-9a-f]{64}$/);
    expect((await cli.run('docker rmi busybox')).stderr).toBe('Error response from daemon: No such image: busybox:latest\n');
  });

  it('refuses while a container uses the image, with the daemon\'s words', async () => {
    const cli = new Cli().pull('nginx', 'busybox');
    const web = cli.container('nginx', 'web', { running: true });
    const old = cli.container('busybox', 'old');
    const nginx = cat('nginx');
    const bb = cat('busybox');
    expect(await cli.run('docker rmi nginx')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: conflict: unable to remove repository reference "nginx" (must force) - container ${web.Id.slice(0, 12)} is using its referenced image ${short(nginx)}\n`,
      code: 1,
    });
    expect((await cli.run('docker image rm nginx')).code).toBe(1);
    expect((await cli.run(`docker rmi ${short(nginx)}`)).stderr).toBe(
      `Error response from daemon: conflict: unable to delete ${short(nginx)} (cannot be forced) - image is being used by running container ${web.Id.slice(0, 12)}\n`,
    );
    expect((await cli.run('docker rmi busybox')).stderr).toBe(
      `Error response from daemon: conflict: unable to remove repository reference "busybox" (must force) - container ${old.Id.slice(0, 12)} is using its referenced image ${short(bb)}\n`,
    );
    expect((await cli.run(`docker rmi ${short(bb)}`)).stderr).toBe(
      `Error response from daemon: conflict: unable to delete ${short(bb)} (must be forced) - image is being used by stopped container ${old.Id.slice(0, 12)}\n`,
    );
    // -f on a running container's image: the tag goes, the image stays (quietly)
    expect(await cli.run('docker rmi -f nginx')).toEqual({ stdout: `Untagged: nginx:latest\nUntagged: nginx@${nginx.digest}\n`, stderr: '', code: 0 });
    expect((await cli.run(['images', '--format', '{{.Repository}}:{{.Tag}} {{.ID}}'])).stdout).toContain(`<none>:<none> ${short(nginx)}`);
    // -f by id with a stopped container: untagged and reported deleted, the layers stay with the container
    expect(await cli.run(`docker rmi -f ${short(bb)}`)).toEqual({
      stdout: `Untagged: busybox:latest\nUntagged: busybox@${bb.digest}\nDeleted: ${bb.id}\n`,
      stderr: '',
      code: 0,
    });
  });

  it('by id, refuses an image with tags in several repositories unless forced', async () => {
    const cli = new Cli().pull('busybox');
    await cli.run('docker tag busybox mybox');
    const bb = cat('busybox');
    expect((await cli.run(`docker rmi ${short(bb)}`)).stderr).toBe(
      `Error response from daemon: conflict: unable to delete ${short(bb)} (must be forced) - image is referenced in multiple repositories\n`,
    );
    const r = await cli.run(`docker rmi -f ${short(bb)}`);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([`Untagged: busybox:latest`, `Untagged: busybox@${bb.digest}`, `Untagged: mybox:latest`, `Deleted: ${bb.id}`]);
  });

  it('prints what it removed before the errors; -f makes missing images exit 0', async () => {
    const cli = new Cli().pull('busybox');
    await cli.run('docker tag busybox zqm:1');
    expect(await cli.run('docker rmi nosuch1 zqm:1')).toEqual({
      stdout: 'Untagged: zqm:1\n',
      stderr: 'Error response from daemon: No such image: nosuch1:latest\n',
      code: 1,
    });
    expect(await cli.run('docker rmi -f nosuch1 nosuch2')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nosuch1:latest\nError response from daemon: No such image: nosuch2:latest\n',
      code: 0,
    });
    // the not-found wording of moby's GetImage
    expect((await cli.run('docker rmi 8d1c21a0bd1c')).stderr).toBe('Error response from daemon: No such image: 8d1c21a0bd1c:latest\n');
    expect((await cli.run(`docker rmi ${'a'.repeat(64)}`)).stderr).toBe(`Error response from daemon: No such image: sha256:${'a'.repeat(64)}\n`);
    expect((await cli.run(`docker rmi sha256:${'a'.repeat(64)}`)).stderr).toBe(`Error response from daemon: No such image: sha256:${'a'.repeat(64)}\n`);
    expect((await cli.run('docker rmi ZZ')).stderr).toBe('Error response from daemon: invalid reference format: repository name (library/ZZ) must be lowercase\n');
  });
});
