/**
 * `df` inside a container, in busybox's and GNU coreutils' layouts: the
 * overlay root, tmpfs mounts, volumes and binds on the host disk.
 */
import type { WorldProgram } from '../world.ts';
import { containerMounts, type MountEntry } from '../../engine/containers/mount-table.ts';

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

function percent(m: MountEntry): string {
  if (m.blocks === 0) return m.used === 0 ? '0%' : '-';
  return `${Math.ceil((m.used * 100) / (m.used + m.available))}%`;
}

function rows(ctx: Parameters<WorldProgram>[0]): MountEntry[] | null {
  const c = ctx.world.container;
  if (!c) return null;
  return containerMounts(c).filter((m) => m.inDf);
}

export const busyboxDf: WorldProgram = async (ctx) => {
  const human = ctx.argv.includes('-h');
  const list = rows(ctx);
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
    out.push(`${src}${human ? cols.join('') : cols.join('').slice(1)} ${percent(m).padStart(3)} ${m.target}`);
  }
  ctx.stdout.write(out.join('\n') + '\n');
  return 0;
};

export const gnuDf: WorldProgram = async (ctx) => {
  const human = ctx.argv.includes('-h');
  const list = rows(ctx);
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
  return 0;
};
