/**
 * docker version, docker info, docker system df, docker system prune and
 * docker image prune. Layouts and wording are the reference engine's
 * (docker 28.2.2 client); the server values are those of a Docker CE 28.2.2
 * engine (the reference daemon is 20.10).
 */
import { describe, expect, it } from 'vitest';
import { KERNEL } from '../../../src/programs/util/ident.ts';
import { Cli } from '../image/harness.ts';

describe('docker version', () => {
  it('prints the client and a 28.2.2 server, aligned by docker\'s tabwriter', async () => {
    expect(await new Cli().run('docker version')).toEqual({
      stdout: `Client:
 Version:           28.2.2
 API version:       1.50
 Go version:        go1.24.3
 Git commit:        e6534b4
 Built:             Fri May 30 12:07:14 2025
 OS/Arch:           linux/amd64
 Context:           default

Server: Docker Engine - Community
 Engine:
  Version:          28.2.2
  API version:      1.50 (minimum version 1.24)
  Go version:       go1.24.3
  Git commit:       45873be
  Built:            Fri May 30 12:07:14 2025
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          1.7.27
  GitCommit:        05044ec0a9a75232cad458027ca83437aae3f4da
 runc:
  Version:          1.2.5
  GitCommit:        v1.2.5-0-g59923ef
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0
`,
      stderr: '',
      code: 0,
    });
  });

  it('takes --format templates and json', async () => {
    const cli = new Cli();
    expect((await cli.run(['version', '--format', '{{.Server.Version}} {{.Client.Version}}'])).stdout).toBe('28.2.2 28.2.2\n');
    expect((await cli.run(['version', '-f', '{{.Client.APIVersion}}/{{.Server.APIVersion}} {{.Server.Os}}'])).stdout).toBe('1.50/1.50 linux\n');
    const json = JSON.parse((await cli.run('docker version --format json')).stdout);
    expect(Object.keys(json.Client)).toEqual(['Version', 'ApiVersion', 'DefaultAPIVersion', 'GitCommit', 'GoVersion', 'Os', 'Arch', 'BuildTime', 'Context']);
    expect(json.Server.Components[0].Details.KernelVersion).toBe(KERNEL.release);
    expect(Object.keys(json.Server)).toEqual([
      'Platform',
      'Components',
      'Version',
      'ApiVersion',
      'MinAPIVersion',
      'GitCommit',
      'GoVersion',
      'Os',
      'Arch',
      'KernelVersion',
      'BuildTime',
    ]);
    // as on the reference: the partial output and a newline, then the error, exit 1
    expect(await cli.run(['version', '--format', '{{.Server.Version}} {{.Client.Version}} {{.Foo}}'])).toEqual({
      stdout: '28.2.2 28.2.2 \n',
      stderr: 'template: version:1:42: executing "version" at <.Foo>: can\'t evaluate field Foo in type system.versionInfo\n',
      code: 1,
    });
    expect(await cli.run(['version', '--format', '{{.Server.Version'])).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: version:1: unclosed action\n',
      code: 64,
    });
  });
});

