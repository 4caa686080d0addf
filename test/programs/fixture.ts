/**
 * The tree the program tests run in, and the same tree as the recorder
 * (recorded/record.ts) builds it on disk to run real coreutils and busybox.
 */
import type { ProgramContext } from '../../src/shell/types.ts';
import { Interrupted } from '../../src/shell/types.ts';
import { LayeredFs } from '../../src/vfs/layered-fs.ts';
import { type DirNode, treeFromPaths } from '../../src/vfs/node.ts';
import type { FileSystem } from '../../src/vfs/types.ts';
import type { Program } from '../../src/shell/types.ts';
import type { Runner } from './runner.ts';

/** 2026-11-22 07:41:00 UTC, the mtime of every fixture entry */
export const FIXTURE_MTIME = Date.UTC(2026, 10, 22, 7, 41, 0);
/** the lab clock the tests give programs: 2026-11-22 08:00:00 UTC */
export const LAB_NOW = Date.UTC(2026, 10, 22, 8, 0, 0);

export const FIXTURE_FILES: Record<string, string | null> = {
  '/data/a.txt': 'alpha\nbeta\ngamma\n',
  '/data/b.log': 'one two three\nfour five\n',
  '/data/big.bin': '0'.repeat(5000),
  '/data/run.sh': '#!/bin/sh\necho hi\n',
  '/data/sub/c.txt': 'x\n',
  '/empty/': null,
  '/t/fruits.txt': 'banana\napple\ncherry\napple\nbanana\nbanana\nDate\n',
  '/t/nums.txt': '10\n9\n100\n-1\n2.5\n',
  '/t/csv.txt': 'name,age,city\nalice,30,paris\nbob,25,berlin\ncarol,35,rome\n',
  '/t/log.txt': 'INFO start\nERROR disk full\nWARN slow\nerror lower\nINFO done\n',
  '/t/nonl.txt': 'no newline',
  '/t/spaces.txt': '  a  b\tc\n\nlast line\n',
  '/t/.hidden': 'h\n',
};

/** symlinks: path -> target */
export const FIXTURE_LINKS: Record<string, string> = {
  '/data/link': 'a.txt',
};

export function fixtureTree(): DirNode {
  const root = treeFromPaths(FIXTURE_FILES, FIXTURE_MTIME);
  for (const [path, target] of Object.entries(FIXTURE_LINKS)) {
    const parts = path.split('/').filter(Boolean);
    let dir = root;
    for (const p of parts.slice(0, -1)) dir = dir.c[p] as DirNode;
    dir.c[parts[parts.length - 1]] = { t: 'l', target, mtime: FIXTURE_MTIME };
  }
  return root;
}

export function fixtureFs(now: () => number = () => LAB_NOW): LayeredFs {
  return new LayeredFs(fixtureTree(), undefined, now);
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export interface RunOptions {
  fs?: FileSystem;
  stdin?: string;
  cwd?: string;
  env?: Record<string, string>;
  isTTY?: boolean;
  world?: unknown;
  /** abort after this many sleep() calls (streaming programs) */
  abortAfterSleeps?: number;
  /** abort after this many stdout writes */
  abortAfterWrites?: number;
  /** what ctx.run does (xargs, env CMD); by default it runs nothing and succeeds */
  runner?: Runner;
  /** called after each sleep with its number (1, 2, ...) and length: tests change files there */
  onSleep?: (n: number, ms: number) => void;
}

export const TEST_ENV: Record<string, string> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: '/root',
  LANG: 'C.UTF-8',
};

/** The environment the recorder runs real programs with (and the recorded tests give ours). */
export const RECORD_ENV: Record<string, string> = { ...TEST_ENV, TZ: 'UTC' };

/** Long contents are compared by length only, to keep recorded outputs small. */
export function summarize(data: string): string {
  return data.length > 100 ? `<${data.length} bytes>` : data;
}

/** The tree of a FileSystem as record.ts snapshots a real one. */
export function snapshotFs(fs: FileSystem): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const walk = (path: string): void => {
    const link = fs.readlink(path);
    if (link !== null) {
      out[path] = `-> ${link}`;
      return;
    }
    const st = fs.stat(path);
    if (!st) return;
    if (st.type === 'dir') {
      if (path !== '/') out[path] = null;
      for (const n of fs.readdir(path)) walk(path === '/' ? `/${n}` : `${path}/${n}`);
    } else out[path] = summarize(fs.readFile(path));
  };
  walk('/');
  return out;
}

/** Runs a program in a test context; sleeps are virtual and advance `clock.now`. */
export async function run(program: Program, argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const signal = { aborted: false };
  const clock = { now: LAB_NOW };
  let sleeps = 0;
  let writes = 0;
  const ctx: ProgramContext = {
    argv,
    stdin: opts.stdin ?? '',
    stdout: {
      write(s) {
        stdout += s;
        writes++;
        if (opts.abortAfterWrites !== undefined && writes >= opts.abortAfterWrites) signal.aborted = true;
      },
    },
    stderr: { write: (s) => void (stderr += s) },
    env: { ...(opts.env ?? TEST_ENV) },
    cwd: opts.cwd ?? '/',
    fs: opts.fs ?? fixtureFs(() => clock.now),
    isTTY: opts.isTTY ?? false,
    signal,
    async sleep(ms) {
      if (signal.aborted) throw new Interrupted();
      clock.now += ms;
      sleeps++;
      opts.onSleep?.(sleeps, ms);
      if (opts.abortAfterSleeps !== undefined && sleeps >= opts.abortAfterSleeps) signal.aborted = true;
    },
    async run(line, io) {
      return opts.runner ? opts.runner(ctx, line, io) : 0;
    },
    world: opts.world === undefined ? { now: () => clock.now } : opts.world,
  };
  let status: number;
  try {
    status = await program(ctx);
  } catch (e) {
    if (e instanceof Interrupted) status = 130;
    else throw e;
  }
  return { stdout, stderr, status };
}
