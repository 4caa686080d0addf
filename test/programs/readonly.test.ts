/**
 * Writes on a read-only mount (ReadOnlyFs, as `:ro` binds give). Expected
 * outputs were recorded from GNU coreutils 9.1 / findutils 4.9 and BusyBox
 * 1.35 on a tmpfs remounted read-only, holding data/a.txt ("alpha\n"),
 * data/sub/c.txt and data/link -> a.txt, with `echo hi |` as stdin.
 */
import { describe, expect, it } from 'vitest';
import { busyboxApplets, coreutils } from '../../src/programs/util/registry.ts';
import { LayeredFs } from '../../src/vfs/layered-fs.ts';
import { ReadOnlyFs } from '../../src/vfs/mount-fs.ts';
import { treeFromPaths } from '../../src/vfs/node.ts';
import { LAB_NOW, run } from './fixture.ts';

function roFs() {
  const tree = treeFromPaths({ '/data/a.txt': 'alpha\n', '/data/sub/c.txt': 'x\n' }, LAB_NOW);
  const base = new LayeredFs(tree, undefined, () => LAB_NOW);
  base.symlink('a.txt', '/data/link');
  return new ReadOnlyFs(base);
}

const ROFS = 'Read-only file system';

// [command, GNU status, GNU stderr, busybox status, busybox stderr]; stdout is empty unless noted
const CASES: Array<[string, number, string, number, string]> = [
  ['mkdir data/x', 1, `mkdir: cannot create directory ‘data/x’: ${ROFS}`, 1, `mkdir: can't create directory 'data/x': ${ROFS}`],
  ['mkdir -p data/x/y', 1, `mkdir: cannot create directory ‘data/x’: ${ROFS}`, 1, `mkdir: can't create directory 'data/x/': ${ROFS}`],
  ['mkdir data', 1, 'mkdir: cannot create directory ‘data’: File exists', 1, "mkdir: can't create directory 'data': File exists"],
  ['mkdir -v data/x', 1, `mkdir: cannot create directory ‘data/x’: ${ROFS}`, 1, `mkdir: can't create directory 'data/x': ${ROFS}`],
  ['touch data/x', 1, `touch: cannot touch 'data/x': ${ROFS}`, 1, `touch: data/x: ${ROFS}`],
  ['touch data/a.txt', 1, `touch: cannot touch 'data/a.txt': ${ROFS}`, 1, `touch: data/a.txt: ${ROFS}`],
  ['rm data/a.txt', 1, `rm: cannot remove 'data/a.txt': ${ROFS}`, 1, `rm: can't remove 'data/a.txt': ${ROFS}`],
  ['rm -r data/sub', 1, `rm: cannot remove 'data/sub/c.txt': ${ROFS}`, 1, `rm: can't remove 'data/sub/c.txt': ${ROFS}`],
  ['rm -rf data/sub', 1, `rm: cannot remove 'data/sub/c.txt': ${ROFS}`, 1, `rm: can't remove 'data/sub/c.txt': ${ROFS}`],
  ['rm -f data/nope', 0, '', 0, ''],
  ['rmdir data/sub', 1, `rmdir: failed to remove 'data/sub': ${ROFS}`, 1, `rmdir: 'data/sub': ${ROFS}`],
  ['cp data/a.txt data/b', 1, `cp: cannot create regular file 'data/b': ${ROFS}`, 1, `cp: can't create 'data/b': ${ROFS}`],
  ['cp -r data/sub data/sub2', 1, `cp: cannot create directory 'data/sub2': ${ROFS}`, 1, `cp: can't create directory 'data/sub2': ${ROFS}`],
  ['mv data/a.txt data/b', 1, `mv: cannot move 'data/a.txt' to 'data/b': ${ROFS}`, 1, `mv: can't rename 'data/a.txt': ${ROFS}`],
  ['ln -s a data/l', 1, `ln: failed to create symbolic link 'data/l': ${ROFS}`, 1, `ln: data/l: ${ROFS}`],
  ['ln -sf a.txt data/link', 1, `ln: failed to create symbolic link 'data/link': ${ROFS}`, 1, 'ln: data/link: File exists'],
  ['sort -o data/s data/a.txt', 2, `sort: open failed: data/s: ${ROFS}`, 2, `sort: can't open 'data/s': ${ROFS}`],
  ['uniq data/a.txt data/u', 1, `uniq: data/u: ${ROFS}`, 1, `uniq: can't open 'data/u': ${ROFS}`],
];

