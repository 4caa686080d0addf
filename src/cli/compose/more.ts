/**
 * The other compose subcommands the lessons meet: create, run (one-off
 * containers), rm, kill, pause/unpause, port, ls and volumes
 * (docker/compose cmd/compose/*.go).
 */
import { killContainer, markExited, removeContainer, settleSleepers } from '../../engine/containers/lifecycle.ts';
import { randomId } from '../../engine/env.ts';
import { isDockerError } from '../../engine/errors.ts';
import { catalogImageFor, pullImage } from '../../engine/images/store.ts';
import { parseReference } from '../../engine/images/reference.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { CliContext } from '../command.ts';
import { followLogs } from '../container/follow.ts';
import { pauseContainer, unpauseContainer } from '../container/pause.ts';
import { portSummaries, joinHostPort } from '../container/ports.ts';
import { startOrFail } from '../container/start.ts';
import { stateText } from '../container/summary.ts';
import { topRows } from '../container/top.ts';
import { tabwrite } from '../format/tabwriter.ts';
import { type ParsedFlags, flag } from '../flags.ts';
import { FormatError, formatRows } from '../format/formatter.ts';
import { VOLUME_CONTEXT } from '../format/contexts.ts';
import { type Sub, load, progressFor } from './common.ts';
import { dependencyOrder, shellSplit } from './model.ts';
import {
  ComposeFailure,
  L,
  checkServices,
  convergeContainers,
  createOneOff,
  ensureImages,
  ensureNetworks,
  ensureVolumes,
  forwardOrder,
  projectContainers,
  reverseOrder,
  startContainers,
} from './ops.ts';
import { containerId } from './progress.ts';

const daemon = (e: unknown): string => {
  if (isDockerError(e)) return `Error response from daemon: ${e.message}`;
  throw e;
};

async function createCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  checkServices(project, args);
  const services = dependencyOrder(project, args);
  const progress = progressFor(ctx, g);
  try {
    ensureImages(ctx, progress, services);
    ensureNetworks(ctx, progress, project, services);
    ensureVolumes(ctx, progress, project);
    convergeContainers(ctx, progress, project, services, { forceRecreate: flag.bool(p, 'force-recreate'), noRecreate: flag.bool(p, 'no-recreate') });
  } finally {
    progress.finish();
  }
  return 0;
}

async function rmCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  checkServices(project, args);
  settleSleepers(ctx.engine.state);
  const all = projectContainers(ctx, project.name, args);
  if (flag.bool(p, 'stop')) {
    const progress = progressFor(ctx, g);
    for (const c of reverseOrder(ctx, project, all)) {
      if (!c.State.Running) continue;
      progress.event(containerId(c.Name), 'Stopping');
      markExited(ctx.engine.state, c, c.ignoresSigterm ? 137 : 0);
      progress.done(containerId(c.Name), 'Stopped');
    }
    progress.finish();
  }
  const stopped = reverseOrder(ctx, project, all.filter((c) => !c.State.Running));
  if (stopped.length === 0) {
    ctx.stderr.write('No stopped containers\n');
    return 0;
  }
  const message = `Going to remove ${stopped.map((c) => c.Name).join(', ')}`;
  if (!flag.bool(p, 'force')) {
    // compose's non-interactive prompt: the question, then a line read from stdin
    ctx.stdout.write(`? ${message} [y/N] `);
    const answer = ctx.stdin.split('\n')[0].trim().toLowerCase();
    ctx.stdout.write('\n');
    if (!['y', 'yes', 'true', '1'].includes(answer)) return 0;
  } else ctx.stdout.write(message + '\n');
  const progress = progressFor(ctx, g);
  for (const c of stopped) {
    progress.event(containerId(c.Name), 'Removing');
    removeContainer(ctx.engine.state, ctx.engine.hostFs, c, { volumes: flag.bool(p, 'volumes') });
    progress.done(containerId(c.Name), 'Removed');
  }
  progress.finish();
  return 0;
}

