/**
 * `df` inside a container, in busybox's and GNU coreutils' layouts: the
 * overlay root, tmpfs mounts, volumes and binds on the host disk.
 */
import type { WorldProgram } from '../world.ts';
import { HOST_DISK, containerMounts, type MountEntry } from '../../engine/containers/mount-table.ts';
import { isWithin, resolvePath } from '../../vfs/path.ts';

/** busybox/coreutils human size from 1K blocks: 58.4G, 64.0M (busybox keeps one decimal). */
function busyboxHuman(kb: number): string {
  if (kb === 0) return '0';
  const units = ['K', 'M', 'G', 'T'];
  let v = kb;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)}${units[u]}`;
}

function gnuHuman(kb: number): string {
  if (kb === 0) return '0';
  const units = ['K', 'M', 'G', 'T'];
  let v = kb;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  // GNU rounds up, one decimal below 10
  return v < 10 ? `${(Math.ceil(v * 10) / 10).toFixed(1)}${units[u]}` : `${Math.ceil(v)}${units[u]}`;
}

/** Use%: GNU rounds up; busybox rounds to the nearest (a few KB on a big tmpfs is 0%). */
function percent(m: MountEntry, round: (x: number) => number = Math.ceil): string {
  if (m.blocks === 0) return m.used === 0 ? '0%' : '-';
  return `${round((m.used * 100) / (m.used + m.available))}%`;
}

/** How many rows were asked for: one per FILE argument, or all of them. */
function paths(ctx: Parameters<WorldProgram>[0]): number {
  return ctx.argv.slice(1).filter((a) => !a.startsWith('-') || a === '-').length;
}

/** The mount a path lives on: the deepest mount point that contains it. */
function mountOf(list: MountEntry[], path: string): MountEntry {
  let best = list[0];
  for (const m of list) if (isWithin(path, m.target) && m.target.length >= best.target.length) best = m;
  return best;
}

/** One file system per device: the host disk's binds all share /dev/vda's. */
const device = (m: MountEntry) => (m.source === HOST_DISK.device ? m.source : m.fstype === 'proc' ? 'proc' : m.target);

/**
 * The rows to print: every real file system, or with FILE arguments the one
 * each lives on. busybox finds it as find_mount_point() does: the first
 * mount table entry named like the path or on the same device, so every
 * path on the host disk shows the first /dev/vda row. A missing path is an
 * error and the status 1, the others are still printed.
 */
function rows(ctx: Parameters<WorldProgram>[0], name: string): MountEntry[] | null {
  const c = ctx.world.container;
  if (!c) return null;
  const all = containerMounts(c);
  const args = ctx.argv.slice(1).filter((a) => !a.startsWith('-') || a === '-');
  if (args.length === 0) return all.filter((m) => m.inDf);
  const out: MountEntry[] = [];
  for (const arg of args) {
    const path = resolvePath(ctx.cwd, arg);
    if (!ctx.fs.stat(path)) {
      ctx.stderr.write(name === 'busybox' ? `df: ${arg}: can't find mount point\n` : `df: ${arg}: No such file or directory\n`);
      continue;
    }
    const dev = device(mountOf(all, path));
    out.push(name === 'busybox' ? all.find((m) => m.target === path || device(m) === dev)! : mountOf(all, path));
  }
  return out;
}

export const busyboxDf: WorldProgram = async (ctx) => {
  const human = ctx.argv.includes('-h');
  const list = rows(ctx, 'busybox');
  if (!list) return 1;
  const out: string[] = [];
  out.push(
    human
      ? `${'Filesystem'.padEnd(20)}${'Size'.padStart(10)}${'Used'.padStart(10)}${'Available'.padStart(10)} Use% Mounted on`
      : `${'Filesystem'.padEnd(20)} 1K-blocks      Used Available Use% Mounted on`,
  );
  for (const m of list) {
    const cols = human
      ? [busyboxHuman(m.blocks), busyboxHuman(m.used), busyboxHuman(m.available)].map((v) => v.padStart(10))
      : [String(m.blocks).padStart(10), String(m.used).padStart(10), String(m.available).padStart(10)];
    const src = human ? m.source.padEnd(20) : m.source.padEnd(20) + ' ';
    out.push(`${src}${human ? cols.join('') : cols.join('').slice(1)} ${percent(m, Math.round).padStart(4)} ${m.target}`);
  }
  ctx.stdout.write(out.join('\n') + '\n');
  return paths(ctx) === 0 || list.length === paths(ctx) ? 0 : 1;
};

export const gnuDf: WorldProgram = async (ctx) => {
  const human = ctx.argv.includes('-h');
  const list = rows(ctx, 'gnu');
  if (!list) return 1;
  const table = [
    ['Filesystem', human ? 'Size' : '1K-blocks', 'Used', human ? 'Avail' : 'Available', 'Use%', 'Mounted on'],
    ...list.map((m) => [
      m.source,
      ...(human ? [gnuHuman(m.blocks), gnuHuman(m.used), gnuHuman(m.available)] : [String(m.blocks), String(m.used), String(m.available)]),
      percent(m),
      m.target,
    ]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  widths[0] = Math.max(widths[0], 14);
  const out = table.map((r) =>
    r.map((cell, i) => (i === 0 || i === 5 ? (i === 5 ? cell : cell.padEnd(widths[i])) : cell.padStart(widths[i]))).join(' '),
  );
  ctx.stdout.write(out.join('\n') + '\n');
  return paths(ctx) === 0 || list.length === paths(ctx) ? 0 : 1;
};
