/**
 * Root trees of the busybox userlands: busybox:latest (docker-library/busybox:
 * every applet installed as a hard link in /bin, lib64 -> lib, buildroot's
 * /etc/passwd and /etc/group, /usr/bin/env -> ../../bin/env) and Alpine 3.24
 * (the minirootfs: applets as symlinks to /bin/busybox in /bin, /sbin,
 * /usr/bin, /usr/sbin; apk in /sbin).
 */
import { ALPINE_BUSYBOX, ALPINE_EXTRA, BUSYBOX_APPLETS } from '../catalog-programs.ts';
import { TreeBuilder } from './builder.ts';
import { ALPINE_GROUP, ALPINE_PASSWD, BUSYBOX_GROUP, BUSYBOX_PASSWD, OS_RELEASE } from './distro-data.ts';

const BUSYBOX_BINARY = 'ELF 64-bit LSB executable, x86-64 (simulated: busybox multi-call binary)\n';

export function buildBusybox(b: TreeBuilder): void {
  for (const d of ['bin', 'dev', 'etc', 'home', 'lib', 'usr', 'var']) b.dir(`/${d}`);
  b.dir('/root', 0o700);
  b.dir('/tmp', 0o1777);
  b.link('/lib64', 'lib');
  // hard links of one binary: same content in every name
  b.bins('/bin', ['busybox', ...BUSYBOX_APPLETS], () => BUSYBOX_BINARY);
  b.bins('/bin', ['getconf']); // copied from Debian by the build
  b.link('/usr/bin/env', '../../bin/env');
  b.file('/lib/libc.so.6', 'ELF shared object (simulated: glibc)\n', 0o755);
  b.file('/lib/ld-linux-x86-64.so.2', 'ELF shared object (simulated: ld-linux-x86-64.so.2)\n', 0o755);
  b.file('/etc/passwd', BUSYBOX_PASSWD);
  b.file('/etc/group', BUSYBOX_GROUP);
  b.file('/etc/shadow', BUSYBOX_PASSWD.replace(/^([^:]+):x:.*$/gm, '$1:*:::::::'), 0o600);
  b.file('/etc/nsswitch.conf', 'passwd:         files\ngroup:          files\nshadow:         files\n\nhosts:          files dns\nnetworks:       files\n');
  b.file('/etc/localtime', 'TZif2 (simulated: UTC)\n');
  // home directories of the skeleton's users
  b.dir('/var/spool/mail');
  b.dir('/var/www');
}

export function buildAlpine(b: TreeBuilder): void {
  for (const d of ['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'run', 'sbin', 'srv', 'sys', 'usr', 'var']) {
    b.dir(`/${d}`);
  }
  b.dir('/root', 0o700);
  b.dir('/tmp', 0o1777);
  for (const d of ['bin', 'sbin', 'lib', 'local/bin', 'local/lib', 'local/share', 'share']) b.dir(`/usr/${d}`);
  for (const d of ['cache', 'empty', 'lib', 'local', 'log', 'mail', 'opt', 'spool']) b.dir(`/var/${d}`);
  b.dir('/var/tmp', 0o1777);
  b.link('/var/run', '../run');
  b.link('/var/lock', '../run/lock');
  b.dir('/run/lock');

  b.bins('/bin', ['busybox'], () => 'ELF 64-bit LSB pie executable, x86-64 (simulated: busybox, musl)\n');
  for (const [dir, names] of Object.entries(ALPINE_BUSYBOX)) b.links(dir, names, '/bin/busybox');
  for (const [dir, names] of Object.entries(ALPINE_EXTRA)) b.bins(dir, names);
  b.file('/lib/ld-musl-x86_64.so.1', 'ELF shared object (simulated: musl libc)\n', 0o755);
  b.link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1');

  b.file('/etc/alpine-release', '3.24.2\n');
  b.file('/etc/os-release', OS_RELEASE['alpine-3.24']);
  b.file('/etc/issue', 'Welcome to Alpine Linux 3.24\nKernel \\r on \\m (\\l)\n\n');
  b.file('/etc/motd', 'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n');
  b.file('/etc/passwd', ALPINE_PASSWD);
  b.file('/etc/group', ALPINE_GROUP);
  b.file('/etc/shadow', ALPINE_PASSWD.replace(/^([^:]+):x:.*$/gm, '$1:!::0:::::'), 0o640);
  b.file('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n');
  b.file('/etc/profile', 'export CHARSET=UTF-8\nexport LANG=C.UTF-8\nexport PAGER=less\nexport PS1=\'\\h:\\w\\$ \'\numask 022\n\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n');
  b.dir('/etc/profile.d');
  b.file('/etc/apk/arch', 'x86_64\n');
  b.file('/etc/apk/repositories', 'https://dl-cdn.alpinelinux.org/alpine/v3.24/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.24/community\n');
  b.file('/etc/apk/world', 'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nlibc-utils\n');
  b.dir('/etc/apk/keys');
  b.dir('/lib/apk/db');
  b.file('/lib/apk/db/installed', '');
}