async function killCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  checkServices(project, args);
  const progress = progressFor(ctx, g);
  const signal = flag.str(p, 'signal') || 'SIGKILL';
  for (const c of reverseOrder(ctx, project, projectContainers(ctx, project.name, args))) {
    if (!c.State.Running) continue;
    progress.event(containerId(c.Name), 'Killing');
    try {
      killContainer(ctx.engine.state, c, signal);
    } catch (e) {
      progress.error(containerId(c.Name), 'Error');
      progress.finish();
      throw new ComposeFailure(daemon(e));
    }
    progress.done(containerId(c.Name), 'Killed');
  }
  progress.finish();
  return 0;
}

function pauser(verb: 'pause' | 'unpause'): Sub['run'] {
  return async (ctx, _p, args, g) => {
    const project = load(ctx, g);
    checkServices(project, args);
    const progress = progressFor(ctx, g);
    const [working, done] = verb === 'pause' ? ['Pausing', 'Paused'] : ['Unpausing', 'Unpaused'];
    for (const c of forwardOrder(ctx, project, projectContainers(ctx, project.name, args))) {
      if (verb === 'pause' ? !c.State.Running || c.State.Paused : !c.State.Paused) continue;
      progress.event(containerId(c.Name), working);
      if (verb === 'pause') pauseContainer(c);
      else unpauseContainer(c);
      progress.done(containerId(c.Name), done);
    }
    progress.finish();
    return 0;
  };
}

async function portCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  const [service, privatePort] = args;
  checkServices(project, [service]);
  const index = p.changed.has('index') ? flag.int(p, 'index') : 1;
  const c = projectContainers(ctx, project.name, [service]).find((x) => (x.Config.Labels?.[L.number] ?? '1') === String(index));
  if (!c) throw new ComposeFailure(`service "${service}" is not running`);
  const protocol = flag.str(p, 'protocol') || 'tcp';
  const found = portSummaries(c).find((s) => String(s.PrivatePort) === privatePort && s.Type === protocol && s.PublicPort > 0);
  if (!found) throw new ComposeFailure(`no port ${privatePort}/${protocol} for container ${c.Name}: ${c.Ports.length ? '' : ''}`.replace(/: $/, ''));
  ctx.stdout.write(joinHostPort(found.IP, found.PublicPort) + '\n');
  return 0;
}

async function lsCmd(ctx: CliContext, p: ParsedFlags): Promise<number> {
  settleSleepers(ctx.engine.state);
  const projects = new Map<string, ContainerRecord[]>();
  for (const c of Object.values(ctx.engine.state.containers)) {
    const name = c.Config.Labels?.[L.project];
    if (name) projects.set(name, [...(projects.get(name) ?? []), c]);
  }
  const all = flag.bool(p, 'all');
  const rows = [...projects.entries()]
    .filter(([, cs]) => all || cs.some((c) => c.State.Running))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, cs]) => {
      const counts = new Map<string, number>();
      for (const c of cs) counts.set(stateText(c), (counts.get(stateText(c)) ?? 0) + 1);
      const status = [...counts.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([s, n]) => `${s}(${n})`)
        .join(', ');
      return { Name: name, Status: status, ConfigFiles: cs[0].Config.Labels?.['com.docker.compose.project.config_files'] ?? '' };
    });
  if (flag.bool(p, 'quiet')) {
    ctx.stdout.write(rows.map((r) => r.Name + '\n').join(''));
    return 0;
  }
  let format = flag.str(p, 'format') || 'table';
  if (format === 'json') {
    ctx.stdout.write(JSON.stringify(rows) + '\n');
    return 0;
  }
  if (format === 'table') format = 'table {{.Name}}\t{{.Status}}\t{{.ConfigFiles}}';
  const out = formatRows({ format, rows, context: { typeName: 'api.Stack', headers: { Name: 'NAME', Status: 'STATUS', ConfigFiles: 'CONFIG FILES' } } });
  if (out instanceof FormatError) throw new ComposeFailure(out.message);
  ctx.stdout.write(out);
  return 0;
}

