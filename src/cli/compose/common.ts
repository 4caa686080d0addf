/**
 * What every `docker compose` subcommand shares: its shape, compose's
 * global flags, loading the project they name and the progress writer.
 */
import { resolvePath } from '../../vfs/path.ts';
import type { CliContext } from '../command.ts';
import { type FlagSpec, type ParsedFlags, flag } from '../flags.ts';
import { type Project, loadProject } from './model.ts';
import { Progress } from './progress.ts';

export interface Sub {
  name: string;
  usage: string;
  short: string;
  flags: FlagSpec[];
  interspersed?: boolean;
  run(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number>;
}

export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'file', short: 'f', type: 'list', usage: 'Compose configuration files', typeName: 'stringArray' },
  { name: 'project-name', short: 'p', type: 'string', usage: 'Project name' },
  { name: 'project-directory', type: 'string', usage: 'Specify an alternate working directory\n(default: the path of the, first specified, Compose file)' },
  { name: 'env-file', type: 'list', usage: 'Specify an alternate environment file', typeName: 'stringArray' },
  { name: 'profile', type: 'list', usage: 'Specify a profile to enable', typeName: 'stringArray' },
  { name: 'ansi', type: 'string', usage: 'Control when to print ANSI control characters ("never"|"always"|"auto")', default: 'auto' },
  { name: 'progress', type: 'string', usage: 'Set type of progress output (auto, tty, plain, json, quiet)' },
  { name: 'parallel', type: 'int', usage: 'Control max parallelism, -1 for unlimited', default: -1 },
  { name: 'dry-run', type: 'bool', usage: 'Execute command in dry run mode' },
  { name: 'compatibility', type: 'bool', usage: 'Run compose in backward compatibility mode' },
  { name: 'all-resources', type: 'bool', usage: 'Include all resources, even those not used by services' },
];

export function load(ctx: CliContext, g: ParsedFlags): Project {
  const dir = flag.str(g, 'project-directory');
  const project = loadProject({
    fs: ctx.engine.hostFs,
    cwd: dir ? resolvePath(ctx.cwd, dir) : ctx.cwd,
    files: flag.list(g, 'file'),
    projectName: g.changed.has('project-name') ? flag.str(g, 'project-name') : undefined,
    env: ctx.env,
  });
  for (const w of project.warnings) ctx.stderr.write(logWarning(ctx, w));
  // services with profiles run only when one of their profiles is enabled
  const active = [...flag.list(g, 'profile'), ...(ctx.env.COMPOSE_PROFILES ?? '').split(',').filter(Boolean)];
  const services = project.services.filter((s) => s.profiles.length === 0 || s.profiles.some((p) => active.includes(p) || p === '*'));
  return { ...project, services };
}

/** logrus as compose logs a warning: text format on a pipe, `WARN[0000]` on a terminal. */
export function logWarning(ctx: CliContext, message: string): string {
  if (ctx.isTTY) return `WARN[0000] ${message} \n`;
  const time = new Date(ctx.engine.now()).toISOString().replace(/\.\d+Z$/, 'Z');
  return `time="${time}" level=warning msg="${message.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"\n`;
}

/** A progress writer as compose picks it: --progress, else tty when stderr is a terminal. */
export function progressFor(ctx: CliContext, g: ParsedFlags): Progress {
  const mode = flag.str(g, 'progress');
  const tty = mode === 'tty' ? true : mode === 'plain' ? false : ctx.isTTY;
  return new Progress({ ...ctx, isTTY: tty });
}
