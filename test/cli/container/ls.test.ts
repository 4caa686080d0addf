/**
 * `docker ps` / `docker container ls`: the default table with docker's
 * column widths and truncation, -a/-q/-n/-l/-s/--no-trunc, --format,
 * filters and their errors. Expected outputs were recorded on the reference
 * engine (docker 28.2 client); the ids are this lab's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pauseContainer } from '../../../src/cli/container/pause.ts';
import type { ContainerRecord } from '../../../src/engine/state.ts';
import { Lab, lines } from './helpers.ts';

const short = (c: ContainerRecord) => c.Id.slice(0, 12);

describe('docker ps table', () => {
  it('lists running containers, then all with -a, newest first (transcript containers/lifecycle)', async () => {
    const lab = new Lab();
    const web = await lab.run('web', 'busybox', ['sleep', '1d']);
    expect((await lab.docker('ps')).stdout).toBe(
      lines(
        'CONTAINER ID   IMAGE     COMMAND      CREATED                  STATUS                  PORTS     NAMES',
        `${short(web)}   busybox   "sleep 1d"   Less than a second ago   Up Less than a second             web`,
      ),
    );
    lab.advance(1000);
    const once = await lab.run('once', 'busybox', ['echo', 'hello']);
    expect((await lab.docker('ps', '-a')).stdout).toBe(
      lines(
        'CONTAINER ID   IMAGE     COMMAND        CREATED                  STATUS                              PORTS     NAMES',
        `${short(once)}   busybox   "echo hello"   Less than a second ago   Exited (0) Less than a second ago             once`,
        `${short(web)}   busybox   "sleep 1d"     1 second ago             Up 1 second                                   web`,
      ),
    );
    expect((await lab.docker('ps', '-q')).stdout).toBe(`${short(web)}\n`);
    expect((await lab.docker('ps', '-aq')).stdout).toBe(`${short(once)}\n${short(web)}\n`);
    lab.advance(11000);
    expect((await lab.docker('stop', 'web')).stdout).toBe('web\n');
    expect((await lab.docker('ps', '-a')).stdout).toBe(
      lines(
        'CONTAINER ID   IMAGE     COMMAND        CREATED          STATUS                                PORTS     NAMES',
        `${short(once)}   busybox   "echo hello"   21 seconds ago   Exited (0) 21 seconds ago                       once`,
        `${short(web)}   busybox   "sleep 1d"     22 seconds ago   Exited (137) Less than a second ago             web`,
      ),
    );
  });

  it('truncates the command to 20 columns with an ellipsis, ids to 12, and shows ports', async () => {
    const lab = new Lab();
    const db = await lab.run('db', 'mysql');
    const web = await lab.run('web', 'nginx');
    web.Ports.push({ port: '80/tcp', hostIp: '0.0.0.0', hostPort: 8080 }, { port: '80/tcp', hostIp: '::', hostPort: 8080 });
    lab.advance(3000);
    expect((await lab.docker('ps')).stdout).toBe(
      lines(
        'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                     NAMES',
        `${short(web)}   nginx     "/docker-entrypoint.…"   3 seconds ago   Up 3 seconds   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web`,
        `${short(db)}   mysql     "docker-entrypoint.s…"   3 seconds ago   Up 3 seconds   3306/tcp, 33060/tcp                       db`,
      ),
    );
    const full = (await lab.docker('ps', '--no-trunc', '--format', '{{.ID}} {{.Command}}')).stdout;
    expect(full).toBe(`${web.Id} "/docker-entrypoint.sh nginx -g 'daemon off;'"\n${db.Id} "docker-entrypoint.sh mysqld"\n`);
  });

  it('shows Created, Exited (code) and (Paused) statuses', async () => {
    const lab = new Lab();
    const created = lab.create('fresh', 'busybox', ['echo', 'hi']);
    lab.scripts.set('failing', () => 3);
    const failing = await lab.run('failing', 'busybox', ['sh', '-c', 'exit 3']);
    const paused = await lab.run('frozen', 'busybox', ['sleep', '1d']);
    pauseContainer(paused);
    lab.advance(28000);
    expect((await lab.docker('ps', '-a', '--format', 'table {{.Names}}\t{{.Status}}\t{{.State}}')).stdout).toBe(
      lines(
        'NAMES     STATUS                      STATE',
        'frozen    Up 28 seconds (Paused)      paused',
        'failing   Exited (3) 28 seconds ago   exited',
        'fresh     Created                     created',
      ),
    );
    void created;
    void failing;
  });

  it('adds the SIZE column with -s', async () => {
    const lab = new Lab();
    await lab.run('web', 'busybox', ['sleep', '1d']);
    const out = (await lab.docker('ps', '-s')).stdout.split('\n');
    expect(out[0]).toBe('CONTAINER ID   IMAGE     COMMAND      CREATED                  STATUS                  PORTS     NAMES     SIZE');
    expect(out[1]).toMatch(/ web {7}0B \(virtual [\d.]+[kM]B\)$/);
    expect((await lab.docker('ps', '--format', '{{.Size}}')).stdout).toMatch(/^0B \(virtual [\d.]+[kM]B\)\n$/);
    expect((await lab.docker('ps', '--format', '{{.Size}}', '--size=false')).stdout).toBe('0B\n');
  });

  it('prints only the header when nothing matches', async () => {
    const lab = new Lab();
    expect((await lab.docker('ps')).stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
    expect((await lab.docker('ps', '-s')).stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES     SIZE\n');
    expect((await lab.docker('ps', '--format', 'table')).stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
    expect(await lab.docker('ps', '--format', '{{.Names}}')).toEqual({ stdout: '', stderr: '', status: 0 });
  });
});

describe('docker ps --format', () => {
  it('runs templates per container, tables through the tabwriter, json per line (transcript containers/ps-format-filter)', async () => {
    const lab = new Lab();
    const web = await lab.run('web', 'busybox', ['sleep', '1d']);
    const db = await lab.run('db', 'busybox', ['sleep', '1d']);
    const job = await lab.run('job', 'busybox', ['true']);
    expect((await lab.docker('ps', '--format', '{{.Names}}')).stdout).toBe('db\nweb\n');
    expect((await lab.docker('ps', '-a', '--format', '{{.ID}}\\t{{.Status}}')).stdout).toBe(
      lines(`${short(job)}\tExited (0) Less than a second ago`, `${short(db)}\tUp Less than a second`, `${short(web)}\tUp Less than a second`),
    );
    expect((await lab.docker('ps', '-a', '--format', 'table {{.Names}}\t{{.Image}}\t{{.Command}}')).stdout).toBe(
      lines('NAMES     IMAGE     COMMAND', 'job       busybox   "true"', 'db        busybox   "sleep 1d"', 'web       busybox   "sleep 1d"'),
    );
    expect((await lab.docker('ps', '-a', '--format', '{{.Names}}: {{.Command}} {{.State}}')).stdout).toBe(
      lines('job: "true" exited', 'db: "sleep 1d" running', 'web: "sleep 1d" running'),
    );
    expect((await lab.docker('ps', '-a', '-n', '1', '--format', '{{.Names}}')).stdout).toBe('job\n');
    expect((await lab.docker('ps', '-l', '--format', '{{.Names}}')).stdout).toBe('job\n');
    lab.advance(1000);
    const json = (await lab.docker('ps', '-a', '--format', 'json')).stdout.split('\n');
    expect(json[0]).toBe(
      `{"Command":"\\"true\\"","CreatedAt":"2026-11-22 07:00:00 +0000 UTC","ID":"${short(job)}","Image":"busybox","Labels":"","LocalVolumes":"0","Mounts":"","Names":"job","Networks":"bridge","Platform":null,"Ports":"","RunningFor":"1 second ago","Size":"0B","State":"exited","Status":"Exited (0) 1 second ago"}`,
    );
    expect(json).toHaveLength(4);
  });

  it('has the container fields of docker/cli 28: labels, mounts, networks, platform, CreatedAt', async () => {
    const lab = new Lab();
    lab.advance(13000);
    await lab.run('labelled', 'busybox', ['sleep', '1d'], {
      Config: { Image: 'busybox', Labels: { b: '2', a: '1' } },
      HostConfig: { Binds: ['/tmp/site:/x'] },
    });
    expect(
      (await lab.docker('ps', '--format', '{{.Platform}}|{{.Labels}}|{{.Label "a"}}|{{.Mounts}}|{{.LocalVolumes}}|{{.Networks}}|{{.CreatedAt}}')).stdout,
    ).toBe('<nil>|a=1,b=2|1|/tmp/site|0|bridge|2026-11-22 07:00:13 +0000 UTC\n');
    expect((await lab.docker('ps', '--format', 'table {{.Platform}}\t{{.Label "a"}}')).stdout).toBe(lines('PLATFORM   a', '<nil>      1'));
  });

  it('prints docker raw format', async () => {
    const lab = new Lab();
    const c = await lab.run('raw', 'busybox', ['sleep', '1d'], { Config: { Image: 'busybox', Labels: { a: '1', b: '2' } } });
    expect((await lab.docker('ps', '--format', 'raw')).stdout).toBe(
      lines(
        `container_id: ${short(c)}`,
        'image: busybox',
        'command: "sleep 1d"',
        'created_at: 2026-11-22 07:00:00 +0000 UTC',
        'state: running',
        'status: Up Less than a second',
        'names: raw',
        'labels: a=1,b=2',
        'ports:',
        '',
      ),
    );
  });

  it('checks the template first, and ignores it with -q (with a warning)', async () => {
    const lab = new Lab();
    const c = await lab.run('web', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('ps', '--format', '{{.Foo}}')).toEqual({
      stdout: '',
      stderr: 'failed to execute template: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n',
      status: 1,
    });
    expect((await lab.docker('ps', '--format', 'table {{.Names}}\\t{{.Foo}}')).stderr).toBe(
      'failed to execute template: template: :1:20: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n',
    );
    expect((await lab.docker('ps', '--format', '{{.Names 1}}')).stderr).toBe(
      'failed to execute template: template: :1:2: executing "" at <.Names>: wrong number of args for Names: want 0 got 1\n',
    );
    expect(await lab.docker('ps', '--format', '{{.Names')).toEqual({
      stdout: '',
      stderr: 'failed to parse template: template: :1: unclosed action\n',
      status: 1,
    });
    expect(await lab.docker('ps', '-q', '--format', '{{.Names}}')).toEqual({
      stdout: `${short(c)}\n`,
      stderr: 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n',
      status: 0,
    });
  });
});

describe('docker ps --filter', () => {
  async function threeContainers() {
    // docker run -d --name f1 -l tier=web -l env=prod -v fv:/data busybox sleep 1d
    // docker create --name f2 -l tier=db nginx; docker run --name f3 busybox sh -c 'exit 3'
    const lab = new Lab();
    await lab.run('f1', 'busybox', ['sleep', '1d'], {
      Config: { Image: 'busybox', Labels: { tier: 'web', env: 'prod' } },
      HostConfig: { Binds: ['fv:/data'] },
    });
    lab.create('f2', 'nginx', undefined, { Config: { Image: 'nginx', Labels: { tier: 'db' } } });
    // the reference's nginx stand-in has no labels; the real image has a maintainer label
    delete lab.engine.state.containers[Object.keys(lab.engine.state.containers)[1]].Config.Labels!.maintainer;
    lab.scripts.set('f3', () => 3);
    await lab.run('f3', 'busybox', ['sh', '-c', 'exit 3']);
    const names = async (...filters: string[]) => (await lab.docker('ps', '-a', '--format', '{{.Names}}', ...filters.flatMap((f) => ['-f', f]))).stdout;
    return { lab, names };
  }

  it('filters as the daemon does (recorded on the reference)', async () => {
    const { lab, names } = await threeContainers();
    expect(await names('label=tier')).toBe('f2\nf1\n');
    expect(await names('label=tier=web')).toBe('f1\n');
    expect(await names('label=tier', 'label=env')).toBe('f1\n');
    expect(await names('ancestor=nginx')).toBe('f2\n');
    expect(await names('ancestor=nope')).toBe('');
    expect(await names('volume=fv')).toBe('f1\n');
    expect(await names('volume=/data')).toBe('f1\n');
    expect(await names('network=bridge')).toBe('f3\nf2\nf1\n');
    expect(await names('exited=3')).toBe('f3\n');
    expect(await names('status=created', 'status=exited')).toBe('f3\nf2\n');
    expect(await names('before=f2')).toBe('f1\n');
    expect(await names('since=f1')).toBe('f3\nf2\n');
    expect(await names('name=1')).toBe('f1\n');
    expect(await names('name=^/f1$')).toBe('f1\n');
    expect(await names('name=^f1$')).toBe('f1\n');
    expect(await names('id=' + lab.engine.state.containers[Object.keys(lab.engine.state.containers)[0]].Id.slice(0, 10))).toBe('f1\n');
    expect((await lab.docker('ps', '-a', '-n', '2', '--format', '{{.Names}}')).stdout).toBe('f3\nf2\n');
    expect((await lab.docker('ps', '-f', 'name=f2', '--format', '{{.Names}}')).stdout).toBe('');
    expect((await lab.docker('ps', '-f', 'status=exited', '--format', '{{.Names}}')).stdout).toBe('f3\n');
    expect((await lab.docker('ps', '-a', '-f', 'name=f', '--format', 'table {{.Names}}\t{{.Status}}\t{{.Mounts}}\t{{.Labels}}')).stdout).toBe(
      lines(
        'NAMES     STATUS                              MOUNTS    LABELS',
        'f3        Exited (3) Less than a second ago             ',
        'f2        Created                                       tier=db',
        'f1        Up Less than a second               fv        env=prod,tier=web',
      ),
    );
  });

  it('filters on published and exposed ports', async () => {
    const lab = new Lab();
    const web = await lab.run('web', 'nginx');
    web.Ports.push({ port: '80/tcp', hostIp: '0.0.0.0', hostPort: 8080 });
    await lab.run('db', 'mysql');
    const names = async (f: string) => (await lab.docker('ps', '-f', f, '--format', '{{.Names}}')).stdout;
    expect(await names('publish=8080')).toBe('web\n');
    expect(await names('publish=80')).toBe('');
    expect(await names('expose=80/tcp')).toBe('web\n');
    expect(await names('expose=3300-3310')).toBe('db\n');
  });

  it("rejects bad filters with the daemon's errors", async () => {
    const { lab } = await threeContainers();
    expect(await lab.docker('ps', '-f', 'bogus=1')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'bogus'\n", status: 1 });
    expect((await lab.docker('ps', '-f', 'status=bogus')).stderr).toBe("Error response from daemon: invalid filter 'status=bogus'\n");
    expect((await lab.docker('ps', '-a', '-f', 'exited=x')).stderr).toBe('Error response from daemon: strconv.Atoi: parsing "x": invalid syntax\n');
    expect((await lab.docker('ps', '-a', '-f', 'health=x')).stderr).toBe('Error response from daemon: Unrecognised filter value for health: x\n');
    expect((await lab.docker('ps', '-a', '-f', 'is-task=x')).stderr).toBe("Error response from daemon: invalid filter 'is-task=[x]'\n");
    expect((await lab.docker('ps', '-a', '-f', 'before=nope')).stderr).toBe('Error response from daemon: No such container: nope\n');
    expect(await lab.docker('ps', '-f', 'name')).toEqual({
      stdout: '',
      stderr: lines(
        'invalid argument "name" for "-f, --filter" flag: bad format of filter (expected name=value)',
        '',
        'Usage:  docker ps [OPTIONS]',
        '',
        "Run 'docker ps --help' for more information",
      ),
      status: 125,
    });
  });
});

describe('docker ps command line', () => {
  it('prints docker/cli help text', async () => {
    const lab = new Lab();
    const recorded = readFileSync(new URL('./recorded/ps-help.txt', import.meta.url), 'utf8');
    // cobra prints the "aliases" annotation as written; command.ts sorts it (reported to the lead)
    const withoutAliases = (s: string) => s.replace(/Aliases:\n.*\n/, '');
    expect(withoutAliases((await lab.docker('ps', '--help')).stdout)).toBe(withoutAliases(recorded));
    expect((await lab.docker('container', 'list', '--help')).stdout.split('\n')[0]).toBe('Usage:  docker container list [OPTIONS]');
  });

  it('takes no arguments and checks flag values', async () => {
    const lab = new Lab();
    expect(await lab.docker('ps', 'a')).toEqual({
      stdout: '',
      stderr: lines("docker: 'docker ps' accepts no arguments", '', 'Usage:  docker ps [OPTIONS]', '', "Run 'docker ps --help' for more information"),
      status: 1,
    });
    expect(await lab.docker('ps', '-n', 'x')).toEqual({
      stdout: '',
      stderr: lines(
        'invalid argument "x" for "-n, --last" flag: strconv.ParseInt: parsing "x": invalid syntax',
        '',
        'Usage:  docker ps [OPTIONS]',
        '',
        "Run 'docker ps --help' for more information",
      ),
      status: 125,
    });
    expect((await lab.docker('container', 'ls', '--bogus')).stderr.split('\n')[0]).toBe('unknown flag: --bogus');
  });
});