async function volumesCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  checkServices(project, args);
  const services = args.length ? project.services.filter((s) => args.includes(s.name)) : project.services;
  const names = new Set(services.flatMap((s) => s.volumes.filter((v) => v.type === 'volume' && v.source).map((v) => v.source)));
  const rows = Object.values(ctx.engine.state.volumes)
    .filter((v) => names.has(v.Name))
    .sort((a, b) => (a.Name < b.Name ? -1 : 1))
    .map((v) => ({ Driver: v.Driver, Name: v.Name, Scope: v.Scope, Mountpoint: `/var/lib/docker/volumes/${v.Name}/_data` }));
  if (flag.bool(p, 'quiet')) {
    ctx.stdout.write(rows.map((r) => r.Name + '\n').join(''));
    return 0;
  }
  let format = flag.str(p, 'format') || 'table';
  if (format === 'table') format = 'table {{.Driver}}\t{{.Name}}';
  const out = formatRows({ format, rows, context: VOLUME_CONTEXT });
  if (out instanceof FormatError) throw new ComposeFailure(out.message);
  ctx.stdout.write(out);
  return 0;
}

async function runCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  const [serviceName, ...command] = args;
  checkServices(project, [serviceName]);
  const service = project.services.find((s) => s.name === serviceName)!;
  const progress = progressFor(ctx, g);
  try {
    const deps = flag.bool(p, 'no-deps') || service.dependsOn.length === 0 ? [] : dependencyOrder(project, service.dependsOn);
    ensureImages(ctx, progress, [...deps, service]);
    ensureNetworks(ctx, progress, project, [...deps, service]);
    ensureVolumes(ctx, progress, project);
    if (deps.length) await startContainers(ctx, progress, convergeContainers(ctx, progress, project, deps, { forceRecreate: false, noRecreate: false }), project);
  } finally {
    progress.finish();
  }
  const name = flag.str(p, 'name') || `${project.name}-${service.name}-run-${randomId(ctx.engine.state.env).slice(0, 12)}`;
  const entrypoint = p.changed.has('entrypoint') ? shellSplit(flag.str(p, 'entrypoint')) : service.entrypoint;
  const interactive = flag.bool(p, 'interactive');
  const tty = !flag.bool(p, 'no-TTY') && ctx.stdinIsTTY && ctx.isTTY;
  const detach = flag.bool(p, 'detach');
  const env = [...service.environment, ...flag.list(p, 'env')];
  const oneOff = {
    ...service,
    command: command.length ? command : service.command,
    entrypoint,
    environment: env,
    ports: flag.bool(p, 'service-ports') ? service.ports : [],
    containerName: name,
    restart: undefined,
    user: flag.str(p, 'user') || service.user,
    workingDir: flag.str(p, 'workdir') || service.workingDir,
    tty,
    stdinOpen: interactive,
    networks: service.networks,
  };
  let container: ContainerRecord;
  try {
    container = createOneOff(ctx, project, oneOff, flag.bool(p, 'rm'), flag.bool(p, 'use-aliases'));
  } catch (e) {
    throw new ComposeFailure(daemon(e));
  }
  let plan;
  try {
    plan = startOrFail(ctx, container);
  } catch (e) {
    throw new ComposeFailure(daemon(e));
  }
  if (detach) {
    // docker/cli RunStart without attaching prints the container it started: the full id
    ctx.stdout.write(container.Id + '\n');
    if (plan.kind === 'run') await ctx.runtime.runMain(container, null);
    return 0;
  }
  if (plan.kind === 'shell' && interactive && tty) {
    ctx.runtime.attachShell(container, [container.Path, ...container.Args], { tty, main: true });
    return 0;
  }
  if (plan.kind === 'run') return ctx.runtime.runMain(container, { stdout: ctx.stdout, stderr: ctx.stderr, stdin: interactive ? ctx.stdin : '' });
  await followLogs(ctx, container);
  if (container.State.Running) {
    if (container.ignoresSigterm) return 130;
    markExited(ctx.engine.state, container, 130);
    return 130;
  }
  return container.State.ExitCode;
}

