/**
 * `docker logs`: lines on the stream they were written to, --tail over both
 * streams, -t timestamps, --since/--until, -f following until the container
 * stops (recorded on the reference: `sh -c 'echo one; echo two >&2; echo
 * three; printf partial'`).
 */
import { describe, expect, it } from 'vitest';
import { logEntries, parseGoDuration, parseLogTime } from '../../../src/cli/container/logs.ts';
import { Lab } from './helpers.ts';

async function talker(lab: Lab) {
  lab.scripts.set('talker', (_c, write) => {
    write('stdout', 'one\n');
    write('stderr', 'two\n');
    write('stdout', 'thr');
    write('stdout', 'ee\npartial');
    return 0;
  });
  return lab.run('talker', 'busybox', ['sh', '-c', 'echo one; echo two >&2; echo three; printf partial']);
}

describe('docker logs', () => {
  it('writes each line to its stream, a last partial line as it is', async () => {
    const lab = new Lab();
    await talker(lab);
    expect(await lab.docker('logs', 'talker')).toEqual({ stdout: 'one\nthree\npartial', stderr: 'two\n', status: 0 });
  });

  it('--tail counts lines of both streams from the end; a bad number means all', async () => {
    const lab = new Lab();
    await talker(lab);
    expect(await lab.docker('logs', '--tail', '2', 'talker')).toEqual({ stdout: 'three\npartial', stderr: '', status: 0 });
    expect(await lab.docker('logs', '-n', '1', 'talker')).toEqual({ stdout: 'partial', stderr: '', status: 0 });
    expect(await lab.docker('logs', '-n', '0', 'talker')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await lab.docker('logs', '--tail', 'x', 'talker')).toEqual({ stdout: 'one\nthree\npartial', stderr: 'two\n', status: 0 });
  });

  it('-t stamps each line with RFC 3339 nanoseconds', async () => {
    const lab = new Lab();
    await talker(lab);
    const out = (await lab.docker('logs', '-t', '--tail', '1', 'talker')).stdout;
    expect(out).toMatch(/^2026-11-22T07:00:00\.\d{9}Z partial$/);
  });

  it('--since and --until take durations, dates and Unix times', async () => {
    const lab = new Lab();
    lab.scripts.set('early', (_c, write) => (write('stdout', 'early\n'), 0));
    await lab.run('early', 'busybox', ['echo', 'early']);
    lab.advance(3_600_000);
    expect((await lab.docker('logs', '--since', '1h', 'early')).stdout).toBe('early\n');
    expect((await lab.docker('logs', '--since', '59m', 'early')).stdout).toBe('');
    expect((await lab.docker('logs', '--since', '2099-01-01', 'early')).stdout).toBe('');
    expect((await lab.docker('logs', '--until', '2000-01-01T00:00:00Z', 'early')).stdout).toBe('');
    expect((await lab.docker('logs', '--until', '2026-11-22T07:00:00Z', 'early')).stdout).toBe('early\n');
    expect(await lab.docker('logs', '--since', 'xyz', 'early')).toEqual({
      stdout: '',
      stderr: 'invalid value for "since": failed to parse value as time or duration: "xyz"\n',
      status: 1,
    });
    expect((await lab.docker('logs', '--since', '2026-13-01', 'early')).stderr).toBe(
      'invalid value for "since": parsing time "2026-13-01": month out of range\n',
    );
  });

  it('follows a running container until it stops', async () => {
    const lab = new Lab();
    const c = await lab.run('nap', 'busybox', ['sleep', '3']);
    c.logs.push({ stream: 'stdout', text: 'before\n', time: lab.engine.now() });
    const t = lab.engine.now();
    expect(await lab.docker('logs', '-f', 'nap')).toEqual({ stdout: 'before\n', stderr: '', status: 0 });
    expect(lab.engine.now() - t).toBe(3000);
  });

  it('follows until Ctrl+C (130) a container that keeps running', async () => {
    const lab = new Lab();
    await lab.run('web', 'nginx');
    expect(await lab.docker('logs', '-f', 'web')).toEqual({ stdout: '', stderr: '', status: 130 });
  });

  it('prints nothing for a container that never ran, the daemon error for a missing one', async () => {
    const lab = new Lab();
    lab.create('fresh', 'busybox', ['echo', 'hi']);
    expect(await lab.docker('logs', 'fresh')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await lab.docker('logs', 'nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nope\n', status: 1 });
    expect((await lab.docker('logs')).stderr).toBe(
      "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n",
    );
  });

  it('cuts chunks into lines per stream', async () => {
    const lab = new Lab();
    const c = await talker(lab);
    expect(logEntries(c).map((e) => [e.stream, e.text])).toEqual([
      ['stdout', 'one\n'],
      ['stderr', 'two\n'],
      ['stdout', 'three\n'],
      ['stdout', 'partial'],
    ]);
    expect(logEntries(c, true)).toHaveLength(3);
  });

  it('parses Go durations and timestamps', () => {
    expect(parseGoDuration('1h30m')).toBe(5_400_000);
    expect(parseGoDuration('1.5s')).toBe(1500);
    expect(parseGoDuration('10')).toBeNull();
    const now = Date.UTC(2026, 10, 22, 7);
    expect(parseLogTime('42m', now)).toBe(now - 42 * 60_000);
    expect(parseLogTime('1700000000', now)).toBe(1_700_000_000_000);
    expect(parseLogTime('2026-11-22T06:00', now)).toBe(now - 3_600_000);
  });
});
