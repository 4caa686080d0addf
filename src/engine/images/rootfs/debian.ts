/**
 * Root trees of the glibc distributions: Debian trixie (full and -slim),
 * Ubuntu 26.04 / 24.04 / 22.04 (merged /usr: /bin -> usr/bin, ...),
 * Ubuntu 14.04 (separate /bin, /sbin, /lib) and Oracle Linux 9 / 7 (the bases
 * of mysql, merged /usr too).
 */
import type { DistroKey } from '../catalog-images.ts';
import { TreeBuilder } from './builder.ts';
import {
  DEBIAN_BASHRC,
  DEBIAN_GROUP,
  DEBIAN_PASSWD,
  DEBIAN_PROFILE,
  EL_GROUP,
  EL_PASSWD,
  OS_RELEASE,
  SHELLS_DEBIAN,
  UBUNTU_JAMMY_PASSWD,
  UBUNTU_TRUSTY_PASSWD,
} from './distro-data.ts';

/** Commands that live in sbin on Debian-family and EL systems. */
export const SBIN = new Set(
  `ldconfig useradd userdel usermod groupadd groupdel groupmod chpasswd pwck grpck nologin blkid fsck
  start-stop-daemon chroot add-shell remove-shell ifconfig route arp nameif mii-tool plipconfig rarp slattach
  ipmaddr iptunnel sysctl bridge tc nginx nginx-debug apache2 a2enmod a2dismod a2enconf a2disconf a2ensite
  a2dissite a2query apache2ctl dhclient rsyslogd cron ntpdate service update-rc.d invoke-rc.d locale-gen vipw
  vigr mysqld alternatives update-ca-trust ifup ifdown ifquery initctl`.split(/\s+/),
);

