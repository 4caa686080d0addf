/**
 * Which commands each image really has on its PATH, and what the package
 * manager inside it can add. Names only; the rootfs builders turn them into
 * files. Where a fact could not be confirmed the conservative answer
 * (absent) was taken, and a comment says so.
 *
 * Sources: docker-library/repo-info (the dpkg/rpm package list of each
 * image's amd64 build, and the Dockerfile history), the official Dockerfiles,
 * docker-library/busybox (the build: defconfig + ar + inotifyd, all applets
 * installed in /bin) and a `busybox --help` listing of busybox:latest 1.37.
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/**
 * busybox:latest (glibc build, BusyBox 1.37/1.38 `make defconfig` plus AR and
 * INOTIFYD): the applet list `busybox --help` prints, all installed in /bin.
 */
export const BUSYBOX_APPLETS = words(`
[ [[ acpid add-shell addgroup adduser adjtimex ar arch arp arping ascii ash awk base32 base64 basename bc beep
blkdiscard blkid blockdev bootchartd brctl bunzip2 bzcat bzip2 cal cat chat chattr chgrp chmod chown chpasswd
chpst chroot chrt chvt cksum clear cmp comm conspy cp cpio crc32 crond crontab cryptpw cttyhack cut date dc dd
deallocvt delgroup deluser depmod devmem df dhcprelay diff dirname dmesg dnsd dnsdomainname dos2unix dpkg
dpkg-deb du dumpkmap dumpleases echo ed egrep eject env envdir envuidgid ether-wake expand expr factor
fakeidentd fallocate false fatattr fbset fbsplash fdflush fdformat fdisk fgconsole fgrep find findfs flock fold
free freeramdisk fsck fsck.minix fsfreeze fstrim fsync ftpd ftpget ftpput fuser getfattr getopt getty grep
groups gunzip gzip halt hd hdparm head hexdump hexedit hostid hostname httpd hush hwclock i2cdetect i2cdump
i2cget i2cset i2ctransfer id ifconfig ifdown ifenslave ifplugd ifup inetd init inotifyd insmod install ionice
iostat ip ipaddr ipcalc ipcrm ipcs iplink ipneigh iproute iprule iptunnel kbd_mode kill killall killall5 klogd
last less link linux32 linux64 linuxrc ln loadfont loadkmap logger login logname logread losetup lpd lpq lpr
ls lsattr lsmod lsof lspci lsscsi lsusb lzcat lzma lzop makedevs makemime man md5sum mdev mesg microcom mim
mkdir mkdosfs mke2fs mkfifo mkfs.ext2 mkfs.minix mkfs.vfat mknod mkpasswd mkswap mktemp modinfo modprobe more
mount mountpoint mpstat mt mv nameif nanddump nandwrite nbd-client nc netstat nice nl nmeter nohup nologin
nproc nsenter nslookup ntpd od openvt partprobe passwd paste patch pgrep pidof ping ping6 pipe_progress
pivot_root pkill pmap popmaildir poweroff powertop printenv printf ps pscan pstree pwd pwdx raidautorun rdate
rdev readahead readlink readprofile realpath reboot reformime remove-shell renice reset resize resume rev rm
rmdir rmmod route rpm rpm2cpio rtcwake run-init run-parts runlevel runsv runsvdir rx script scriptreplay sed
seedrng sendmail seq setarch setconsole setfattr setfont setkeycodes setlogcons setpriv setserial setsid
setuidgid sh sha1sum sha256sum sha3sum sha512sum showkey shred shuf slattach sleep smemcap softlimit sort
split ssl_client start-stop-daemon stat strings stty su sulogin sum sv svc svlogd svok swapoff swapon
switch_root sync sysctl syslogd tac tail tar taskset tc tcpsvd tee telnet telnetd test tftp tftpd time timeout
top touch tr traceroute traceroute6 tree true truncate ts tsort tty ttysize tunctl ubiattach ubidetach
ubimkvol ubirename ubirmvol ubirsvol ubiupdatevol udhcpc udhcpc6 udhcpd udpsvd uevent umount uname unexpand
uniq unix2dos unlink unlzma unshare unxz unzip uptime users usleep uudecode uuencode vconfig vi vlock volname w
wall watch watchdog wc wget which who whoami whois xargs xxd xz xzcat yes zcat zcip
`);

