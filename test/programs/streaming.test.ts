/**
 * Programs that wait or stream: they stop on Ctrl+C (ctx.signal, or sleep
 * rejecting with Interrupted) with status 130, and are bounded so a virtual
 * clock, where sleeps return at once, never spins forever.
 */
import { describe, expect, it } from 'vitest';
import { TAIL_FOLLOW_LIMIT_MS } from '../../src/programs/text/head-tail.ts';
import { SEQ_LIMIT } from '../../src/programs/text/seq.ts';
import { busyboxApplets, coreutils } from '../../src/programs/util/registry.ts';
import { YES_PIPE_LINES } from '../../src/programs/util/simple.ts';
import { fixtureFs, run } from './fixture.ts';

const flavours = [['GNU', coreutils], ['busybox', busyboxApplets]] as const;

describe('tail -f', () => {
  for (const [name, reg] of flavours) {
    it(`${name}: prints what is appended until Ctrl+C`, async () => {
      const fs = fixtureFs();
      const r = await run(reg.tail, ['tail', '-n', '1', '-f', 'data/a.txt'], {
        fs,
        abortAfterSleeps: 3,
        onSleep: (n) => {
          if (n === 1) fs.writeFile('/data/a.txt', 'delta\n', { append: true });
          if (n === 2) fs.writeFile('/data/a.txt', 'epsilon\nzeta\n', { append: true });
        },
      });
      expect(r).toEqual({ stdout: 'gamma\ndelta\nepsilon\nzeta\n', stderr: '', status: 130 });
    });

    it(`${name}: headers switch between followed files`, async () => {
      const fs = fixtureFs();
      const r = await run(reg.tail, ['tail', '-n', '1', '-f', 'data/a.txt', 'data/b.log'], {
        fs,
        abortAfterSleeps: 2,
        onSleep: (n) => {
          if (n === 1) fs.writeFile('/data/a.txt', 'new\n', { append: true });
        },
      });
      expect(r.stdout).toBe('==> data/a.txt <==\ngamma\n\n==> data/b.log <==\nfour five\n\n==> data/a.txt <==\nnew\n');
      expect(r.status).toBe(130);
    });
  }

  it('GNU: reports a truncated file and prints it again', async () => {
    const fs = fixtureFs();
    const r = await run(coreutils.tail, ['tail', '-f', 'data/a.txt'], {
      fs,
      abortAfterSleeps: 2,
      onSleep: (n) => n === 1 && fs.writeFile('/data/a.txt', 'x\n'),
    });
    expect(r.stdout).toBe('alpha\nbeta\ngamma\nx\n');
    expect(r.stderr).toBe('tail: data/a.txt: file truncated\n');
  });

  it('gives up after a lab day when nobody presses Ctrl+C', async () => {
    let slept = 0;
    const r = await run(coreutils.tail, ['tail', '-f', 'data/a.txt'], { onSleep: (_, ms) => (slept += ms) });
    expect(r.status).toBe(0);
    expect(slept).toBe(TAIL_FOLLOW_LIMIT_MS);
  });

  it('without -f stops at once; reading stdin never follows', async () => {
    const r = await run(coreutils.tail, ['tail', '-f'], { stdin: 'a\nb\n', abortAfterSleeps: 1 });
    expect(r).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
  });
});

describe('yes', () => {
  it('writes a bounded amount into a pipe', async () => {
    const r = await run(coreutils.yes, ['yes'], { isTTY: false });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('y\n'.repeat(YES_PIPE_LINES));
  });

  it('streams to a terminal until Ctrl+C', async () => {
    const r = await run(busyboxApplets.yes, ['yes', 'hello', 'world'], { isTTY: true, abortAfterWrites: 3 });
    expect(r.status).toBe(130);
    expect(r.stdout).toBe('hello world\n'.repeat(300));
  });
});

describe('sleep', () => {
  for (const [name, reg] of flavours) {
    it(`${name}: sums its arguments with suffixes on the lab clock`, async () => {
      const slept: number[] = [];
      const r = await run(reg.sleep, ['sleep', '1.5m', '2', '1h', '0.5d'], { onSleep: (_, ms) => slept.push(ms) });
      expect(r).toEqual({ stdout: '', stderr: '', status: 0 });
      expect(slept.reduce((a, b) => a + b, 0)).toBe((90 + 2 + 3600 + 43200) * 1000);
    });

    it(`${name}: sleep infinity ends on Ctrl+C`, async () => {
      const r = await run(reg.sleep, ['sleep', 'infinity'], { abortAfterSleeps: 2 });
      expect(r.status).toBe(130);
    });
  }

  it('sleep infinity on a clock nobody stops still ends', async () => {
    const r = await run(coreutils.sleep, ['sleep', 'inf']);
    expect(r.status).toBe(0);
  });

  it('GNU: several bad intervals are all reported', async () => {
    const r = await run(coreutils.sleep, ['sleep', 'x', '1y']);
    expect(r.stderr).toBe(
      "sleep: invalid time interval ‘x’\nsleep: invalid time interval ‘1y’\nTry 'sleep --help' for more information.\n",
    );
    expect(r.status).toBe(1);
  });
});

describe('bounded sequences', () => {
  it('busybox seq with a zero increment stops at the limit', async () => {
    const r = await run(busyboxApplets.seq, ['seq', '1', '0', '1']);
    expect(r.stdout.split('\n').length - 1).toBe(SEQ_LIMIT);
  });
});