describe('writes on a read-only mount', () => {
  for (const [line, gnuStatus, gnuErr, bbStatus, bbErr] of CASES) {
    const argv = line.split(' ');
    it(`GNU: ${line}`, async () => {
      const r = await run(coreutils[argv[0]], argv, { fs: roFs(), stdin: 'hi\n' });
      expect(r).toEqual({ stdout: '', stderr: gnuErr ? `${gnuErr}\n` : '', status: gnuStatus });
    });
    it(`busybox: ${line}`, async () => {
      const r = await run(busyboxApplets[argv[0]], argv, { fs: roFs(), stdin: 'hi\n' });
      expect(r).toEqual({ stdout: '', stderr: bbErr ? `${bbErr}\n` : '', status: bbStatus });
    });
  }

  for (const [flavour, registry] of [['GNU', coreutils], ['busybox', busyboxApplets]] as const) {
    it(`${flavour}: tee still copies stdin to stdout`, async () => {
      // echo hi | tee data/t  ->  "hi" on stdout, the error on stderr, status 1
      const r = await run(registry.tee, ['tee', 'data/t'], { fs: roFs(), stdin: 'hi\n' });
      expect(r).toEqual({ stdout: 'hi\n', stderr: `tee: data/t: ${ROFS}\n`, status: 1 });
      const a = await run(registry.tee, ['tee', '-a', 'data/a.txt'], { fs: roFs(), stdin: 'hi\n' });
      expect(a).toEqual({ stdout: 'hi\n', stderr: `tee: data/a.txt: ${ROFS}\n`, status: 1 });
    });
  }

  it('GNU: find -delete reports every entry, depth first', async () => {
    // find data -delete (real order is readdir order; ours is by name)
    const r = await run(coreutils.find, ['find', 'data', '-delete'], { fs: roFs() });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      ['data/a.txt', 'data/link', 'data/sub/c.txt', 'data/sub', 'data'].map((p) => `find: cannot delete ‘${p}’: ${ROFS}\n`).join(''),
    );
  });

  it('reads still work', async () => {
    const r = await run(coreutils.cat, ['cat', 'data/link'], { fs: roFs() });
    expect(r).toEqual({ stdout: 'alpha\n', stderr: '', status: 0 });
  });
});

describe('mount points', () => {
  // docker run -v vol:/data alpine rm -rf /data  ->  the contents go, the mount point stays
  it('rm -r empties a mount point and reports it busy', async () => {
    const { MountFs } = await import('../../src/vfs/mount-fs.ts');
    const root = new LayeredFs(treeFromPaths({ '/data/': null, '/etc/hostname': 'web\n' }, LAB_NOW), undefined, () => LAB_NOW);
    const volume = new LayeredFs(treeFromPaths({ '/db.sqlite': 'x', '/logs/a.log': 'y' }, LAB_NOW), undefined, () => LAB_NOW);
    const fs = new MountFs(root, [{ target: '/data', fs: volume }]);
    const gnu = await run(coreutils.rm, ['rm', '-rf', '/data'], { fs });
    expect(gnu).toEqual({ stdout: '', stderr: "rm: cannot remove '/data': Device or resource busy\n", status: 1 });
    expect(volume.readdir('/')).toEqual([]);
    const bb = await run(busyboxApplets.rm, ['rm', '-rf', '/data'], { fs });
    expect(bb).toEqual({ stdout: '', stderr: "rm: can't remove '/data': Device or resource busy\n", status: 1 });
  });
});