/**
 * Alpine's busybox build, by install directory (the layout of the Alpine
 * minirootfs). Partly confirmed against a public listing of the minirootfs
 * layer (bin/ and sbin/); the usr/ parts are from Alpine's busybox package
 * as remembered and may miss a few rarely used applets. Alpine's busybox
 * has no httpd/telnet/ftpd (those are in busybox-extras).
 */
export const ALPINE_BUSYBOX: Record<string, string[]> = {
  '/bin': words(`arch ash base64 bbconfig cat chattr chgrp chmod chown cp date dd df dmesg dnsdomainname dumpkmap
    echo ed egrep false fatattr fdflush fgrep fsync getopt grep gunzip gzip hostname ionice iostat ipcalc kbd_mode
    kill link linux32 linux64 ln login ls lsattr lzop makemime mkdir mknod mktemp more mount mountpoint mpstat mv
    netstat nice pidof ping ping6 pipe_progress printenv ps pwd reformime rev rm rmdir run-parts sed setpriv
    setserial sh sleep stat stty su sync tar touch true umount uname usleep watch zcat`),
  '/sbin': words(`acpid adjtimex arp blkid blockdev depmod fbsplash fdisk findfs fsck fstrim getty halt hwclock
    ifconfig ifdown ifenslave ifup init inotifyd insmod ip ipaddr iplink ipneigh iproute iprule iptunnel klogd
    loadkmap logread losetup lsmod mdev mkdosfs mkfs.vfat mkmntdirs mkswap modinfo modprobe nameif nologin
    pivot_root poweroff raidautorun reboot rmmod route setconsole slattach swapoff swapon switch_root sysctl
    syslogd tunctl udhcpc vconfig watchdog`),
  '/usr/bin': words(`[ [[ awk basename bc beep blkdiscard bunzip2 bzcat bzip2 cal chvt cksum clear cmp comm cpio
    crontab cryptpw cut dc deallocvt diff dirname dos2unix du eject env expand expr factor fallocate find flock
    fold free fuser groups hd head hexdump hostid id install ipcrm ipcs killall last less logger lsof lsusb lzcat
    lzma md5sum mesg microcom mkfifo mkpasswd nc nl nmeter nohup nproc nsenter nslookup od openvt passwd paste
    pgrep pkill pmap printf pscan pstree pwdx readlink realpath renice reset resize seq setkeycodes setsid
    sha1sum sha256sum sha3sum sha512sum showkey shred shuf sort split strings sum tac tail tee test time timeout
    top tr traceroute traceroute6 tree truncate tty ttysize unexpand uniq unix2dos unlink unlzma unshare unxz
    unzip uptime uudecode uuencode vi vlock volname wc wget which who whoami whois xargs xxd xzcat yes`),
  '/usr/sbin': words(`add-shell addgroup adduser arping brctl chpasswd chroot crond delgroup deluser ether-wake
    fbset killall5 loadfont nanddump nandwrite nbd-client ntpd partprobe rdate rdev readahead remove-shell rfkill
    sendmail setfont setlogcons`),
};

/** Not busybox, but in every alpine:3.x image: apk-tools, musl-utils, scanelf, ssl_client. */
export const ALPINE_EXTRA: Record<string, string[]> = {
  '/bin': ['busybox'],
  '/sbin': ['apk', 'ldconfig'],
  '/usr/bin': ['getconf', 'getent', 'iconv', 'ldd', 'scanelf', 'ssl_client'],
};

export const COREUTILS = words(`[ arch b2sum base32 base64 basename basenc cat chcon chgrp chmod chown chroot cksum
  comm cp csplit cut date dd df dir dircolors dirname du echo env expand expr factor false fmt fold groups head
  hostid id install join link ln logname ls md5sum mkdir mkfifo mknod mktemp mv nice nl nohup nproc numfmt od
  paste pathchk pinky pr printenv printf ptx pwd readlink realpath rm rmdir runcon seq sha1sum sha224sum
  sha256sum sha384sum sha512sum shred shuf sleep sort split stat stdbuf stty sum sync tac tail tee test timeout
  touch tr true truncate tsort tty uname unexpand uniq unlink users vdir wc who whoami yes`);

/**
 * Essential/required packages of a Debian trixie or Ubuntu noble/jammy image:
 * bash, dash (sh), coreutils, grep, sed, findutils, gzip, tar, mawk, diffutils,
 * hostname (confirmed in trixie-slim's dpkg list), util-linux + mount, login,
 * passwd, dpkg, apt, debianutils, ncurses-bin, perl-base, bsdutils. NOT there:
 * ping (iputils-ping), ip (iproute2), ifconfig (net-tools), ps/top/free (procps),
 * curl, wget, nslookup/dig, vim, less, nano.
 */