const TOP_DIRS = ['boot', 'dev', 'etc', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys', 'usr', 'var'];

function skeleton(b: TreeBuilder, mergedUsr: boolean): void {
  for (const d of TOP_DIRS) b.dir(`/${d}`);
  b.dir('/root', 0o700);
  b.dir('/tmp', 0o1777);
  b.dir('/var/tmp', 0o1777);
  for (const d of ['bin', 'sbin', 'lib', 'lib64', 'games', 'include', 'share', 'src']) b.dir(`/usr/${d}`);
  for (const d of ['bin', 'etc', 'games', 'include', 'lib', 'sbin', 'share', 'src']) b.dir(`/usr/local/${d}`);
  b.link('/usr/local/man', 'share/man');
  if (mergedUsr) {
    b.link('/bin', 'usr/bin');
    b.link('/sbin', 'usr/sbin');
    b.link('/lib', 'usr/lib');
    b.link('/lib64', 'usr/lib64');
  } else {
    for (const d of ['bin', 'sbin', 'lib', 'lib64']) b.dir(`/${d}`);
  }
  for (const d of ['backups', 'cache', 'lib', 'local', 'log', 'mail', 'opt', 'spool']) b.dir(`/var/${d}`);
  b.link('/var/run', '/run');
  b.link('/var/lock', '/run/lock');
  b.dir('/run/lock', 0o1777);
}

function debianEtc(b: TreeBuilder, distro: DistroKey): void {
  const key = distro === 'debian-13-slim' ? 'debian-13' : distro === 'debian-12-slim' ? 'debian-12' : distro;
  const release = OS_RELEASE[key as keyof typeof OS_RELEASE];
  if (distro === 'ubuntu-14.04') {
    b.file('/etc/os-release', release);
    b.file('/etc/lsb-release', 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=14.04\nDISTRIB_CODENAME=trusty\nDISTRIB_DESCRIPTION="Ubuntu 14.04.6 LTS"\n');
  } else {
    b.file('/usr/lib/os-release', release);
    b.link('/etc/os-release', '../usr/lib/os-release');
  }
  const debianVersion: Record<string, string> = {
    'debian-13': '13.6\n',
    'debian-13-slim': '13.6\n',
    'debian-12-slim': '12.13\n',
    'ubuntu-26.04': 'forky/sid\n',
    'ubuntu-24.04': 'trixie/sid\n',
    'ubuntu-22.04': 'bookworm/sid\n',
    'ubuntu-14.04': 'jessie/sid\n',
  };
  b.file('/etc/debian_version', debianVersion[distro] ?? '13.6\n');
  const pretty = /PRETTY_NAME="([^"]+)"/.exec(release)?.[1] ?? 'Linux';
  const issueName = distro.startsWith('debian-12') ? 'Debian GNU/Linux 12' : distro.startsWith('debian') ? 'Debian GNU/Linux 13' : pretty;
  b.file('/etc/issue', `${issueName} \\n \\l\n\n`);
  b.file('/etc/issue.net', `${issueName}\n`);

  let passwd = DEBIAN_PASSWD;
  if (distro === 'ubuntu-22.04') passwd = UBUNTU_JAMMY_PASSWD;
  if (distro === 'ubuntu-14.04') passwd = UBUNTU_TRUSTY_PASSWD;
  let group = DEBIAN_GROUP;
  if (distro === 'ubuntu-24.04' || distro === 'ubuntu-26.04') {
    // Ubuntu images since 23.04 have a default non-root user
    passwd += 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n';
    group += 'ubuntu:x:1000:\n';
    b.file('/home/ubuntu/.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n');
    b.file('/home/ubuntu/.profile', '# ~/.profile: executed by the command interpreter for login shells.\n');
  }
  b.file('/etc/passwd', passwd);
  b.file('/etc/group', group);
  b.file('/etc/shadow', passwd.replace(/^([^:]+):x:.*$/gm, '$1:*:20000:0:99999:7:::'), 0o640);
  b.file('/etc/shells', SHELLS_DEBIAN);
  b.file('/etc/nsswitch.conf', 'passwd:         files\ngroup:          files\nshadow:         files\n\nhosts:          files dns\nnetworks:       files\n\nprotocols:      db files\nservices:       db files\nethers:         db files\nrpc:            db files\n');
  b.file('/etc/profile', 'if [ "$(id -u)" -eq 0 ]; then\n  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nelse\n  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"\nfi\nexport PATH\n');
  b.file('/etc/bash.bashrc', '# System-wide .bashrc file for interactive bash(1) shells.\n');
  b.file('/etc/skel/.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n');
  b.file('/etc/skel/.profile', DEBIAN_PROFILE);
  b.file('/root/.bashrc', DEBIAN_BASHRC);
  b.file('/root/.profile', DEBIAN_PROFILE);
  b.link('/etc/localtime', '/usr/share/zoneinfo/Etc/UTC');

  // apt: the images ship with empty package lists (apt-get update first)
  b.dir('/var/lib/apt/lists/partial', 0o700);
  b.dir('/var/cache/apt/archives/partial', 0o700);
  b.file('/var/lib/dpkg/status', '');
  b.file('/etc/apt/apt.conf.d/docker-clean', 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nAPT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nDir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n');
  if (distro.startsWith('debian')) {
    const code = distro.startsWith('debian-12') ? 'bookworm' : 'trixie';
    const keyring = code === 'bookworm' ? 'debian-archive-keyring.gpg' : 'debian-archive-keyring.pgp';
    b.file(
      '/etc/apt/sources.list.d/debian.sources',
      `Types: deb\nURIs: http://deb.debian.org/debian\nSuites: ${code} ${code}-updates\nComponents: main\nSigned-By: /usr/share/keyrings/${keyring}\n\n` +
        `Types: deb\nURIs: http://deb.debian.org/debian-security\nSuites: ${code}-security\nComponents: main\nSigned-By: /usr/share/keyrings/${keyring}\n`,
    );
  } else if (distro === 'ubuntu-24.04' || distro === 'ubuntu-26.04') {
    const code = distro === 'ubuntu-24.04' ? 'noble' : 'resolute';
    b.file(
      '/etc/apt/sources.list.d/ubuntu.sources',
      `Types: deb\nURIs: http://archive.ubuntu.com/ubuntu/\nSuites: ${code} ${code}-updates ${code}-backports\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n\n` +
        `Types: deb\nURIs: http://security.ubuntu.com/ubuntu/\nSuites: ${code}-security\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n`,
    );
  } else {
    const code = distro === 'ubuntu-22.04' ? 'jammy' : 'trusty';
    b.file(
      '/etc/apt/sources.list',
      `deb http://archive.ubuntu.com/ubuntu/ ${code} main restricted\ndeb http://archive.ubuntu.com/ubuntu/ ${code}-updates main restricted\n` +
        `deb http://archive.ubuntu.com/ubuntu/ ${code} universe\ndeb http://archive.ubuntu.com/ubuntu/ ${code}-updates universe\n` +
        `deb http://security.ubuntu.com/ubuntu/ ${code}-security main restricted\ndeb http://security.ubuntu.com/ubuntu/ ${code}-security universe\n`,
    );
  }
  if (distro === 'ubuntu-14.04') b.file('/run/systemd/container', 'docker\n');
}

/** In trusty these live in /bin and /sbin; everything else goes to /usr/bin, /usr/sbin. */
const TRUSTY_ROOT_BIN = new Set(
  `bash sh dash rbash cat chgrp chmod chown cp date dd df dir echo false grep egrep fgrep gunzip gzip zcat hostname
  dnsdomainname domainname kill ln login ls mkdir mknod mktemp more mount mountpoint mv netstat ping ping6 ps pwd
  readlink rm rmdir sed sleep ss ip stty su sync tar touch true umount uname vdir which run-parts tempfile
  lsblk findmnt nc netcat`.split(/\s+/),
);
const TRUSTY_ROOT_SBIN = new Set(
  `ifconfig route arp ip bridge tc ldconfig blkid fsck mkswap swapon swapoff sysctl start-stop-daemon ifup ifdown
  ifquery dhclient initctl nameif mii-tool plipconfig rarp slattach ipmaddr iptunnel`.split(/\s+/),
);

/** Where a program of a Debian/Ubuntu/EL image lives. */
export function debianProgramDir(distro: DistroKey, name: string): string {
  if (distro === 'ubuntu-14.04') {
    if (TRUSTY_ROOT_SBIN.has(name)) return '/sbin';
    if (TRUSTY_ROOT_BIN.has(name)) return '/bin';
  }
  return SBIN.has(name) ? '/usr/sbin' : '/usr/bin';
}

export function buildDebianLike(b: TreeBuilder, distro: DistroKey, programs: string[]): void {
  skeleton(b, distro !== 'ubuntu-14.04');
  debianEtc(b, distro);
  b.file('/usr/lib64/ld-linux-x86-64.so.2', 'ELF shared object (simulated: ld-linux-x86-64.so.2)\n', 0o755);
  for (const name of programs) b.bins(debianProgramDir(distro, name), [name]);
  if (b.exists('/usr/bin/dash')) b.link('/usr/bin/sh', 'dash');
  if (distro === 'ubuntu-14.04') b.link('/bin/sh', 'dash');
  if (b.exists('/usr/bin/mawk')) b.link('/usr/bin/awk', '/etc/alternatives/awk').link('/etc/alternatives/awk', '/usr/bin/mawk');
}

export function buildOracleLinux(b: TreeBuilder, distro: 'oraclelinux-9' | 'oraclelinux-7', programs: string[]): void {
  skeleton(b, true);
  const version = distro === 'oraclelinux-9' ? '9.8' : '7.9';
  b.file('/usr/lib/os-release', OS_RELEASE[distro]);
  b.link('/etc/os-release', '../usr/lib/os-release');
  b.file('/etc/oracle-release', `Oracle Linux Server release ${version}\n`);
  b.link('/etc/redhat-release', 'oracle-release');
  b.link('/etc/system-release', 'oracle-release');
  b.file('/etc/passwd', EL_PASSWD);
  b.file('/etc/group', EL_GROUP);
  b.file('/etc/shadow', EL_PASSWD.replace(/^([^:]+):x:.*$/gm, '$1:*:20000:0:99999:7:::'), 0o000);
  b.dir('/etc/yum.repos.d');
  b.dir('/etc/pki/rpm-gpg');
  b.file('/root/.bashrc', '# .bashrc\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n');
  b.file('/root/.bash_profile', '# .bash_profile\n');
  b.dir('/var/lib/rpm');
  b.dir(distro === 'oraclelinux-9' ? '/var/cache/dnf' : '/var/cache/yum');
  for (const name of programs) b.bins(debianProgramDir(distro, name), [name]);
  if (b.exists('/usr/bin/bash')) b.link('/usr/bin/sh', 'bash');
  if (b.exists('/usr/bin/gawk')) b.link('/usr/bin/awk', 'gawk');
}