describe('docker info', () => {
  it('counts containers and images live from the engine', async () => {
    const cli = new Cli().pull('nginx', 'busybox');
    cli.container('nginx', 'web', { running: true });
    cli.container('busybox', 'old');
    const r = await cli.run('docker info');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Client:
 Version:    28.2.2
 Context:    default
 Debug Mode: false

Server:
 Containers: 2
  Running: 1
  Paused: 0
  Stopped: 1
 Images: 2
 Server Version: 28.2.2
 Storage Driver: overlay2
  Backing Filesystem: extfs
  Supports d_type: true
  Using metacopy: false
  Native Overlay Diff: true
  userxattr: false
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
`);
    expect(r.stdout).toContain(` Kernel Version: ${KERNEL.release}\n Operating System: Ubuntu 24.04.3 LTS\n OSType: linux\n Architecture: x86_64\n CPUs: 2\n Total Memory: 3.82GiB\n Name: docker-host\n`);
    expect(r.stdout.endsWith(' Live Restore Enabled: false\n\n')).toBe(true);
    expect((await cli.run('docker system info')).stdout).toBe(r.stdout);
  });

  it('takes --format on the dockerInfo struct', async () => {
    const cli = new Cli().pull('busybox');
    expect((await cli.run(['info', '--format', '{{.ServerVersion}} {{.Containers}} {{.Images}} {{.Driver}} {{.ClientInfo.Version}} {{.Swarm.LocalNodeState}}'])).stdout).toBe(
      '28.2.2 0 1 overlay2 28.2.2 inactive\n',
    );
    expect(await cli.run(['info', '--format', '{{.Foo}}'])).toEqual({
      stdout: '\n',
      stderr: 'template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type system.dockerInfo\n',
      code: 1,
    });
    expect(await cli.run(['info', '--format', '{{.Foo'])).toEqual({ stdout: '', stderr: 'template parsing error: template: :1: unclosed action\n', code: 64 });
    expect(JSON.parse((await cli.run(['info', '-f', 'json'])).stdout).ServerVersion).toBe('28.2.2');
  });
});

describe('docker system df', () => {
  it('prints TYPE TOTAL ACTIVE SIZE RECLAIMABLE for an empty engine as the reference does', async () => {
    expect(await new Cli().run('docker system df')).toEqual({
      stdout: `TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
Images          0         0         0B        0B
Containers      0         0         0B        0B
Local Volumes   0         0         0B        0B
Build Cache     0         0         0B        0B
`,
      stderr: '',
      code: 0,
    });
  });

  it('counts images, containers and volumes from the state', async () => {
    const cli = new Cli().pull('busybox', 'alpine');
    const bb = cli.engine.state.images[Object.keys(cli.engine.state.images)[0]];
    const alpine = cli.engine.state.images[Object.keys(cli.engine.state.images)[1]];
    cli.container('busybox', 'web', { running: true, volumes: ['data:/data'] });
    await cli.run('docker volume create idle');
    cli.engine.hostFs.writeFile('/var/lib/docker/volumes/idle/_data/f', 'x'.repeat(2000));
    const total = bb.Size + alpine.Size;
    const pct = Math.trunc((alpine.Size * 100) / total);
    const { humanSize } = await import('../../../src/cli/format/units.ts');
    const r = await cli.run(['system', 'df', '--format', '{{.Type}}|{{.TotalCount}}|{{.Active}}|{{.Size}}|{{.Reclaimable}}']);
    expect(r.stdout).toBe(
      `Images|2|1|${humanSize(total)}|${humanSize(alpine.Size)} (${pct}%)\n` + 'Containers|1|1|0B|0B\n' + 'Local Volumes|2|1|2kB|2kB (100%)\n' + 'Build Cache|0|0|0B|0B\n',
    );
    expect((await cli.run('docker system df --format json')).stdout.split('\n')[3]).toBe(
      '{"Active":"0","Reclaimable":"0B","Size":"0B","TotalCount":"0","Type":"Build Cache"}',
    );
    expect(await cli.run(['system', 'df', '--format', '{{.Foo}}'])).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.diskUsageImagesContext\n',
      code: 1,
    });
    expect((await cli.run('docker system df x')).stderr).toBe(
      "docker: 'docker system df' accepts no arguments\n\nUsage:  docker system df [OPTIONS]\n\nRun 'docker system df --help' for more information\n",
    );
  });

  it('-v lists each image, container and volume', async () => {
    const cli = new Cli();
    const r = await cli.run('docker system df -v');
    expect(r.stdout).toBe(`Images space usage:

REPOSITORY   TAG       IMAGE ID   CREATED   SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS

Containers space usage:

CONTAINER ID   IMAGE     COMMAND   LOCAL VOLUMES   SIZE      CREATED   STATUS    NAMES

Local Volumes space usage:

VOLUME NAME   LINKS     SIZE

Build cache usage: 0B

CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED
`);
    cli.pull('busybox');
    cli.container('busybox', 'web', { volumes: ['data:/data'] });
    const v = (await cli.run('docker system df -v')).stdout;
    expect(v).toMatch(/\nbusybox      latest    [0-9a-f]{12}   6 months ago   4\.43MB    0B            4\.43MB        1\n/);
    expect(v).toContain('\nVOLUME NAME   LINKS     SIZE\ndata          1         0B\n');
  });
});

describe('docker image prune', () => {
  it('removes dangling images only; -a every image without a container', async () => {
    const cli = new Cli().pull('nginx', 'busybox', 'alpine');
    cli.container('busybox', 'web', { running: true });
    // nginx loses its tag to busybox: it is left with its digest only (dangling)
    await cli.run('docker tag busybox nginx');
    const prompt = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ';
    expect(await cli.run('docker image prune')).toEqual({ stdout: prompt, stderr: '', code: 0 });
    const r = await cli.run('docker image prune -f');
    expect(r.stdout).toMatch(/^Deleted Images:\nuntagged: nginx@sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\n(deleted: sha256:[0-9a-f]{64}\n)+\nTotal reclaimed space: 161\.3MB\n$/);
    expect(await cli.run('docker image prune -f')).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', code: 0 });
    const all = await cli.run('docker image prune -a', { stdin: 'y\n' });
    expect(all.stdout.startsWith('WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] Deleted Images:\n')).toBe(true);
    expect(all.stdout).toContain('untagged: alpine:latest\n');
    // moby (overlay2 store) deletes reference by reference, skipping conflicts: busybox:latest is
    // untagged because another tag (nginx) is left, then the container keeps the image
    expect(all.stdout).toContain('untagged: busybox:latest\n');
    expect((await cli.run(['images', '--format', '{{.Repository}}:{{.Tag}}'])).stdout).toBe('nginx:latest\n');
  });
});

describe('docker system prune', () => {
  it('asks with docker\'s list, then prunes containers, networks, images (and anonymous volumes with --volumes)', async () => {
    const cli = new Cli().pull('busybox', 'alpine');
    const old = cli.container('busybox', 'old', { anonymous: ['/scratch'] });
    cli.container('alpine', 'web', { running: true });
    const prompt = `WARNING! This will remove:
  - all stopped containers
  - all networks not used by at least one container
  - all anonymous volumes not used by at least one container
  - all dangling images
  - unused build cache

Are you sure you want to continue? [y/N] `;
    expect(await cli.run('docker system prune --volumes')).toEqual({ stdout: prompt, stderr: '', code: 0 });
    const anon = (await cli.run('docker volume ls -q')).stdout.trim();
    expect(await cli.run('docker system prune --volumes', { stdin: 'y\n' })).toEqual({
      stdout: `${prompt}Deleted Containers:\n${old.Id}\n\nDeleted Volumes:\n${anon}\n\nTotal reclaimed space: 0B\n`,
      stderr: '',
      code: 0,
    });
    expect(await cli.run('docker system prune -f')).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', code: 0 });
  });

  it('lists the filters in the prompt; until is refused with --volumes', async () => {
    const cli = new Cli();
    expect((await cli.run('docker system prune -a --volumes --filter label=x')).stdout).toBe(`WARNING! This will remove:
  - all stopped containers
  - all networks not used by at least one container
  - all anonymous volumes not used by at least one container
  - all images without at least one container associated to them
  - all build cache

  Items to be pruned will be filtered with:
  - label=x

Are you sure you want to continue? [y/N] `);
    expect(await cli.run('docker system prune --volumes --filter until=1h -f')).toEqual({
      stdout: '',
      stderr: 'ERROR: The "until" filter is not supported with "--volumes"\n',
      code: 1,
    });
  });
});
