/**
 * What programs read from the lab and the image: the clock (world.now),
 * addresses (world.hostIp), /etc/hostname, /etc/passwd and /etc/group, $PATH,
 * and a terminal (isTTY, COLUMNS).
 */
import { describe, expect, it } from 'vitest';
import { busyboxApplets, coreutils } from '../../src/programs/util/registry.ts';
import { inodeOf } from '../../src/programs/util/fsx.ts';
import { KERNEL } from '../../src/programs/util/ident.ts';
import { LayeredFs } from '../../src/vfs/layered-fs.ts';
import { type DirNode, dirNode, fileNode, treeFromPaths } from '../../src/vfs/node.ts';
import { FIXTURE_MTIME, LAB_NOW, fixtureFs, run } from './fixture.ts';
import { shellRunner } from './runner.ts';

const ALPINE_GROUP =
  'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin,adm\nadm:x:4:root,adm,daemon\n' +
  'tty:x:5:\ndisk:x:6:root,adm\nwheel:x:10:root\nnobody:x:65534:\n';
const ALPINE_PASSWD = 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n';

function imageFs(files: Record<string, string | null>) {
  return new LayeredFs(treeFromPaths(files, FIXTURE_MTIME), undefined, () => LAB_NOW);
}

describe('date reads the lab clock', () => {
  it('from world.now()', async () => {
    const r = await run(coreutils.date, ['date'], { world: { now: () => LAB_NOW } });
    expect(r).toEqual({ stdout: 'Sun Nov 22 08:00:00 UTC 2026\n', stderr: '', status: 0 });
  });
  it('the epoch when the world has no clock', async () => {
    const r = await run(busyboxApplets.date, ['date'], { world: {} });
    expect(r.stdout).toBe('Thu Jan  1 00:00:00 UTC 1970\n');
  });
  it('formats, -R, -I and relative -d', async () => {
    const world = { now: () => LAB_NOW };
    expect((await run(coreutils.date, ['date', '+%F %T'], { world })).stdout).toBe('2026-11-22 08:00:00\n');
    expect((await run(coreutils.date, ['date', '-R'], { world })).stdout).toBe('Sun, 22 Nov 2026 08:00:00 +0000\n');
    expect((await run(coreutils.date, ['date', '-Iseconds'], { world })).stdout).toBe('2026-11-22T08:00:00+00:00\n');
    expect((await run(coreutils.date, ['date', '-d', '2 hours ago', '+%H:%M'], { world })).stdout).toBe('06:00\n');
  });
  it('refuses to set the clock, as in a container', async () => {
    const r = await run(coreutils.date, ['date', '-s', '2020-01-01']);
    expect(r).toEqual({ stdout: '', stderr: 'date: cannot set date: Operation not permitted\n', status: 1 });
  });
});

describe('ls -l dates', () => {
  it('show the year once a file is over six months old', async () => {
    const world = { now: () => FIXTURE_MTIME + 200 * 86400000 };
    const gnu = await run(coreutils.ls, ['ls', '-l', 'data/a.txt'], { world });
    expect(gnu.stdout).toBe('-rw-r--r-- 1 root root 17 Nov 22  2026 data/a.txt\n');
    const bb = await run(busyboxApplets.ls, ['ls', '-l', 'data/a.txt'], { world });
    expect(bb.stdout).toBe('-rw-r--r--    1 root     root            17 Nov 22  2026 data/a.txt\n');
  });
});

