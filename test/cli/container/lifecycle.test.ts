/**
 * start, stop, restart, kill, rm, rename, pause, unpause and wait: outputs
 * and errors as the docker 28 client prints them (transcripts
 * containers/stop-kill-restart, containers/rm, errors/not-found,
 * containers/exec-logs-rename, and recordings on the reference engine).
 */
import { describe, expect, it } from 'vitest';
import { Lab, lines } from './helpers.ts';

const ok = (stdout: string) => ({ stdout, stderr: '', status: 0 });
const fail = (stderr: string, stdout = '') => ({ stdout, stderr, status: 1 });

describe('docker start / stop / restart / kill', () => {
  it('prints each argument as given (transcript containers/stop-kill-restart)', async () => {
    const lab = new Lab();
    const c1 = await lab.run('c1', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('kill', 'c1')).toEqual(ok('c1\n'));
    expect((await lab.docker('ps', '-a', '--format', '{{.Names}}\\t{{.Status}}')).stdout).toBe('c1\tExited (137) Less than a second ago\n');
    expect(await lab.docker('start', 'c1')).toEqual(ok('c1\n'));
    expect(await lab.docker('start', 'c1')).toEqual(ok('c1\n'));
    expect(await lab.docker('stop', 'c1')).toEqual(ok('c1\n'));
    expect(await lab.docker('stop', 'c1')).toEqual(ok('c1\n'));
    expect(await lab.docker('kill', 'c1')).toEqual(
      fail(`Error response from daemon: cannot kill container: c1: container ${c1.Id} is not running\n`),
    );
    expect(await lab.docker('restart', 'c1')).toEqual(ok('c1\n'));
    expect((await lab.docker('ps', '--format', '{{.Names}}\\t{{.Status}}')).stdout).toBe('c1\tUp Less than a second\n');
    expect(await lab.docker('start', c1.Id.slice(0, 6))).toEqual(ok(c1.Id.slice(0, 6) + '\n'));
  });

  it('waits the grace period before killing a PID 1 that ignores SIGTERM', async () => {
    const lab = new Lab();
    const web = await lab.run('web', 'busybox', ['sleep', '1d']);
    const before = lab.engine.now();
    expect(await lab.docker('stop', 'web')).toEqual(ok('web\n'));
    expect(lab.engine.now() - before).toBe(10_000);
    expect(web.State.ExitCode).toBe(137);
    await lab.docker('start', 'web');
    const t = lab.engine.now();
    expect(await lab.docker('stop', '-t', '2', 'web')).toEqual(ok('web\n'));
    expect(lab.engine.now() - t).toBe(2000);
    const nginx = await lab.run('nginx', 'nginx');
    const t2 = lab.engine.now();
    expect(await lab.docker('stop', 'nginx')).toEqual(ok('nginx\n'));
    expect(lab.engine.now()).toBe(t2);
    expect(nginx.State.ExitCode).toBe(0);
  });

  it('accepts -s KILL for stop and the deprecated --time', async () => {
    const lab = new Lab();
    const c = await lab.run('cc', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('stop', '-s', 'KILL', 'cc')).toEqual(ok('cc\n'));
    expect(c.State.ExitCode).toBe(137);
    await lab.docker('start', 'cc');
    expect(await lab.docker('stop', '--time', '1', 'cc')).toEqual(ok('Flag --time has been deprecated, use --timeout instead\ncc\n'));
    expect(await lab.docker('stop', '-s', 'BOGUS', 'cc')).toEqual(fail('Error response from daemon: Invalid signal: BOGUS\n'));
    await lab.docker('start', 'cc');
    expect(await lab.docker('kill', '-s', 'BOGUS', 'cc')).toEqual(fail('Error response from daemon: Invalid signal: BOGUS\n'));
    expect(await lab.docker('kill', '-s', '0', 'cc')).toEqual(fail('Error response from daemon: Invalid signal: 0\n'));
  });

  it('reports missing containers with the daemon errors (transcript errors/not-found)', async () => {
    const lab = new Lab();
    expect(await lab.docker('stop', 'nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    expect(await lab.docker('start', 'nope')).toEqual(
      fail('Error response from daemon: No such container: nope\nError: failed to start containers: nope\n'),
    );
    expect(await lab.docker('restart', 'nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    expect(await lab.docker('kill', 'nope')).toEqual(fail('Error response from daemon: cannot kill container: nope: No such container: nope\n'));
    expect(await lab.docker('start', 'zz1', 'zz2')).toEqual(
      fail(
        lines(
          'Error response from daemon: No such container: zz1',
          'Error response from daemon: No such container: zz2',
          'Error: failed to start containers: zz1, zz2',
        ),
      ),
    );
  });

  it('goes on after a failure and reports the errors after the successes', async () => {
    const lab = new Lab();
    await lab.run('aa', 'busybox', ['sleep', '1d']);
    await lab.run('bb', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('stop', '-t', '0', 'aa', 'nope', 'bb')).toEqual(fail('Error response from daemon: No such container: nope\n', 'aa\nbb\n'));
    expect(await lab.docker('restart', 'aa', 'nope1', 'nope2')).toEqual(
      fail('Error response from daemon: No such container: nope1\nError response from daemon: No such container: nope2\n', 'aa\n'),
    );
  });

  it('runs a command container to completion on start, attached with -a', async () => {
    const lab = new Lab();
    const job = lab.create('job', 'busybox', ['echo', 'hi']);
    expect(await lab.docker('start', '-a', 'job')).toEqual(ok('hi\n'));
    expect(job.State.Status).toBe('exited');
    expect(await lab.docker('start', 'job')).toEqual(ok('job\n'));
    expect((await lab.docker('logs', 'job')).stdout).toBe('hi\nhi\n');
    lab.scripts.set('failing', () => 3);
    lab.create('failing', 'busybox', ['sh', '-c', 'exit 3']);
    expect(await lab.docker('start', '-a', 'failing')).toEqual({ stdout: '', stderr: '', status: 3 });
    expect(await lab.docker('start', '-a', 'job', 'failing')).toEqual(fail('you cannot start and attach multiple containers at once\n'));
    expect(await lab.docker('start', '-a', 'nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
  });

  it('opens the interactive shell of a container created with -it on start -ai', async () => {
    const lab = new Lab();
    lab.create('shell', 'busybox', ['sh'], { Config: { Image: 'busybox', Tty: true, OpenStdin: true, AttachStdin: true } });
    expect(await lab.docker('start', '-ai', 'shell')).toEqual(ok(''));
    expect(lab.shells).toEqual([{ container: 'shell', argv: ['sh'], tty: true }]);
    // without -i the shell keeps waiting on its terminal: attached until Ctrl+C
    lab.create('shell2', 'busybox', ['sh'], { Config: { Image: 'busybox', Tty: true, OpenStdin: true } });
    expect(await lab.docker('start', '-a', 'shell2')).toEqual({ stdout: '', stderr: '', status: 130 });
  });

  it('follows a sleeper with start -a until it exits', async () => {
    const lab = new Lab();
    lab.create('nap', 'busybox', ['sleep', '5']);
    const t = lab.engine.now();
    expect(await lab.docker('start', '-a', 'nap')).toEqual(ok(''));
    expect(lab.engine.now() - t).toBe(5000);
  });

  it('fails to start a paused container or a command that does not exist', async () => {
    const lab = new Lab();
    await lab.run('pp', 'busybox', ['sleep', '1d']);
    await lab.docker('pause', 'pp');
    expect(await lab.docker('start', 'pp')).toEqual(
      fail('Error response from daemon: cannot start a paused container, try unpause instead\nError: failed to start containers: pp\n'),
    );
    const bad = lab.create('bad', 'busybox', ['nosuchcommand']);
    const r = await lab.docker('start', 'bad');
    expect(r.stderr).toBe(
      lines(
        'Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuchcommand": executable file not found in $PATH: unknown',
        'Error: failed to start containers: bad',
      ),
    );
    expect(bad.State.ExitCode).toBe(127);
    expect((await lab.docker('ps', '-a', '-f', 'name=bad', '--format', '{{.Status}}')).stdout).toBe('Created\n');
  });
});

describe('docker pause / unpause', () => {
  it('freezes a running container: "(Paused)" in ps, errors for the wrong state', async () => {
    const lab = new Lab();
    const c = await lab.run('web', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('pause', 'web')).toEqual(ok('web\n'));
    expect(await lab.docker('pause', 'web')).toEqual(fail(`Error response from daemon: container ${c.Id} is already paused\n`));
    expect((await lab.docker('ps', '--format', '{{.Status}}|{{.State}}')).stdout).toBe('Up Less than a second (Paused)|paused\n');
    expect(await lab.docker('unpause', 'web')).toEqual(ok('web\n'));
    expect(await lab.docker('unpause', 'web')).toEqual(fail(`Error response from daemon: container ${c.Id} is not paused\n`));
    await lab.docker('pause', 'web');
    expect(await lab.docker('stop', '-t', '1', 'web')).toEqual(ok('web\n'));
    expect((await lab.docker('ps', '-a', '--format', '{{.Status}}')).stdout).toBe('Exited (137) Less than a second ago\n');
    expect(await lab.docker('pause', 'web')).toEqual(fail(`Error response from daemon: container ${c.Id} is not running\n`));
    expect(await lab.docker('unpause', 'web')).toEqual(fail(`Error response from daemon: container ${c.Id} is not paused\n`));
    expect(await lab.docker('pause', 'nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
  });

  it('kills a paused container', async () => {
    const lab = new Lab();
    const c = await lab.run('web', 'busybox', ['sleep', '1d']);
    await lab.docker('pause', 'web');
    expect(await lab.docker('kill', 'web')).toEqual(ok('web\n'));
    expect(c.State).toMatchObject({ Status: 'exited', Paused: false, ExitCode: 137 });
  });
});

describe('docker rm', () => {
  // v26+ names the container as the client gave it (NOTES.md); 20.10 said "You cannot remove a running container <id>"
  it('refuses a running container unless forced (transcript containers/rm, v26+ wording)', async () => {
    const lab = new Lab();
    await lab.run('web', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('rm', 'web')).toEqual(
      fail(
        'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
      ),
    );
    expect(await lab.docker('rm', '-f', 'web')).toEqual(ok('web\n'));
    expect(Object.keys(lab.engine.state.containers)).toHaveLength(0);
  });

  it('removes what it can, printing names as they go and the errors at the end', async () => {
    const lab = new Lab();
    const a1 = await lab.run('a1', 'busybox', ['sleep', '1d']);
    const a2 = await lab.run('a2', 'busybox', ['true']);
    expect(await lab.docker('rm', a1.Id.slice(0, 12), a2.Id.slice(0, 12))).toEqual(
      fail(
        `Error response from daemon: cannot remove container "${a1.Id.slice(0, 12)}": container is running: stop the container before removing or force remove\n`,
        `${a2.Id.slice(0, 12)}\n`,
      ),
    );
    expect(await lab.docker('rm', 'nope1', 'nope2')).toEqual(
      fail('Error response from daemon: No such container: nope1\nError response from daemon: No such container: nope2\n'),
    );
  });

  it('with -f, a missing container is reported but does not fail', async () => {
    const lab = new Lab();
    await lab.run('cc', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('rm', '-f', 'zz1', 'cc', 'zz2')).toEqual({
      stdout: 'cc\n',
      stderr: 'Error response from daemon: No such container: zz1\nError response from daemon: No such container: zz2\n',
      status: 0,
    });
    expect(await lab.docker('rm', '')).toEqual(fail('container name cannot be empty\n'));
  });

  it('-v removes anonymous volumes, keeps named ones', async () => {
    const lab = new Lab();
    const db = await lab.run('db', 'mysql', undefined, { HostConfig: { Binds: ['keep:/backup'] } });
    const anon = db.Mounts.find((m) => m.Destination === '/var/lib/mysql')!.Name!;
    expect(lab.engine.state.volumes[anon]).toBeDefined();
    expect(await lab.docker('rm', '-fv', 'db')).toEqual(ok('db\n'));
    expect(lab.engine.state.volumes[anon]).toBeUndefined();
    expect(lab.engine.state.volumes.keep).toBeDefined();
  });

  it('answers to its aliases and needs an argument', async () => {
    const lab = new Lab();
    await lab.run('x1', 'busybox', ['true']);
    expect(await lab.docker('container', 'remove', 'x1')).toEqual(ok('x1\n'));
    expect(await lab.docker('rm')).toEqual(
      fail(lines("docker: 'docker rm' requires at least 1 argument", '', 'Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]', '', "See 'docker rm --help' for more information")),
    );
  });
});

describe('docker rename', () => {
  it('renames, and reports failures twice as the client does (transcript containers/exec-logs-rename)', async () => {
    const lab = new Lab();
    await lab.run('app', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('rename', 'app', 'web')).toEqual(ok(''));
    expect((await lab.docker('ps', '--format', '{{.Names}}')).stdout).toBe('web\n');
    expect(await lab.docker('rename', 'web', 'web')).toEqual(
      fail('Error response from daemon: Renaming a container with the same name as its current name\nError: failed to rename container named web\n'),
    );
    expect(await lab.docker('rename', 'nope', 'x1')).toEqual(
      fail('Error response from daemon: No such container: nope\nError: failed to rename container named nope\n'),
    );
    const other = await lab.run('other', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('rename', 'web', 'other')).toEqual(
      fail(
        `Error response from daemon: Error when allocating new name: Conflict. The container name "/other" is already in use by container "${other.Id}". You have to remove (or rename) that container to be able to reuse that name.\nError: failed to rename container named web\n`,
      ),
    );
    expect(await lab.docker('rename', 'web', ' ')).toEqual(fail('Error: Neither old nor new names may be empty\n'));
    expect((await lab.docker('rename', 'web')).stderr).toBe(
      lines("docker: 'docker rename' requires 2 arguments", '', 'Usage:  docker rename CONTAINER NEW_NAME', '', "Run 'docker rename --help' for more information"),
    );
  });
});

describe('docker wait', () => {
  it('prints exit codes, waiting for sleepers on the lab clock', async () => {
    const lab = new Lab();
    lab.scripts.set('three', () => 3);
    await lab.run('three', 'busybox', ['sh', '-c', 'exit 3']);
    await lab.run('nap', 'busybox', ['sleep', '30']);
    const t = lab.engine.now();
    expect(await lab.docker('wait', 'three', 'nap', 'nope')).toEqual(fail('Error response from daemon: No such container: nope\n', '3\n0\n'));
    expect(lab.engine.now() - t).toBe(30_000);
  });

  it('is interrupted (130) while a daemon keeps running', async () => {
    const lab = new Lab();
    await lab.run('web', 'nginx');
    expect(await lab.docker('wait', 'web')).toEqual({ stdout: '', stderr: '', status: 130 });
  });
});