/** `compose pull`: every service image pulled again (`web Pulling ` / `web Pulled `). */
async function pullCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  checkServices(project, args);
  const progress = flag.bool(p, 'quiet') ? progressFor({ ...ctx, stderr: { write: () => {} } } as CliContext, g) : progressFor(ctx, g);
  try {
    for (const s of dependencyOrder(project, args)) {
      const ref = parseReference(s.image);
      if ('error' in ref || !catalogImageFor(ref)) {
        progress.pull(s.name, 'Error', 'error');
        if (flag.bool(p, 'ignore-pull-failures')) continue;
        const name = 'error' in ref ? s.image : ref.familiar.split(':')[0];
        throw new ComposeFailure(`Error response from daemon: pull access denied for ${name}, repository does not exist or may require 'docker login'`);
      }
      progress.pull(s.name, 'Pulling', 'working');
      pullImage(ctx.engine.state, s.image);
      progress.pull(s.name, 'Pulled', 'done');
    }
  } finally {
    progress.finish();
  }
  return 0;
}

/** `compose top` (cmd/compose/top.go): one table, SERVICE and # first, CMD last; containers by name. */
async function topCmd(ctx: CliContext, _p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  checkServices(project, args);
  settleSleepers(ctx.engine.state);
  const containers = projectContainers(ctx, project.name, args)
    .filter((c) => c.State.Running)
    .sort((a, b) => (a.Name < b.Name ? -1 : 1));
  if (containers.length === 0) return 0;
  const lines: string[] = [];
  for (const c of containers) {
    const table = topRows(c, [], ctx.engine.now());
    if (lines.length === 0) lines.push(['SERVICE', '#', ...table.titles].join('\t'));
    for (const row of table.rows) lines.push([c.Config.Labels?.[L.service] ?? '', c.Config.Labels?.[L.number] ?? '1', ...row].join('\t'));
  }
  ctx.stdout.write(tabwrite(lines.map((l) => l + '\n').join(''), { minwidth: 4, tabwidth: 1, padding: 2, padchar: ' ', flags: 0 }));
  return 0;
}