describe('hostname and uname', () => {
  const fs = () => imageFs({ '/etc/hostname': 'web.example\n' });
  it('read /etc/hostname', async () => {
    expect((await run(coreutils.hostname, ['hostname'], { fs: fs() })).stdout).toBe('web.example\n');
    expect((await run(busyboxApplets.hostname, ['hostname', '-s'], { fs: fs() })).stdout).toBe('web\n');
    expect((await run(coreutils.uname, ['uname', '-n'], { fs: fs() })).stdout).toBe('web.example\n');
  });
  it('hostname -i asks world.hostIp()', async () => {
    const world = { hostIp: () => '172.17.0.2' };
    expect(await run(coreutils.hostname, ['hostname', '-i'], { fs: fs(), world })).toEqual({ stdout: '172.17.0.2\n', stderr: '', status: 0 });
    expect(await run(coreutils.hostname, ['hostname', '-I'], { fs: fs(), world })).toEqual({ stdout: '172.17.0.2 \n', stderr: '', status: 0 });
  });
  it('hostname -i without the hook fails as an unresolvable name does', async () => {
    const gnu = await run(coreutils.hostname, ['hostname', '-i'], { fs: fs(), world: {} });
    expect(gnu).toEqual({ stdout: '', stderr: 'hostname: Name or service not known\n', status: 1 });
    const bb = await run(busyboxApplets.hostname, ['hostname', '-i'], { fs: fs(), world: {} });
    expect(bb).toEqual({ stdout: '', stderr: 'hostname: web.example: Unknown host\n', status: 1 });
  });
  it('net-tools hostname prints its usage on stdout after a bad option', async () => {
    const r = await run(coreutils.hostname, ['hostname', '-z'], { fs: fs() });
    expect(r.status).toBe(255);
    expect(r.stderr).toBe("hostname: invalid option -- 'z'\n");
    expect(r.stdout.startsWith('Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n')).toBe(true);
  });
  it('uname -a: one kernel for host and containers', async () => {
    const gnu = await run(coreutils.uname, ['uname', '-a'], { fs: fs() });
    expect(gnu.stdout).toBe(`Linux web.example ${KERNEL.release} ${KERNEL.version} x86_64 GNU/Linux\n`);
    const bb = await run(busyboxApplets.uname, ['uname', '-a'], { fs: fs() });
    expect(bb.stdout).toBe(`Linux web.example ${KERNEL.release} ${KERNEL.version} x86_64 Linux\n`);
    expect((await run(coreutils.uname, ['uname', '-r'], { fs: fs() })).stdout).toBe('6.1.0-28-amd64\n');
    expect((await run(coreutils.uname, ['uname'], { fs: fs() })).stdout).toBe('Linux\n');
  });
});

describe('id and whoami read the image', () => {
  const fs = () => imageFs({ '/etc/passwd': ALPINE_PASSWD, '/etc/group': ALPINE_GROUP });
  it('root in an alpine container belongs to its groups', async () => {
    const r = await run(busyboxApplets.id, ['id'], { fs: fs() });
    expect(r.stdout).toBe('uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel)\n');
    expect((await run(coreutils.id, ['id', '-Gn'], { fs: fs() })).stdout).toBe('root bin daemon sys adm disk wheel\n');
    expect((await run(coreutils.id, ['id', 'nobody'], { fs: fs() })).stdout).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n');
    expect((await run(busyboxApplets.whoami, ['whoami'], { fs: fs() })).stdout).toBe('root\n');
  });
  it('whoami fails when /etc/passwd has no uid 0', async () => {
    const r = await run(coreutils.whoami, ['whoami'], { fs: imageFs({ '/etc/passwd': 'bin:x:1:1::/:/bin/sh\n' }) });
    expect(r).toEqual({ stdout: '', stderr: 'whoami: cannot find name for user ID 0\n', status: 1 });
  });
});

describe('which searches $PATH in the file system', () => {
  const fs = () => {
    const tree = treeFromPaths({ '/usr/bin/notes': 'text' }, FIXTURE_MTIME);
    const bin = (dir: DirNode) => (dir.c.ls = fileNode('ELF', FIXTURE_MTIME, 0o755));
    bin(tree.c.usr.t === 'd' ? (tree.c.usr.c.bin as DirNode) : tree);
    tree.c.bin = dirNode(FIXTURE_MTIME);
    bin(tree.c.bin);
    return new LayeredFs(tree, undefined, () => LAB_NOW);
  };
  const env = { PATH: '/usr/bin:/bin' };
  it('prints the first executable, or all with -a', async () => {
    expect(await run(coreutils.which, ['which', 'ls'], { fs: fs(), env })).toEqual({ stdout: '/usr/bin/ls\n', stderr: '', status: 0 });
    expect((await run(busyboxApplets.which, ['which', '-a', 'ls'], { fs: fs(), env })).stdout).toBe('/usr/bin/ls\n/bin/ls\n');
  });
  it('skips files that are not executable', async () => {
    expect(await run(busyboxApplets.which, ['which', 'notes'], { fs: fs(), env })).toEqual({ stdout: '', stderr: '', status: 1 });
  });
});

