/** The registries the lab installs per image, and the option parser every program shares. */
import { describe, expect, it } from 'vitest';
import { getopt } from '../../src/programs/util/getopt.ts';
import { PROGRAM_NAMES, busyboxApplets, coreutils } from '../../src/programs/util/registry.ts';

const EXPECTED = [
  'basename', 'cat', 'clear', 'cp', 'cut', 'date', 'dirname', 'du', 'env', 'false', 'find', 'grep', 'head', 'hostname', 'id',
  'ln', 'ls', 'mkdir', 'mv', 'printenv', 'rm', 'rmdir', 'seq', 'sleep', 'sort', 'stat', 'tail', 'tee', 'touch', 'tr', 'true',
  'uname', 'uniq', 'wc', 'which', 'whoami', 'xargs', 'yes',
];

describe('registries', () => {
  it('hold every program in both flavours', () => {
    expect([...PROGRAM_NAMES].sort()).toEqual(EXPECTED);
    expect(Object.keys(busyboxApplets).sort()).toEqual([...EXPECTED, 'busybox'].sort());
    for (const name of EXPECTED) {
      expect(typeof coreutils[name], name).toBe('function');
      expect(typeof busyboxApplets[name], name).toBe('function');
      expect(coreutils[name]).not.toBe(busyboxApplets[name]);
    }
  });
  it('leave df and mount to the engine', () => {
    expect(coreutils.df).toBeUndefined();
    expect(busyboxApplets.mount).toBeUndefined();
  });
});

describe('getopt', () => {
  const spec = { short: 'ln:d::', long: { all: { key: 'a' }, almost: { key: 'A' }, lines: { key: 'n', arg: 'required' as const } } };
  it('bundles, attaches and permutes like glibc', () => {
    expect(getopt(['-ln5', 'x', '-d', '-dy', '--', '-l'], spec)).toEqual({
      opts: [{ key: 'l' }, { key: 'n', value: '5' }, { key: 'd' }, { key: 'd', value: 'y' }],
      operands: ['x', '-l'],
    });
    expect(getopt(['--lines=3', '--lin', '4', '-'], spec).opts).toEqual([{ key: 'n', value: '3' }, { key: 'n', value: '4' }]);
  });
  it('reports errors the way getopt_long words them', () => {
    expect(getopt(['-z'], spec).error).toEqual({ kind: 'invalid', opt: 'z' });
    expect(getopt(['-n'], spec).error).toEqual({ kind: 'missing', opt: 'n' });
    expect(getopt(['--lines'], spec).error).toEqual({ kind: 'missing-long', opt: '--lines' });
    expect(getopt(['--all=1'], spec).error).toEqual({ kind: 'no-arg', opt: '--all' });
    expect(getopt(['--al'], spec).error).toEqual({ kind: 'ambiguous', opt: '--al', candidates: ['--all', '--almost'] });
    expect(getopt(['--nope=1'], spec).error).toEqual({ kind: 'unrecognized', opt: '--nope=1' });
  });
  it('stops at the first operand with +, and can read -5 as a number', () => {
    expect(getopt(['a', '-l'], { short: '+l' }).operands).toEqual(['a', '-l']);
    expect(getopt(['-5', '-l'], { short: 'l', negativeNumbers: true })).toEqual({ opts: [{ key: 'l' }], operands: ['-5'] });
  });
});

describe('the busybox binary', () => {
  it('runs applets, lists the image\'s applets and rejects unknown ones', async () => {
    const { LayeredFs } = await import('../../src/vfs/layered-fs.ts');
    const { treeFromPaths } = await import('../../src/vfs/node.ts');
    const { run, fixtureFs } = await import('./fixture.ts');
    const bb = busyboxApplets.busybox;
    expect(await run(bb, ['busybox', 'ls', 'data/sub'], { fs: fixtureFs() })).toEqual({ stdout: 'c.txt\n', stderr: '', status: 0 });
    const fs = new LayeredFs(treeFromPaths({ '/bin/ls': 'x', '/bin/cat': 'x', '/sbin/ip': 'x', '/bin/busybox': 'x' }), undefined, () => 0);
    expect((await run(bb, ['busybox', '--list'], { fs })).stdout).toBe('cat\nip\nls\n');
    // real: `busybox nope` -> "nope: applet not found", status 127
    expect(await run(bb, ['busybox', 'nope'], { fs })).toEqual({ stdout: '', stderr: 'nope: applet not found\n', status: 127 });
    const help = await run(bb, ['busybox'], { fs });
    expect(help.status).toBe(0);
    expect(help.stdout.endsWith('Currently defined functions:\n\tcat, ip, ls\n')).toBe(true);
  });
});
