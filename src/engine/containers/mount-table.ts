/**
 * The mount table a container sees (what df and mount print): the overlay
 * root, the runtime's pseudo file systems, the container's volumes, binds
 * and tmpfs, and the three files Docker bind-mounts into /etc.
 */
import type { ContainerRecord } from '../../engine/state.ts';

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

/** The simulated host disk and memory: 60G disk, 8G of RAM (tmpfs defaults to half). */
export const HOST_DISK = { device: '/dev/sda1', blocks: 61202244, used: 12894720, available: 45165876 };
const RAM_HALF = 4038804;

export function containerMounts(c: ContainerRecord): MountEntry[] {
  const disk = (target: string, ro: boolean): MountEntry => ({
    source: HOST_DISK.device,
    target,
    fstype: 'ext4',
    options: `${ro ? 'ro' : 'rw'},relatime,errors=remount-ro`,
    blocks: HOST_DISK.blocks,
    used: HOST_DISK.used,
    available: HOST_DISK.available,
    inDf: true,
  });
  const tmpfs = (source: string, target: string, options: string, blocks: number, inDf = true): MountEntry => ({
    source, target, fstype: 'tmpfs', options, blocks, used: 0, available: blocks, inDf,
  });
  const id = c.Id;
  const out: MountEntry[] = [
    {
      source: 'overlay',
      target: '/',
      fstype: 'overlay',
      options: `rw,relatime,lowerdir=/var/lib/docker/overlay2/l/${id.slice(0, 26).toUpperCase()}:/var/lib/docker/overlay2/l/${id.slice(26, 52).toUpperCase()},upperdir=/var/lib/docker/overlay2/${id}/diff,workdir=/var/lib/docker/overlay2/${id}/work`,
      blocks: HOST_DISK.blocks,
      used: HOST_DISK.used,
      available: HOST_DISK.available,
      inDf: true,
    },
    { source: 'proc', target: '/proc', fstype: 'proc', options: 'rw,nosuid,nodev,noexec,relatime', blocks: 0, used: 0, available: 0, inDf: false },
    tmpfs('tmpfs', '/dev', 'rw,nosuid,size=65536k,mode=755', 65536),
    { source: 'devpts', target: '/dev/pts', fstype: 'devpts', options: 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666', blocks: 0, used: 0, available: 0, inDf: false },
    { source: 'sysfs', target: '/sys', fstype: 'sysfs', options: 'ro,nosuid,nodev,noexec,relatime', blocks: 0, used: 0, available: 0, inDf: false },
    { source: 'cgroup', target: '/sys/fs/cgroup', fstype: 'cgroup2', options: 'ro,nosuid,nodev,noexec,relatime', blocks: 0, used: 0, available: 0, inDf: false },
    { source: 'mqueue', target: '/dev/mqueue', fstype: 'mqueue', options: 'rw,nosuid,nodev,noexec,relatime', blocks: 0, used: 0, available: 0, inDf: false },
    tmpfs('shm', '/dev/shm', 'rw,nosuid,nodev,noexec,relatime,size=65536k', 65536),
  ];
  for (const m of c.Mounts) {
    if (m.Type === 'tmpfs') out.push(tmpfs('tmpfs', m.Destination, `${m.RW ? 'rw' : 'ro'},nosuid,nodev,noexec,relatime`, RAM_HALF));
    else out.push(disk(m.Destination, !m.RW));
  }
  for (const [dst, opts] of Object.entries(c.HostConfig.Tmpfs ?? {})) {
    const size = /size=(\d+)([kmg]?)/i.exec(opts);
    const blocks = size ? Number(size[1]) * ({ '': 1 / 1024, k: 1, m: 1024, g: 1024 * 1024 }[size[2].toLowerCase()] ?? 1) : RAM_HALF;
    out.push(tmpfs('tmpfs', dst, `rw,nosuid,nodev,noexec,relatime${size ? `,size=${size[1]}${size[2]}` : ''}`, Math.round(blocks)));
  }
  for (const file of ['/etc/resolv.conf', '/etc/hostname', '/etc/hosts']) out.push(disk(file, false));
  out.push(tmpfs('tmpfs', '/proc/acpi', 'ro,relatime', 0), tmpfs('tmpfs', '/sys/firmware', 'ro,relatime', 0));
  return out;
}