describe('env, printenv', () => {
  it('busybox printenv as in Alpine', async () => {
    const env = { HOME: '/root', PATH: '/bin' };
    expect(await run(busyboxApplets.printenv, ['printenv', 'HOME'], { env })).toEqual({ stdout: '/root\n', stderr: '', status: 0 });
    expect(await run(busyboxApplets.printenv, ['printenv', 'NOPE'], { env })).toEqual({ stdout: '', stderr: '', status: 1 });
    expect((await run(busyboxApplets.printenv, ['printenv'], { env })).stdout).toBe('HOME=/root\nPATH=/bin\n');
  });
  it('env runs a command with the assignments', async () => {
    const r = await run(coreutils.env, ['env', 'GREETING=hello world', 'printenv', 'GREETING'], { runner: shellRunner(coreutils) });
    expect(r).toEqual({ stdout: 'hello world\n', stderr: '', status: 0 });
  });
});

describe('stat', () => {
  it('GNU default report', async () => {
    const r = await run(coreutils.stat, ['stat', 'data/a.txt']);
    expect(r.stdout).toBe(
      '  File: data/a.txt\n' +
        '  Size: 17        \tBlocks: 8          IO Block: 4096   regular file\n' +
        `Device: 0,45\tInode: ${String(inodeOf('/data/a.txt')).padEnd(11)} Links: 1\n` +
        'Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n' +
        'Access: 2026-11-22 07:41:00.000000000 +0000\n' +
        'Modify: 2026-11-22 07:41:00.000000000 +0000\n' +
        'Change: 2026-11-22 07:41:00.000000000 +0000\n' +
        ' Birth: 2026-11-22 07:41:00.000000000 +0000\n',
    );
  });
  it('busybox default report of a symlink', async () => {
    const r = await run(busyboxApplets.stat, ['stat', 'data/link']);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      "  File: 'data/link' -> 'a.txt'",
      '  Size: 5         \tBlocks: 0          IO Block: 4096   symbolic link',
      `Device: 2dh/45d\tInode: ${String(inodeOf('/data/link')).padEnd(11)} Links: 1`,
    ]);
    expect(r.stdout).not.toContain('Birth');
  });
});

describe('ls on a terminal', () => {
  // recorded with `COLUMNS=40 script -qc "ls" /dev/null` (GNU coreutils 9.1, BusyBox 1.35)
  const names = ['alpha', 'beta', 'with space', "it's", 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
  const fs = () => imageFs(Object.fromEntries(names.map((n) => [`/tty/${n}`, ''])));
  const env = { COLUMNS: '40', LANG: 'C.UTF-8' };
  it('GNU: fitted columns, tabs, shell quoting with aligned names', async () => {
    const r = await run(coreutils.ls, ['ls'], { fs: fs(), cwd: '/tty', isTTY: true, env });
    expect(r.stdout).toBe(" alpha\t epsilon   iota    theta\n beta\t eta\t  \"it's\"  'with space'\n delta\t gamma\t   kappa   zeta\n");
  });
  it('busybox: uniform columns, no quoting', async () => {
    const r = await run(busyboxApplets.ls, ['ls'], { fs: fs(), cwd: '/tty', isTTY: true, env });
    expect(r.stdout).toBe(
      'alpha       eta         kappa\nbeta        gamma       theta\ndelta       iota        with space\nepsilon     it\'s        zeta\n',
    );
  });
  it('one name a line into a pipe', async () => {
    const r = await run(coreutils.ls, ['ls'], { fs: fs(), cwd: '/tty', isTTY: false, env });
    expect(r.stdout).toBe(`${[...names].sort().join('\n')}\n`);
  });
  it('GNU -l on a terminal quotes and aligns too', async () => {
    const r = await run(coreutils.ls, ['ls', '-l'], { fs: fs(), cwd: '/tty', isTTY: true, env, world: { now: () => LAB_NOW + 3600000 } });
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['total 0', '-rw-r--r-- 1 root root 0 Nov 22 07:41  alpha']);
  });
});

describe('xargs through ctx.run', () => {
  it('reports a failing command with status 123', async () => {
    const r = await run(coreutils.xargs, ['xargs', 'false'], { stdin: 'a\n', runner: shellRunner(coreutils) });
    expect(r.status).toBe(123);
  });
  it('find -exec runs per file', async () => {
    const r = await run(coreutils.find, ['find', 'data/sub', '-type', 'f', '-exec', 'cat', '{}', ';'], {
      fs: fixtureFs(),
      runner: shellRunner(coreutils),
    });
    expect(r).toEqual({ stdout: 'x\n', stderr: '', status: 0 });
  });
});

