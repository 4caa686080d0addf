/**
 * The mount table a container sees (what df and mount print), laid out as
 * a Docker 20.10+ runc container on a cgroup v1 host shows it: the overlay
 * root, the runtime's pseudo file systems, the container's volumes, binds
 * and tmpfs (sorted by path depth, as the daemon mounts them), the three
 * files Docker bind-mounts into /etc, and runc's masked paths.
 */
import type { ContainerRecord } from '../../engine/state.ts';
import type { DirNode, FsNode } from '../../vfs/node.ts';
import { tmpfsRequestedMode } from './lifecycle.ts';

export interface MountEntry {
  source: string;
  target: string;
  fstype: string;
  options: string;
  /** sizes in 1K blocks */
  blocks: number;
  used: number;
  available: number;
  /** listed by df (pseudo file systems like proc are not) */
  inDf: boolean;
}

/** The simulated host: a 252G virtio disk (/dev/vda) and 24G of RAM (tmpfs defaults to half). */
export const HOST_DISK = { device: '/dev/vda', blocks: 264212084, used: 23115904, available: 83275008 };
const RAM_HALF_KB = 12342044;
const EXT4_OPTIONS = 'relatime,discard,resv_strict,resuid=65534,resgid=65534';

const pseudo = (source: string, target: string, fstype: string, options: string): MountEntry => ({
  source, target, fstype, options, blocks: 0, used: 0, available: 0, inDf: false,
});
const tmpfs = (source: string, target: string, options: string, blocks: number, inDf = true): MountEntry => ({
  source, target, fstype: 'tmpfs', options, blocks, used: 0, available: blocks, inDf,
});
const disk = (target: string, ro: boolean): MountEntry => ({
  source: HOST_DISK.device,
  target,
  fstype: 'ext4',
  options: `${ro ? 'ro' : 'rw'},${EXT4_OPTIONS}`,
  blocks: HOST_DISK.blocks,
  used: HOST_DISK.used,
  available: HOST_DISK.available,
  inDf: true,
});