export const DEBIAN_BASE = [
  ...words(`bash sh dash rbash grep sed find xargs gzip gunzip zcat zgrep tar awk mawk diff diff3 cmp sdiff
    hostname dnsdomainname domainname mount umount findmnt lsblk more mountpoint flock getopt ionice nsenter
    unshare renice setsid taskset chrt lscpu logger script su login passwd chpasswd chsh chfn newgrp
    useradd userdel usermod groupadd groupdel groupmod dpkg dpkg-query dpkg-deb dpkg-divert dpkg-split
    dpkg-statoverride dpkg-trigger dpkg-maintscript-helper start-stop-daemon apt apt-get apt-cache apt-config
    apt-mark debconf debconf-set-selections which run-parts savelog add-shell remove-shell ischroot clear tput
    reset tset infocmp perl ldconfig ldd getconf getent iconv locale pwck grpck chage expiry gpasswd nologin
    blkid fsck`),
  ...COREUTILS,
];

/** What trixie-slim's debootstrap has, as the bases of nginx, httpd, postgres, redis, wordpress use. */
export const DEBIAN_SLIM_BASE = DEBIAN_BASE;

/**
 * ubuntu:14.04 (trusty), from its dpkg list in repo-info: ubuntu-minimal with
 * iputils-ping, iproute2, net-tools, netcat-openbsd, procps, vim-tiny, less,
 * sudo, isc-dhcp-client, ifupdown, python3, rsyslog, cron. No curl, no wget,
 * no dnsutils.
 */
export const UBUNTU_TRUSTY_EXTRA = words(`ping ping6 ip ss bridge tc rtacct ifconfig netstat route arp nameif
  mii-tool plipconfig rarp slattach ipmaddr iptunnel nc netcat ps top free kill pgrep pkill pmap pwdx skill
  snice sysctl tload uptime vmstat w watch slabtop pidof vi vim.tiny view ex less lesspipe sudo sudoedit
  dhclient ifup ifdown ifquery python3 python3.4 rsyslogd cron crontab ntpdate initctl service
  update-rc.d invoke-rc.d`);

/** buildpack-deps:trixie (under node and python): curl, wget, gnupg, git, mercurial, openssh-client,
 * subversion, procps, and a full compiler toolchain with many -dev libraries. */
export const BUILDPACK_EXTRA = words(`curl wget gpg gpgv gpg-agent sq git hg svn svnadmin ssh scp sftp ssh-keygen
  ssh-add ssh-agent ssh-keyscan ps top free kill pgrep pkill pmap pwdx skill snice sysctl tload uptime vmstat w
  watch slabtop pidof gcc g++ cc c++ cpp make autoconf automake autoreconf libtool libtoolize pkg-config patch
  file unzip xz unxz xzcat bzip2 bunzip2 bzcat convert identify magick mogrify python3 perl`);

/**
 * Package name -> commands it adds, for `apt-get install` in Debian/Ubuntu
 * images (after `apt-get update`: the images ship with empty package lists).
 * The command each package provides is the real one (Debian trixie / Ubuntu).
 */