describe('ls takes the terminal width from the world', () => {
  const fs = () => imageFs(Object.fromEntries(['alpha', 'beta', 'gamma', 'delta'].map((n) => [`/w/${n}`, ''])));
  it('world.terminal.columns when $COLUMNS is unset', async () => {
    const world = { now: () => LAB_NOW, terminal: { stdinIsTTY: true, columns: 13 } };
    const r = await run(coreutils.ls, ['ls'], { fs: fs(), cwd: '/w', isTTY: true, env: {}, world });
    expect(r.stdout).toBe('alpha  delta\nbeta   gamma\n'); // COLUMNS=13 ls -C
    const wide = await run(coreutils.ls, ['ls'], { fs: fs(), cwd: '/w', isTTY: true, env: { COLUMNS: '80' }, world });
    expect(wide.stdout).toBe('alpha  beta  delta  gamma\n');
  });
});

describe('symlink loops when following links', () => {
  // loop/f ("hi"), loop/sub/self -> ., loop/sub/up -> ..; recorded with GNU tools in that tree (cwd loop)
  const fs = () => {
    const f = imageFs({ '/loop/f': 'hi\n', '/loop/sub/': null });
    f.symlink('.', '/loop/sub/self');
    f.symlink('..', '/loop/sub/up');
    return f;
  };
  const warn = (prog: string, text: (p: string) => string) => ['./sub/self', './sub/up'].map((p) => `${prog}: ${text(p)}\n`).join('');
  it('grep -R warns and goes on', async () => {
    const r = await run(coreutils.grep, ['grep', '-R', 'hi', '.'], { fs: fs(), cwd: '/loop' });
    expect(r).toEqual({ stdout: './f:hi\n', stderr: warn('grep', (p) => `${p}: warning: recursive directory loop`), status: 0 });
  });
  it('find -L reports the loop', async () => {
    const r = await run(coreutils.find, ['find', '-L', '.'], { fs: fs(), cwd: '/loop' });
    expect(r.stdout).toBe('.\n./f\n./sub\n');
    expect(r.stderr).toBe(
      "find: File system loop detected; ‘./sub/self’ is part of the same file system loop as ‘./sub’.\n" +
        "find: File system loop detected; ‘./sub/up’ is part of the same file system loop as ‘.’.\n",
    );
    expect(r.status).toBe(1);
  });
  it('ls -RL does not list a directory twice', async () => {
    const r = await run(coreutils.ls, ['ls', '-RL', '.'], { fs: fs(), cwd: '/loop' });
    expect(r).toEqual({
      stdout: '.:\nf\nsub\n\n./sub:\nself\nup\n',
      stderr: warn('ls', (p) => `${p}: not listing already-listed directory`),
      status: 2,
    });
  });
  it('cp -rL refuses cyclic links; du -L counts once', async () => {
    const cp = await run(coreutils.cp, ['cp', '-rL', '.', '/copy'], { fs: fs(), cwd: '/loop' });
    expect(cp.stderr).toBe(warn('cp', (p) => `cannot copy cyclic symbolic link '${p}'`));
    const du = await run(coreutils.du, ['du', '-L', '.'], { fs: fs(), cwd: '/loop' });
    expect(du.stdout).toBe('4\t./sub\n12\t.\n');
  });
  it('busybox stays bounded', async () => {
    for (const argv of [['grep', '-R', 'hi', '.'], ['find', '-L', '.'], ['ls', '-RL'], ['du', '-L'], ['cp', '-rL', '.', '/c']]) {
      const r = await run(busyboxApplets[argv[0]], argv, { fs: fs(), cwd: '/loop' });
      expect(Number.isInteger(r.status)).toBe(true);
    }
  });
});

describe('inode numbers', () => {
  it('ls -i and stat -c %i agree; widths as GNU and busybox print them', async () => {
    const ino = inodeOf('/data/a.txt');
    const st = await run(coreutils.stat, ['stat', '-c', '%i', 'data/a.txt']);
    expect(st.stdout).toBe(`${ino}\n`);
    const gnu = await run(coreutils.ls, ['ls', '-i', 'data/a.txt']);
    expect(gnu.stdout).toBe(`${ino} data/a.txt\n`);
    // busybox ls -i: "%7u " before the name (recorded: "2147035 a.txt")
    const bb = await run(busyboxApplets.ls, ['ls', '-i', 'data/a.txt']);
    expect(bb.stdout).toBe(`${String(ino).padStart(7)} data/a.txt\n`);
  });
});
