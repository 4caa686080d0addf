/**
 * docker top, container prune, stats --no-stream, and the --help text of
 * every container command (recorded from the docker 28.2 client).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Lab, lines } from './helpers.ts';

describe('docker top', () => {
  it("shows the main process in ps -ef's columns, 20 wide", async () => {
    const lab = new Lab();
    lab.advance(8 * 3600_000 + 24 * 60_000);
    const c = await lab.run('web', 'busybox', ['sleep', '1d']);
    const pid = String(c.State.Pid);
    const ppid = String(c.State.Pid - 19);
    expect(await lab.docker('top', 'web')).toEqual({
      stdout: lines(
        'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD',
        `root${' '.repeat(16)}${pid.padEnd(20)}${ppid.padEnd(20)}0                   15:24               ?                   00:00:00            sleep 1d`,
      ),
      stderr: '',
      status: 0,
    });
    expect((await lab.docker('top', 'web', 'aux')).stdout.split('\n')[0]).toBe(
      'USER                PID                 %CPU                %MEM                VSZ                 RSS                 TTY                 STAT                START               TIME                COMMAND',
    );
    expect(await lab.docker('top', 'web', '-o', 'pid')).toEqual({ stdout: `PID\n${pid}\n`, stderr: '', status: 0 });
  });

  it('refuses a stopped container', async () => {
    const lab = new Lab();
    const c = lab.create('fresh', 'busybox', ['echo', 'hi']);
    expect(await lab.docker('top', 'fresh')).toEqual({ stdout: '', stderr: `Error response from daemon: container ${c.Id} is not running\n`, status: 1 });
    expect((await lab.docker('top', 'nope')).stderr).toBe('Error response from daemon: No such container: nope\n');
  });
});

describe('docker container prune', () => {
  it('asks first; without a "y" on stdin it does nothing (exit 0)', async () => {
    const lab = new Lab();
    await lab.run('done', 'busybox', ['true']);
    expect(await lab.docker('container', 'prune')).toEqual({
      stdout: 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
      stderr: '',
      status: 0,
    });
    lab.stdin = 'n\n';
    expect((await lab.docker('container', 'prune')).stdout).toBe('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ');
    expect(Object.keys(lab.engine.state.containers)).toHaveLength(1);
    // typed at a terminal, the Enter that answers ends the line
    lab.stdin = '';
    lab.stdinIsTTY = true;
    expect((await lab.docker('container', 'prune')).stdout).toBe('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] \n');
  });

  it('removes stopped containers, oldest first, and reports the space', async () => {
    const lab = new Lab();
    const a = await lab.run('done1', 'busybox', ['true']);
    const b = lab.create('fresh', 'busybox', ['echo']);
    await lab.run('up', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('container', 'prune', '-f')).toEqual({
      stdout: `Deleted Containers:\n${a.Id}\n${b.Id}\n\nTotal reclaimed space: 0B\n`,
      stderr: '',
      status: 0,
    });
    expect(await lab.docker('container', 'prune', '-f')).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', status: 0 });
    lab.stdin = 'y\n';
    expect((await lab.docker('container', 'prune')).stdout).toBe(
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n',
    );
  });

  it('filters by label and age', async () => {
    const lab = new Lab();
    await lab.run('keep', 'busybox', ['true'], { Config: { Image: 'busybox', Labels: { keep: '1' } } });
    const old = await lab.run('old', 'busybox', ['true']);
    lab.advance(7200_000);
    await lab.run('young', 'busybox', ['true']);
    expect((await lab.docker('container', 'prune', '-f', '--filter', 'until=1h', '--filter', 'label!=keep')).stdout).toBe(
      `Deleted Containers:\n${old.Id}\n\nTotal reclaimed space: 0B\n`,
    );
    expect(await lab.docker('container', 'prune', '-f', '--filter', 'bogus=1')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'bogus'\n",
      status: 1,
    });
  });
});

describe('docker stats --no-stream', () => {
  it('prints one table of the running containers', async () => {
    const lab = new Lab();
    const c = await lab.run('web', 'busybox', ['sleep', '1d']);
    const out = (await lab.docker('stats', '--no-stream')).stdout.split('\n');
    expect(out[0]).toBe('CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O     BLOCK I/O   PIDS');
    expect(out[1]).toBe(`${c.Id.slice(0, 12)}   web       0.00%     316KiB / 7.755GiB   0.00%     266B / 0B   0B / 0B     1`);
  });

  it('shows zeros for a stopped container named on the command line', async () => {
    const lab = new Lab();
    const c = await lab.run('done', 'busybox', ['true']);
    expect((await lab.docker('stats', '--no-stream', 'done')).stdout).toBe(
      lines(
        'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS',
        `${c.Id.slice(0, 12)}   done      0.00%     0B / 0B             0.00%     0B / 0B   0B / 0B     0`,
      ),
    );
    expect(await lab.docker('stats', '--no-stream', 'nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nope\n', status: 1 });
    expect((await lab.docker('stats', '--no-stream', '--format', '{{.Name}}: {{.PIDs}}', 'done')).stdout).toBe('done: 0\n');
    // recorded: .Container is the container as named on the command line
    expect((await lab.docker('stats', '--no-stream', '--format', 'json', 'done')).stdout).toBe(
      `{"BlockIO":"0B / 0B","CPUPerc":"0.00%","Container":"done","ID":"${c.Id.slice(0, 12)}","MemPerc":"0.00%","MemUsage":"0B / 0B","Name":"done","NetIO":"0B / 0B","PIDs":"0"}\n`,
    );
  });
});

describe('--help', () => {
  const commands = [
    'container start',
    'container stop',
    'container restart',
    'container kill',
    'container rm',
    'container rename',
    'container logs',
    'container port',
    'container top',
    'container wait',
    'container pause',
    'container unpause',
    'container prune',
    'container stats',
    'container inspect',
    'inspect',
    'container ls',
  ];
  // cobra prints the "aliases" annotation as docker/cli wrote it; command.ts sorts the paths (reported)
  const withoutAliases = (s: string) => s.replace(/\nAliases:\n.*\n/, '\n');
  for (const command of commands) {
    it(`docker ${command} --help`, async () => {
      const lab = new Lab();
      const recorded = readFileSync(new URL(`./recorded/help/${command.replace(' ', '-')}.txt`, import.meta.url), 'utf8');
      const r = await lab.docker(...command.split(' '), '--help');
      expect(withoutAliases(r.stdout)).toBe(withoutAliases(recorded));
      const aliases = /Aliases:\n {2}(.*)\n/.exec(recorded)?.[1];
      if (aliases) expect((/Aliases:\n {2}(.*)\n/.exec(r.stdout)?.[1] ?? '').split(', ').sort()).toEqual(aliases.split(', ').sort());
    });
  }
});
