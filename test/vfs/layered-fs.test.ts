import { describe, expect, it } from 'vitest';
import { LayeredFs } from '../../src/vfs/layered-fs.ts';
import { MountFs, ReadOnlyFs, SubtreeFs } from '../../src/vfs/mount-fs.ts';
import { dirNode, treeFromPaths } from '../../src/vfs/node.ts';
import { FsError } from '../../src/vfs/types.ts';

const clock = () => 1000;

function image() {
  return treeFromPaths({ '/bin/sh': 'ELF', '/etc/os-release': 'NAME=busybox\n', '/var/lib/mysql/': null, '/tmp/': null });
}

function code(op: () => unknown): string | undefined {
  try {
    op();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return undefined;
}

describe('LayeredFs as overlayfs', () => {
  it('reads the image, writes into the upper layer only', () => {
    const lower = image();
    const upper = dirNode();
    const fs = new LayeredFs(upper, lower, clock);
    expect(fs.readFile('/etc/os-release')).toBe('NAME=busybox\n');
    fs.writeFile('/etc/os-release', 'changed\n');
    expect(fs.readFile('/etc/os-release')).toBe('changed\n');
    expect(new LayeredFs(dirNode(), lower, clock).readFile('/etc/os-release')).toBe('NAME=busybox\n');
    expect(upper.c.etc.t).toBe('d');
  });

  it('hides deleted image files with a whiteout and lists the merge', () => {
    const fs = new LayeredFs(dirNode(), image(), clock);
    fs.writeFile('/tmp/a', 'x');
    expect(fs.readdir('/')).toEqual(['bin', 'etc', 'tmp', 'var']);
    fs.rm('/bin/sh');
    expect(fs.stat('/bin/sh')).toBeNull();
    expect(fs.readdir('/bin')).toEqual([]);
    expect(fs.readdir('/tmp')).toEqual(['a']);
    fs.rm('/etc', { recursive: true });
    expect(fs.readdir('/')).toEqual(['bin', 'tmp', 'var']);
    fs.mkdir('/etc');
    expect(fs.readdir('/etc')).toEqual([]);
  });

  it('reports POSIX errors', () => {
    const fs = new LayeredFs(dirNode(), image(), clock);
    expect(code(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(code(() => fs.readFile('/etc'))).toBe('EISDIR');
    expect(code(() => fs.writeFile('/no/dir/file', ''))).toBe('ENOENT');
    expect(code(() => fs.mkdir('/etc'))).toBe('EEXIST');
    expect(code(() => fs.rm('/var'))).toBe('ENOTEMPTY');
    expect(code(() => fs.readdir('/bin/sh'))).toBe('ENOTDIR');
    fs.mkdir('/a/b/c', { parents: true });
    expect(fs.stat('/a/b/c')?.type).toBe('dir');
  });

  it('renames across layers and follows symlinks', () => {
    const fs = new LayeredFs(dirNode(), image(), clock);
    fs.rename('/etc', '/etc2');
    expect(fs.readFile('/etc2/os-release')).toBe('NAME=busybox\n');
    expect(fs.stat('/etc')).toBeNull();
    fs.symlink('/etc2', '/etc');
    expect(fs.readFile('/etc/os-release')).toBe('NAME=busybox\n');
    expect(fs.readlink('/etc')).toBe('/etc2');
  });
});

describe('MountFs', () => {
  it('routes paths to the longest mount and shares files with the host both ways', () => {
    const host = new LayeredFs(treeFromPaths({ '/home/db/': null }), undefined, clock);
    const root = new LayeredFs(dirNode(), image(), clock);
    const fs = new MountFs(root, [{ target: '/var/lib/mysql', fs: new SubtreeFs(host, '/home/db') }]);
    fs.writeFile('/var/lib/mysql/users.txt', 'alice\n');
    expect(host.readFile('/home/db/users.txt')).toBe('alice\n');
    host.writeFile('/home/db/more', '1');
    expect(fs.readdir('/var/lib/mysql')).toEqual(['more', 'users.txt']);
    expect(code(() => fs.rm('/var/lib/mysql', { recursive: true }))).toBe('EBUSY');
  });

  it('refuses writes on a read-only mount and binds single files', () => {
    const host = new LayeredFs(treeFromPaths({ '/srv/app.conf': 'port=80\n' }), undefined, clock);
    const root = new LayeredFs(dirNode(), image(), clock);
    const fs = new MountFs(root, [
      { target: '/data', fs: new ReadOnlyFs(new SubtreeFs(host, '/srv')) },
      { target: '/etc/app.conf', fs: new SubtreeFs(host, '/srv/app.conf') },
    ]);
    expect(code(() => fs.writeFile('/data/x', 'y'))).toBe('EROFS');
    expect(fs.stat('/data/app.conf')?.readOnly).toBe(true);
    expect(fs.readFile('/etc/app.conf')).toBe('port=80\n');
    fs.writeFile('/etc/app.conf', 'port=81\n');
    expect(host.readFile('/srv/app.conf')).toBe('port=81\n');
  });
});

describe('names that are also Object members', () => {
  it('treats constructor, valueOf and __proto__ as ordinary file names', () => {
    const fs = new LayeredFs(dirNode(), image(), clock);
    expect(fs.stat('/tmp/constructor')).toBeNull();
    expect(code(() => fs.readFile('/tmp/valueOf'))).toBe('ENOENT');
    for (const name of ['constructor', 'valueOf', '__proto__', 'hasOwnProperty']) {
      fs.writeFile(`/tmp/${name}`, name);
      expect(fs.readFile(`/tmp/${name}`)).toBe(name);
    }
    expect(fs.readdir('/tmp')).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'valueOf']);
    fs.rm('/tmp/__proto__');
    expect(fs.stat('/tmp/__proto__')).toBeNull();
  });
});
