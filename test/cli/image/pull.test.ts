/**
 * docker pull: what docker/cli prints around the daemon's progress stream,
 * and jsonmessage's rendering of that stream (plain lines, or one line per
 * layer redrawn with ANSI cursor moves on a terminal). The client-side and
 * daemon errors are worded as on the reference engine (docker 28.2.2).
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, findCatalogImage } from '../../../src/engine/images/catalog.ts';
import { REGISTRY_UNREACHABLE } from '../../../src/engine/images/store.ts';
import { Cli } from './harness.ts';

const busybox = findCatalogImage('busybox', 'latest')!;
const layer = busybox.layers[0].digest.slice(7, 19);

describe('docker pull', () => {
  it('prints plain lines without a terminal, and takes no time', async () => {
    const cli = new Cli();
    expect(await cli.run('docker pull busybox')).toEqual({
      stdout: [
        'Using default tag: latest',
        'latest: Pulling from library/busybox',
        `${layer}: Pulling fs layer`,
        `${layer}: Verifying Checksum`,
        `${layer}: Download complete`,
        `${layer}: Pull complete`,
        `Digest: ${busybox.digest}`,
        'Status: Downloaded newer image for busybox:latest',
        'docker.io/library/busybox:latest',
        '',
      ].join('\n'),
      stderr: '',
      code: 0,
    });
    expect(cli.slept).toBe(0);
    expect(cli.engine.state.images[busybox.id].RepoTags).toEqual(['busybox:latest']);
  });

  it('says the image is up to date when it is; no default-tag line with a tag', async () => {
    const cli = new Cli().pull('busybox');
    expect((await cli.run('docker image pull busybox:latest')).stdout).toBe(
      `latest: Pulling from library/busybox\nDigest: ${busybox.digest}\nStatus: Image is up to date for busybox:latest\ndocker.io/library/busybox:latest\n`,
    );
  });

  it('-q prints the reference only', async () => {
    expect(await new Cli().run('docker pull -q busybox')).toEqual({ stdout: 'docker.io/library/busybox:latest\n', stderr: '', code: 0 });
  });

  it('reports layers other images already have as "Already exists"', async () => {
    // two catalog images built on the same base blob (httpd and postgres on trixie-slim, ...)
    const [first, second] = (() => {
      for (const a of CATALOG) {
        const b = CATALOG.find((c) => c.id !== a.id && c.layers[0].digest === a.layers[0].digest && c.layers[1]?.digest !== a.layers[1]?.digest);
        if (b) return [a, b];
      }
      throw new Error('no two catalog images share a base layer');
    })();
    const cli = new Cli().pull(`${first.repository}:${first.tag}`);
    const out = (await cli.run(`docker pull ${second.repository}:${second.tag}`)).stdout;
    expect(out).toContain(`${second.layers[0].digest.slice(7, 19)}: Already exists\n`);
    expect(out).toContain(`${second.layers[1].digest.slice(7, 19)}: Pulling fs layer\n`);
    expect(out).toContain(`Status: Downloaded newer image for ${second.repository}:${second.tag}\n`);
  });

  it('on a terminal redraws each layer line in place, pacing on the lab clock', async () => {
    const cli = new Cli();
    const r = await cli.run('docker pull busybox', { isTTY: true, columns: 80 });
    expect(r.code).toBe(0);
    expect(cli.slept).toBeGreaterThan(0);
    // the first message of a layer adds its line, then: up, erase, text, CR, down
    expect(r.stdout.startsWith(`Using default tag: latest\nlatest: Pulling from library/busybox\n\n\x1b[1A\x1b[2K\r${layer}: Pulling fs layer \r\x1b[1B`)).toBe(true);
    expect(r.stdout).toContain(`\x1b[1A\x1b[2K\r${layer}: Pull complete \r\x1b[1B`);
    expect(r.stdout.endsWith(`\x1b[1BDigest: ${busybox.digest}\nStatus: Downloaded newer image for busybox:latest\ndocker.io/library/busybox:latest\n`)).toBe(true);
    // below 110 columns jsonmessage draws no bar, only the counts
    expect(r.stdout).toMatch(new RegExp(`${layer}: Downloading +[0-9.]+[kM]?B/`));
    expect(r.stdout).not.toContain('[=');
  });

  it('keeps one line per layer on a terminal: the cursor goes up to the layer\'s own line', async () => {
    const r = await new Cli().run('docker pull nginx', { isTTY: true, columns: 120 });
    const nginx = findCatalogImage('nginx', 'latest')!;
    const ids = nginx.layers.map((l) => l.digest.slice(7, 19));
    // the first layer is n lines up once all n layer lines exist
    expect(r.stdout).toContain(`\x1b[${ids.length}A\x1b[2K\r${ids[0]}: Pull complete \r\x1b[${ids.length}B`);
    expect(r.stdout).toContain('[=');
  });

  it('reports errors as the client and the daemon word them', async () => {
    const cli = new Cli();
    expect(await cli.run(['pull', 'a b'])).toEqual({ stdout: '', stderr: 'invalid reference format\n', code: 1 });
    expect(await cli.run('docker pull ZZ')).toEqual({
      stdout: '',
      stderr: 'invalid reference format: repository name (library/ZZ) must be lowercase\n',
      code: 1,
    });
    expect(await cli.run('docker pull nosuchimage')).toEqual({
      stdout: 'Using default tag: latest\n',
      stderr: `Error response from daemon: ${REGISTRY_UNREACHABLE}\n`,
      code: 1,
    });
    expect(await cli.run('docker pull -q nosuchimage:1.0')).toEqual({ stdout: '', stderr: `Error response from daemon: ${REGISTRY_UNREACHABLE}\n`, code: 1 });
    expect(await cli.run('docker pull -a busybox:latest')).toEqual({ stdout: '', stderr: "tag can't be used with --all-tags/-a\n", code: 1 });
    expect((await cli.run('docker pull a b')).stderr).toBe(
      "docker: 'docker pull' requires 1 argument\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nRun 'docker pull --help' for more information\n",
    );
  });

  it('-a pulls every tag the registry has', async () => {
    const cli = new Cli();
    const r = await cli.run('docker pull -a ubuntu');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('22.04: Pulling from library/ubuntu\n');
    expect(r.stdout).toContain('14.04: Pulling from library/ubuntu\n');
    expect(r.stdout.endsWith('Status: Downloaded newer image for ubuntu\ndocker.io/library/ubuntu\n')).toBe(true);
    expect((await cli.run(['images', '--format', '{{.Tag}}', 'ubuntu'])).stdout.split('\n').filter(Boolean).sort()).toEqual(
      CATALOG.filter((c) => c.repository === 'ubuntu')
        .map((c) => c.tag)
        .sort(),
    );
  });

  it('has docker 28.2.2 help (API 1.50)', async () => {
    expect((await new Cli().run('docker pull --help', { columns: 80 })).stdout).toBe(`Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]

Download an image from a registry

Aliases:
  docker image pull, docker pull

Options:
  -a, --all-tags                Download all tagged images in the repository
      --disable-content-trust   Skip image verification (default true)
      --platform string         Set platform if server is multi-platform
                                capable
  -q, --quiet                   Suppress verbose output
`);
  });
});