export const APT_PACKAGES: Record<string, string[]> = {
  'iputils-ping': ['ping', 'ping4', 'ping6'], // iputils: ping (ping4/ping6 are links to it)
  'iputils-tracepath': ['tracepath'],
  'iputils-arping': ['arping'],
  curl: ['curl'],
  wget: ['wget'],
  dnsutils: ['dig', 'nslookup', 'nsupdate', 'delv', 'host'], // transitional -> bind9-dnsutils (+ bind9-host)
  'bind9-dnsutils': ['dig', 'nslookup', 'nsupdate', 'delv', 'host'],
  'bind9-host': ['host'],
  iproute2: ['ip', 'ss', 'bridge', 'tc'],
  'net-tools': ['ifconfig', 'netstat', 'route', 'arp', 'nameif', 'mii-tool'],
  procps: ['ps', 'top', 'free', 'kill', 'pgrep', 'pkill', 'pidof', 'pmap', 'uptime', 'vmstat', 'w', 'watch', 'sysctl'],
  vim: ['vim', 'vi', 'view', 'ex', 'vimdiff', 'rvim'],
  'vim-tiny': ['vi', 'vim.tiny', 'view', 'ex'],
  nano: ['nano'],
  less: ['less', 'lesspipe'],
  'netcat-openbsd': ['nc', 'netcat'],
  'netcat-traditional': ['nc', 'nc.traditional', 'netcat'],
  telnet: ['telnet'],
  traceroute: ['traceroute', 'traceroute6'],
  tcpdump: ['tcpdump'],
  iperf3: ['iperf3'],
  jq: ['jq'],
  git: ['git'],
  'openssh-client': ['ssh', 'scp', 'sftp', 'ssh-keygen', 'ssh-keyscan'],
  htop: ['htop'],
  lsof: ['lsof'],
  strace: ['strace'],
  tree: ['tree'],
  'default-mysql-client': ['mysql', 'mariadb', 'mysqldump', 'mysqladmin'], // MariaDB client in Debian
  'mariadb-client': ['mysql', 'mariadb', 'mysqldump', 'mysqladmin'],
  'postgresql-client': ['psql', 'pg_dump', 'pg_restore', 'pg_isready'],
  'redis-tools': ['redis-cli', 'redis-benchmark'],
  python3: ['python3'],
  sqlite3: ['sqlite3'],
};

/** `apk add` in Alpine images (alpine, nginx:alpine). */
export const APK_PACKAGES: Record<string, string[]> = {
  curl: ['curl'],
  wget: ['wget'], // GNU wget, replaces the busybox applet
  'bind-tools': ['dig', 'nslookup', 'host', 'nsupdate', 'delv'],
  iproute2: ['ip', 'ss', 'bridge', 'tc'],
  iputils: ['ping', 'arping', 'tracepath'],
  'iputils-ping': ['ping'],
  'net-tools': ['ifconfig', 'netstat', 'route', 'arp'],
  'procps-ng': ['ps', 'top', 'free', 'pgrep', 'pkill', 'pidof', 'pmap', 'uptime', 'vmstat', 'w', 'watch', 'sysctl'],
  procps: ['ps', 'top', 'free', 'pgrep', 'pkill', 'pidof', 'pmap', 'uptime', 'vmstat', 'w', 'watch', 'sysctl'],
  bash: ['bash'],
  vim: ['vim', 'vimdiff', 'view', 'ex'],
  nano: ['nano'],
  less: ['less'],
  'netcat-openbsd': ['nc'],
  'busybox-extras': ['telnet', 'httpd', 'ftpget', 'ftpput'],
  tcpdump: ['tcpdump'],
  iperf3: ['iperf3'],
  jq: ['jq'],
  git: ['git'],
  'openssh-client': ['ssh', 'scp', 'sftp', 'ssh-keygen', 'ssh-keyscan'],
  htop: ['htop'],
  lsof: ['lsof'],
  strace: ['strace'],
  'mysql-client': ['mysql', 'mariadb', 'mysqldump', 'mysqladmin'], // MariaDB client in Alpine
  'postgresql-client': ['psql', 'pg_dump', 'pg_restore', 'pg_isready'],
  redis: ['redis-server', 'redis-cli', 'redis-benchmark'],
  python3: ['python3'],
  nodejs: ['node'],
  npm: ['npm', 'npx'],
  sqlite: ['sqlite3'],
};

/** `microdnf install` (Oracle Linux 9, mysql:latest) and `yum install` (Oracle Linux 7, mysql:5.7). */
export const RPM_PACKAGES: Record<string, string[]> = {
  iputils: ['ping', 'tracepath', 'arping'],
  'procps-ng': ['ps', 'top', 'free', 'kill', 'pgrep', 'pkill', 'pidof', 'pmap', 'uptime', 'vmstat', 'w', 'watch', 'sysctl'],
  iproute: ['ip', 'ss', 'bridge', 'tc'],
  'net-tools': ['ifconfig', 'netstat', 'route', 'arp'],
  'bind-utils': ['dig', 'nslookup', 'host', 'nsupdate'],
  hostname: ['hostname'],
  'vim-minimal': ['vi'],
  'vim-enhanced': ['vim', 'vimdiff'],
  nano: ['nano'],
  less: ['less'],
  'nmap-ncat': ['nc', 'ncat'],
  wget: ['wget'],
  'util-linux': ['mount', 'umount', 'findmnt', 'lsblk', 'nsenter', 'unshare'],
  jq: ['jq'],
  tcpdump: ['tcpdump'],
};
