/**
 * Number and time formats shared by ls, du and stat: human-readable sizes as
 * GNU (round up, one decimal below 10) and busybox (round to nearest, always
 * one decimal) print them, disk blocks of the simulated ext4, and the
 * `Nov 22 07:41` / `Nov 22  2024` dates of `ls -l`.
 */
import type { FileStat } from '../../vfs/types.ts';

const UNITS = ['K', 'M', 'G', 'T', 'P', 'E'];

/** GNU human_readable with -h: 17, 4.9K, 11K, 1.5M (ceiling). */
export function humanGnu(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (value < 10) {
    let v = Math.ceil(value * 10 - 1e-9) / 10;
    if (v >= 10) return carryGnu(10, unit);
    return `${v.toFixed(1)}${UNITS[unit]}`;
  }
  const v = Math.ceil(value - 1e-9);
  if (v >= 1024 && unit < UNITS.length - 1) return `1.0${UNITS[unit + 1]}`;
  return `${v}${UNITS[unit]}`;
}

function carryGnu(v: number, unit: number): string {
  return `${v}${UNITS[unit]}`;
}

/**
 * busybox make_human_readable_str(size, 1, 0): 17, 4.9K, 10.0K, 1.4M.
 * With `fraction` false (busybox's block_size 0) the decimal is rounded away: 24K.
 */
export function humanBusybox(bytes: number, fraction = true): string {
  if (bytes === 0) return '0';
  let val = Math.floor(bytes);
  let unit = -1;
  let frac = 0;
  while (val >= 1024 && unit < UNITS.length - 1) {
    unit++;
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
  }
  if (unit < 0) return String(val);
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  if (!fraction) {
    if (frac >= 5) val++;
    return `${val}${UNITS[unit]}`;
  }
  return `${val}.${frac}${UNITS[unit]}`;
}

/** 1K blocks a file takes on the simulated ext4 (4K blocks); directories take one block, symlinks none. */
export function blocks1k(st: Pick<FileStat, 'type' | 'size'>): number {
  if (st.type === 'dir') return 4;
  if (st.type === 'symlink') return 0;
  return Math.ceil(st.size / 4096) * 4;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Broken-down UTC time of a lab timestamp (ms). */
export function utc(ms: number) {
  const d = new Date(Number.isFinite(ms) ? ms : 0);
  const valid = !Number.isNaN(d.getTime());
  const t = valid ? d : new Date(0);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth(),
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    min: t.getUTCMinutes(),
    sec: t.getUTCSeconds(),
    wday: t.getUTCDay(),
    monthName: MONTHS[t.getUTCMonth()],
    dayName: DAYS[t.getUTCDay()],
  };
}

const HALF_YEAR_GNU = 31556952000 / 2;
const HALF_YEAR_BUSYBOX = (3600 * 24 * 365 * 1000) / 2;

/**
 * `ls -l` date column: `Nov 22 07:41` when recent, `Nov 22  2024` when more
 * than six months old or in the future. Without a lab clock every file is recent.
 */
export function lsDate(mtime: number, now: number | undefined, busybox: boolean): string {
  const t = utc(mtime);
  const head = `${t.monthName} ${String(t.day).padStart(2, ' ')}`;
  let recent = true;
  if (now !== undefined) {
    const age = now - mtime;
    recent = busybox ? age < HALF_YEAR_BUSYBOX && age > -15 * 60 * 1000 : age < HALF_YEAR_GNU && age >= 0;
  }
  return recent ? `${head} ${pad2(t.hour)}:${pad2(t.min)}` : `${head}  ${t.year}`;
}

/** `drwxr-xr-x` from a type and permission bits (with setuid/setgid/sticky). */
export function modeString(type: FileStat['type'], mode: number): string {
  const c = type === 'dir' ? 'd' : type === 'symlink' ? 'l' : '-';
  const bit = (m: number, ch: string) => (mode & m ? ch : '-');
  const special = (x: boolean, set: boolean, on: string, off: string, plain: string) =>
    set ? (x ? on : off) : x ? plain : '-';
  return (
    c +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    special(!!(mode & 0o100), !!(mode & 0o4000), 's', 'S', 'x') +
    bit(0o040, 'r') +
    bit(0o020, 'w') +
    special(!!(mode & 0o010), !!(mode & 0o2000), 's', 'S', 'x') +
    bit(0o004, 'r') +
    bit(0o002, 'w') +
    special(!!(mode & 0o001), !!(mode & 0o1000), 't', 'T', 'x')
  );
}