export const MORE_SUBCOMMANDS: Sub[] = [
  { name: 'top', usage: '[SERVICES...]', short: 'Display the running processes', flags: [], run: topCmd },
  {
    name: 'pull',
    usage: '[OPTIONS] [SERVICE...]',
    short: 'Pull service images',
    flags: [
      { name: 'ignore-pull-failures', type: 'bool', usage: 'Pull what it can and ignores images with pull failures' },
      { name: 'include-deps', type: 'bool', usage: 'Also pull services declared as dependencies' },
      { name: 'quiet', short: 'q', type: 'bool', usage: 'Pull without printing progress information' },
      { name: 'policy', type: 'string', usage: 'Apply pull policy ("missing"|"always")' },
    ],
    run: pullCmd,
  },
  {
    name: 'create',
    usage: '[OPTIONS] [SERVICE...]',
    short: 'Creates containers for a service',
    flags: [
      { name: 'force-recreate', type: 'bool', usage: "Recreate containers even if their configuration and image haven't changed" },
      { name: 'no-recreate', type: 'bool', usage: "If containers already exist, don't recreate them. Incompatible with --force-recreate." },
      { name: 'pull', type: 'string', usage: 'Pull image before running ("always"|"missing"|"never"|"build")', default: 'policy' },
      { name: 'remove-orphans', type: 'bool', usage: 'Remove containers for services not defined in the Compose file' },
    ],
    run: createCmd,
  },
  {
    name: 'rm',
    usage: '[OPTIONS] [SERVICE...]',
    short: 'Removes stopped service containers',
    flags: [
      { name: 'force', short: 'f', type: 'bool', usage: "Don't ask to confirm removal" },
      { name: 'stop', short: 's', type: 'bool', usage: 'Stop the containers, if required, before removing' },
      { name: 'volumes', short: 'v', type: 'bool', usage: 'Remove any anonymous volumes attached to containers' },
    ],
    run: rmCmd,
  },
  {
    name: 'kill',
    usage: '[OPTIONS] [SERVICE...]',
    short: 'Force stop service containers',
    flags: [
      { name: 'signal', short: 's', type: 'string', usage: 'SIGNAL to send to the container', default: 'SIGKILL' },
      { name: 'remove-orphans', type: 'bool', usage: 'Remove containers for services not defined in the Compose file' },
    ],
    run: killCmd,
  },
  { name: 'pause', usage: '[SERVICE...]', short: 'Pause services', flags: [], run: pauser('pause') },
  { name: 'unpause', usage: '[SERVICE...]', short: 'Unpause services', flags: [], run: pauser('unpause') },
  {
    name: 'port',
    usage: '[OPTIONS] SERVICE PRIVATE_PORT',
    short: 'Print the public port for a port binding',
    flags: [
      { name: 'index', type: 'int', usage: 'Index of the container if service has multiple replicas', default: 0 },
      { name: 'protocol', type: 'string', usage: 'tcp or udp', default: 'tcp' },
    ],
    run: (ctx, p, args, g) => {
      if (args.length !== 2) throw new ComposeFailure(`requires 2 arg(s), only received ${args.length}`);
      return portCmd(ctx, p, args, g);
    },
  },
  {
    name: 'ls',
    usage: '[OPTIONS]',
    short: 'List running compose projects',
    flags: [
      { name: 'all', short: 'a', type: 'bool', usage: 'Show all stopped Compose projects' },
      { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display project names' },
      { name: 'format', type: 'string', usage: 'Format the output. Values: [table | json]', default: 'table' },
      { name: 'filter', type: 'string', usage: 'Filter output based on conditions provided' },
    ],
    run: (ctx, p) => lsCmd(ctx, p),
  },
  {
    name: 'volumes',
    usage: '[OPTIONS] [SERVICE...]',
    short: 'List volumes',
    flags: [
      { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display volume names' },
      { name: 'format', type: 'string', usage: 'Format output using a custom template', default: 'table' },
    ],
    run: volumesCmd,
  },
  {
    name: 'run',
    usage: '[OPTIONS] SERVICE [COMMAND] [ARGS...]',
    short: 'Run a one-off command on a service',
    interspersed: false,
    flags: [
      { name: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
      { name: 'entrypoint', type: 'string', usage: 'Override the entrypoint of the image' },
      { name: 'env', short: 'e', type: 'list', usage: 'Set environment variables', typeName: 'stringArray' },
      { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached', default: true },
      { name: 'name', type: 'string', usage: 'Assign a name to the container' },
      { name: 'no-TTY', short: 'T', type: 'bool', usage: 'Disable pseudo-TTY allocation (default: auto-detected)' },
      { name: 'no-deps', type: 'bool', usage: "Don't start linked services" },
      { name: 'rm', type: 'bool', usage: 'Automatically remove the container when it exits' },
      { name: 'service-ports', short: 'P', type: 'bool', usage: "Run command with all service's ports enabled and mapped to the host" },
      { name: 'use-aliases', type: 'bool', usage: "Use the service's network useAliases in the network(s) the container connects to" },
      { name: 'user', short: 'u', type: 'string', usage: 'Run as specified username or uid' },
      { name: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
    ],
    run: (ctx, p, args, g) => {
      if (args.length < 1) throw new ComposeFailure('requires at least 1 arg(s), only received 0');
      return runCmd(ctx, p, args, g);
    },
  },
];