const CGROUPS = ['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'blkio', 'pids'];

function tmpfsSizeKb(options: string): number | null {
  const size = /(?:^|,)size=(\d+)([kmg]?)/i.exec(options);
  if (!size) return null;
  const factor = { '': 1 / 1024, k: 1, m: 1024, g: 1024 * 1024 }[size[2].toLowerCase()] ?? 1;
  return Math.round(Number(size[1]) * factor);
}

/** 1K blocks a tmpfs's files take: whole 4K pages, none for directories. */
function pagesKb(node: FsNode | undefined): number {
  if (!node) return 0;
  if (node.t === 'f') return Math.ceil(new TextEncoder().encode(node.data).length / 4096) * 4;
  if (node.t !== 'd') return 0;
  return Object.values(node.c).reduce((sum, child) => sum + pagesKb(child), 0);
}

/** A container's own tmpfs, with what its files use. */
function withUsage(entry: MountEntry, tree: DirNode | undefined): MountEntry {
  const used = Math.min(pagesKb(tree), entry.blocks);
  return { ...entry, used, available: entry.blocks - used };
}

/** The kernel lists a tmpfs's mode only when it is not the default 1777: `,mode=700`. */
function modeOption(c: ContainerRecord, destination: string): string {
  const mode = tmpfsRequestedMode(c, destination);
  return mode === 0o1777 ? '' : `,mode=${mode.toString(8)}`;
}

export function containerMounts(c: ContainerRecord): MountEntry[] {
  const id = c.Id;
  const lower = (seed: string) => seed.toUpperCase().replace(/[^A-Z0-9]/g, 'A').slice(0, 26).padEnd(26, 'Q');
  const out: MountEntry[] = [
    {
      source: 'overlay',
      target: '/',
      fstype: 'overlay',
      options: `rw,relatime,lowerdir=/var/lib/docker/overlay2/l/${lower(id.slice(0, 26))}:/var/lib/docker/overlay2/l/${lower(c.Image.slice(7, 33))},upperdir=/var/lib/docker/overlay2/${id}/diff,workdir=/var/lib/docker/overlay2/${id}/work`,
      blocks: HOST_DISK.blocks,
      used: HOST_DISK.used,
      available: HOST_DISK.available,
      inDf: true,
    },
    pseudo('proc', '/proc', 'proc', 'rw,nosuid,nodev,noexec,relatime'),
    tmpfs('tmpfs', '/dev', 'rw,nosuid,size=65536k,mode=755', 65536),
    pseudo('devpts', '/dev/pts', 'devpts', 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666'),
    pseudo('sysfs', '/sys', 'sysfs', 'ro,nosuid,nodev,noexec,relatime'),
    tmpfs('tmpfs', '/sys/fs/cgroup', 'rw,nosuid,nodev,noexec,relatime,mode=755', RAM_HALF_KB),
    ...CGROUPS.map((g) => pseudo('cgroup', `/sys/fs/cgroup/${g}`, 'cgroup', `ro,nosuid,nodev,noexec,relatime,${g}`)),
    pseudo('cgroup', '/sys/fs/cgroup/systemd', 'cgroup', 'ro,nosuid,nodev,noexec,relatime,name=systemd'),
    pseudo('mqueue', '/dev/mqueue', 'mqueue', 'rw,nosuid,nodev,noexec,relatime'),
    tmpfs('shm', '/dev/shm', 'rw,nosuid,nodev,noexec,relatime,size=65536k', 65536),
  ];
  const own: MountEntry[] = [];
  for (const m of c.Mounts) {
    if (m.Type === 'tmpfs') {
      const spec = c.HostConfig.Mounts?.find((s) => s.Type === 'tmpfs' && s.Target === m.Destination);
      const bytes = spec?.TmpfsOptions?.SizeBytes;
      const kb = bytes ? Math.round(bytes / 1024) : null;
      own.push(withUsage(tmpfs('tmpfs', m.Destination, `${m.RW ? 'rw' : 'ro'},nosuid,nodev,noexec,relatime${kb ? `,size=${kb}k` : ''}${modeOption(c, m.Destination)}`, kb ?? RAM_HALF_KB), c.tmpfs?.[m.Destination]));
    } else own.push(disk(m.Destination, !m.RW));
  }
  for (const [dst, opts] of Object.entries(c.HostConfig.Tmpfs ?? {})) {
    const kb = tmpfsSizeKb(opts);
    const extra = kb === null ? '' : `,size=${kb}k`;
    own.push(withUsage(tmpfs('tmpfs', dst, `${opts.split(',').includes('ro') ? 'ro' : 'rw'},nosuid,nodev,noexec,relatime${extra}${modeOption(c, dst)}`, kb ?? RAM_HALF_KB), c.tmpfs?.[dst]));
  }
  // the daemon sorts every mount, its own /etc files included, by path depth (stable)
  for (const file of ['/etc/resolv.conf', '/etc/hostname', '/etc/hosts']) own.push(disk(file, false));
  const depth = (p: string) => p.split('/').length;
  own.sort((a, b) => depth(a.target) - depth(b.target));
  out.push(...own);
  for (const p of ['bus', 'fs', 'irq', 'sys']) out.push(pseudo('proc', `/proc/${p}`, 'proc', 'ro,nosuid,nodev,noexec,relatime'));
  out.push(
    tmpfs('tmpfs', '/proc/acpi', 'ro,relatime', RAM_HALF_KB),
    tmpfs('tmpfs', '/proc/keys', 'rw,nosuid,size=65536k,mode=755', 65536),
    tmpfs('tmpfs', '/proc/timer_list', 'rw,nosuid,size=65536k,mode=755', 65536),
    tmpfs('tmpfs', '/sys/firmware', 'ro,relatime', RAM_HALF_KB),
  );
  return out;
}
