/**
 * What a container's main process does when it starts, judged from its
 * command line: daemons keep running, shells wait on a terminal when one is
 * attached, `sleep` waits, anything else runs to completion in the runtime.
 */
import type { ContainerRecord, ProcessPlan } from '../state.ts';

/** Programs that serve until stopped (the real images' daemons and common long-runners). */
const SERVICES = new Set([
  'nginx',
  'httpd',
  'httpd-foreground',
  'apache2-foreground',
  'apache2',
  'mysqld',
  'mariadbd',
  'postgres',
  'redis-server',
  'php-fpm',
  'memcached',
  'mongod',
]);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const ENTRYPOINT_WRAPPERS = new Set(['docker-entrypoint.sh', 'tini', 'dumb-init', 'gosu', 'exec', 'env']);

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Parses `sleep` durations: 10, 1.5, 30s, 5m, 2h, 1d, infinity. Null means forever. */
export function sleepMillis(args: string[]): number | null {
  let total = 0;
  for (const arg of args) {
    if (arg === 'infinity' || arg === 'inf') return null;
    const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
    if (!m) return 0;
    const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]]!;
    total += Number(m[1]) * unit * 1000;
  }
  return total;
}

/** The command after entrypoint wrappers: ["docker-entrypoint.sh", "mysqld"] -> ["mysqld"]. */
export function effectiveCommand(argv: string[]): string[] {
  let rest = argv;
  while (rest.length > 1 && ENTRYPOINT_WRAPPERS.has(baseName(rest[0]))) rest = rest.slice(rest[1] === '--' ? 2 : 1);
  return rest;
}

export function planProcess(container: ContainerRecord, now: number): ProcessPlan {
  const argv = effectiveCommand([container.Path, ...container.Args].filter((a) => a !== ''));
  const program = baseName(argv[0] ?? '');
  const args = argv.slice(1);
  if (SERVICES.has(program)) return { kind: 'service', program };
  if (program === 'sleep') {
    const ms = sleepMillis(args);
    return { kind: 'sleep', until: ms === null ? null : now + ms };
  }
  if ((program === 'tail' && args.includes('-f')) || program === 'top' || program === 'yes') {
    return { kind: 'sleep', until: null };
  }
  if (SHELLS.has(program) && (args.length === 0 || (args.length === 1 && ['-i', '-l', '--login'].includes(args[0])))) {
    const waiting = container.Config.OpenStdin || container.Config.Tty;
    return waiting ? { kind: 'shell', interactive: container.Config.Tty } : { kind: 'run' };
  }
  return { kind: 'run' };
}

/** Whether PID 1 ignores SIGTERM (no handler): shells, sleep and tail; docker stop then kills after the timeout. */
export function ignoresSigterm(container: ContainerRecord): boolean {
  const argv = effectiveCommand([container.Path, ...container.Args]);
  const program = baseName(argv[0] ?? '');
  return SHELLS.has(program) || ['sleep', 'tail', 'top', 'yes', 'cat'].includes(program);
}
