/**
 * `docker compose`: the Compose v2 CLI plugin. One docker command whose
 * arguments are compose's own global flags (-f, -p, --project-directory)
 * and a subcommand with its flags, as the plugin's cobra tree parses them.
 */
import { settleSleepers } from '../../engine/containers/lifecycle.ts';
import { Interrupted } from '../../shell/types.ts';
import { type CliContext, type Command, commandHelp, flagErrorText } from '../command.ts';
import { summaryImage, statusText, commandLine, stateText } from '../container/summary.ts';
import { displayablePorts, portSummaries } from '../container/ports.ts';
import { FlagError, type FlagSpec, type ParsedFlags, flag, parseFlags } from '../flags.ts';
import { type ContextSpec, FormatError, formatRows, ellipsis } from '../format/formatter.ts';
import { humanDuration } from '../format/units.ts';
import { composeHelp, composeHelpBody } from './help.ts';
import { LogPrinter } from './logs.ts';
import { ComposeError, type Project, type ProjectNetwork, type ProjectVolume, type Service, dependencyOrder } from './model.ts';
import { renderConfig } from './config.ts';
import {
  COMPOSE_VERSION,
  ComposeFailure,
  checkServices,
  convergeContainers,
  down,
  ensureImages,
  ensureNetworks,
  ensureVolumes,
  forwardOrder,
  handleOrphans,
  projectContainers,
  reverseOrder,
  serviceOf,
  startContainers,
  stopAll,
} from './ops.ts';
import { Progress, containerId } from './progress.ts';
import { GLOBAL_FLAGS, type Sub, load, progressFor } from './common.ts';
import { MORE_SUBCOMMANDS } from './more.ts';

async function up(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  checkServices(project, args);
  const services = dependencyOrder(project, args);
  const progress = progressFor(ctx, g);
  let containers;
  try {
    ensureImages(ctx, progress, services);
    ensureNetworks(ctx, progress, project, services);
    ensureVolumes(ctx, progress, project);
    handleOrphans(ctx, progress, project, flag.bool(p, 'remove-orphans'));
    containers = convergeContainers(ctx, progress, project, services, {
      forceRecreate: flag.bool(p, 'force-recreate'),
      noRecreate: flag.bool(p, 'no-recreate'),
    });
    if (!flag.bool(p, 'no-start')) await startContainers(ctx, progress, containers, project);
  } finally {
    progress.finish();
  }
  if (flag.bool(p, 'detach') || flag.bool(p, 'no-start')) return 0;

  const printer = new LogPrinter(ctx, containers, { prefix: !flag.bool(p, 'no-log-prefix'), tail: -1, timestamps: flag.bool(p, 'timestamps') });
  ctx.stdout.write(`Attaching to ${containers.map((c) => c.Name.replace(`${project.name}-`, '')).join(', ')}\n`);
  try {
    await printer.follow(true);
    if (!ctx.signal.aborted) return 0;
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
  }
  printer.flush(false);
  ctx.stderr.write('Gracefully stopping... (press Ctrl+C again to force)\n');
  const stopping = progressFor(ctx, g);
  stopAll(ctx, stopping, reverseOrder(ctx, project, containers));
  stopping.finish();
  printer.reportExits();
  return 130;
}

/**
 * With -p and no compose file, compose works from the labels of what the
 * project created (`docker compose -p app down` anywhere).
 */
function projectFromLabels(ctx: CliContext, name: string): Project {
  const state = ctx.engine.state;
  const serviceNames = [...new Set(projectContainers(ctx, name, undefined, true).map(serviceOf))].sort();
  const services: Service[] = serviceNames.map((s) => ({
    name: s, image: '', command: null, entrypoint: null, environment: [], ports: [], expose: [], volumes: [], networks: [],
    dependsOn: [], conditions: {}, tty: false, stdinOpen: false, labels: {}, dns: [], extraHosts: [], tmpfs: [], profiles: [], raw: {},
  }));
  const volumes: ProjectVolume[] = Object.values(state.volumes)
    .filter((v) => v.Labels?.['com.docker.compose.project'] === name)
    .map((v) => ({ key: v.Labels['com.docker.compose.volume'] ?? v.Name, name: v.Name, external: false, driverOpts: {}, labels: {} }));
  const networks: ProjectNetwork[] = Object.values(state.networks)
    .filter((n) => n.Labels?.['com.docker.compose.project'] === name)
    .map((n) => ({
      key: n.Labels['com.docker.compose.network'] ?? n.Name, name: n.Name, external: false, internal: false, attachable: false,
      enableIPv6: false, subnets: [], driverOpts: {}, labels: {},
    }));
  return { name, workingDir: ctx.cwd, configFiles: [], services, volumes, networks, warnings: [] };
}

/** The project from its file, or with -p and no file from its resources' labels. */
function loadOrLabels(ctx: CliContext, g: ParsedFlags): Project {
  try {
    return load(ctx, g);
  } catch (e) {
    if (!(e instanceof ComposeError) || !e.message.startsWith('no configuration file provided') || !g.changed.has('project-name')) throw e;
    return projectFromLabels(ctx, flag.str(g, 'project-name'));
  }
}

async function downCmd(ctx: CliContext, p: ParsedFlags, _args: string[], g: ParsedFlags): Promise<number> {
  const project = loadOrLabels(ctx, g);
  const rmi = flag.str(p, 'rmi');
  if (rmi && rmi !== 'all' && rmi !== 'local') throw new ComposeFailure(`invalid value for --rmi: ${rmi}`);
  const progress = progressFor(ctx, g);
  try {
    down(ctx, progress, project, { volumes: flag.bool(p, 'volumes'), rmi, removeOrphans: flag.bool(p, 'remove-orphans'), timeout: p.changed.has('timeout') ? flag.int(p, 'timeout') : undefined });
  } finally {
    progress.finish();
  }
  return 0;
}

async function stopCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = loadOrLabels(ctx, g);
  checkServices(project, args);
  const progress = progressFor(ctx, g);
  stopAll(ctx, progress, reverseOrder(ctx, project, projectContainers(ctx, project.name, args)), p.changed.has('timeout') ? flag.int(p, 'timeout') : undefined);
  progress.finish();
  return 0;
}

async function startCmd(ctx: CliContext, _p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = loadOrLabels(ctx, g);
  checkServices(project, args);
  for (const s of dependencyOrder(project, args)) {
    if (projectContainers(ctx, project.name, [s.name]).length === 0) throw new ComposeFailure(`service "${s.name}" has no container to start`);
  }
  const progress = progressFor(ctx, g);
  try {
    await startContainers(ctx, progress, forwardOrder(ctx, project, projectContainers(ctx, project.name, dependencyOrder(project, args).map((s) => s.name))), project);
  } finally {
    progress.finish();
  }
  return 0;
}

async function restartCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = loadOrLabels(ctx, g);
  checkServices(project, args);
  const progress = progressFor(ctx, g);
  const containers = forwardOrder(ctx, project, projectContainers(ctx, project.name, args));
  try {
    for (const c of containers) {
      const id = containerId(c.Name);
      progress.event(id, 'Restarting');
      const quiet = new Progress({ ...ctx, isTTY: true });
      stopAll(ctx, quiet, [c], p.changed.has('timeout') ? flag.int(p, 'timeout') : undefined);
      await startContainers(ctx, quiet, [c]);
      progress.done(id, 'Started');
    }
  } finally {
    progress.finish();
  }
  return 0;
}

const PS_CONTEXT: ContextSpec = {
  typeName: 'formatter.ContainerContext',
  headers: {
    ID: 'CONTAINER ID',
    Name: 'NAME',
    Names: 'NAMES',
    Image: 'IMAGE',
    Command: 'COMMAND',
    Service: 'SERVICE',
    RunningFor: 'CREATED',
    CreatedAt: 'CREATED AT',
    Status: 'STATUS',
    State: 'STATE',
    Ports: 'PORTS',
    Project: 'PROJECT',
    Labels: 'LABELS',
  },
};
const PS_TABLE = 'table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}';

async function psCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = loadOrLabels(ctx, g);
  checkServices(project, args);
  settleSleepers(ctx.engine.state);
  const all = flag.bool(p, 'all');
  const status = flag.list(p, 'status');
  const containers = projectContainers(ctx, project.name, args)
    .filter((c) => all || c.State.Running || status.length > 0)
    .filter((c) => status.length === 0 || status.includes(stateText(c)))
    .sort((a, b) => (a.Name < b.Name ? -1 : 1));
  if (flag.bool(p, 'services')) {
    const names = [...new Set(containers.map(serviceOf))];
    ctx.stdout.write(names.map((n) => n + '\n').join(''));
    return 0;
  }
  if (flag.bool(p, 'quiet')) {
    ctx.stdout.write(containers.map((c) => c.Id + '\n').join(''));
    return 0;
  }
  const now = ctx.engine.now();
  const truncate = !flag.bool(p, 'no-trunc');
  const rows = containers.map((c) => {
    const labels = c.Config.Labels ?? {};
    return {
      ID: truncate ? c.Id.slice(0, 12) : c.Id,
      Name: c.Name,
      Names: c.Name,
      Image: summaryImage(ctx.engine, c),
      Command: `"${truncate ? ellipsis(commandLine(c), 20) : commandLine(c)}"`,
      Project: labels['com.docker.compose.project'] ?? '',
      Service: serviceOf(c),
      RunningFor: humanDuration(now - Math.floor(c.created / 1000) * 1000) + ' ago',
      CreatedAt: new Date(c.created).toISOString(),
      State: stateText(c),
      Status: statusText(c, now),
      Health: '',
      ExitCode: c.State.ExitCode,
      Ports: displayablePorts(c),
      Labels: Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`).join(','),
      LocalVolumes: String(c.Mounts.filter((m) => m.Type === 'volume').length),
      Mounts: c.Mounts.map((m) => (truncate ? ellipsis(m.Name || m.Source, 15) : m.Name || m.Source)).join(','),
      Networks: Object.keys(c.Networks).sort().join(','),
      Publishers: portSummaries(c).map((x) => ({ URL: x.IP, TargetPort: x.PrivatePort, PublishedPort: x.PublicPort, Protocol: x.Type })),
      Size: '0B',
    };
  });
  let format = flag.str(p, 'format') || 'table';
  if (format === 'json') {
    // {{json .}} of each row: keys in alphabetical order, one object per line
    const sorted = (r: Record<string, unknown>) => Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]]));
    ctx.stdout.write(rows.map((r) => JSON.stringify(sorted(r)) + '\n').join(''));
    return 0;
  }
  if (format === 'table') format = PS_TABLE;
  const out = formatRows({ format, rows, context: PS_CONTEXT });
  if (out instanceof FormatError) throw new ComposeFailure(out.message);
  ctx.stdout.write(out);
  return 0;
}

async function logsCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = loadOrLabels(ctx, g);
  checkServices(project, args);
  const containers = forwardOrder(ctx, project, projectContainers(ctx, project.name, args));
  const tailText = flag.str(p, 'tail');
  const printer = new LogPrinter(ctx, containers, {
    prefix: !flag.bool(p, 'no-log-prefix'),
    tail: /^\d+$/.test(tailText) ? Number(tailText) : -1,
    timestamps: flag.bool(p, 'timestamps'),
  });
  if (!flag.bool(p, 'follow')) {
    printer.flush(false, true);
    return 0;
  }
  try {
    await printer.follow(false);
  } catch (e) {
    if (e instanceof Interrupted) return 130;
    throw e;
  }
  return ctx.signal.aborted ? 130 : 0;
}

async function execCmd(ctx: CliContext, p: ParsedFlags, args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  const [service, ...argv] = args;
  checkServices(project, [service]);
  const index = p.changed.has('index') ? flag.int(p, 'index') : 1;
  const container = projectContainers(ctx, project.name, [service]).find((c) => (c.Config.Labels?.['com.docker.compose.container-number'] ?? '1') === String(index));
  if (!container || !container.State.Running) {
    throw new ComposeFailure(p.changed.has('index') ? `service "${service}" is not running container #${index}` : `service "${service}" is not running`);
  }
  // compose allocates a TTY unless -T or its stdout is not a terminal
  const tty = !flag.bool(p, 'no-TTY') && ctx.stdinIsTTY && ctx.isTTY;
  const options = {
    interactive: flag.bool(p, 'interactive'),
    tty,
    detach: flag.bool(p, 'detach'),
    user: flag.str(p, 'user') || undefined,
    workdir: flag.str(p, 'workdir') || undefined,
    env: flag.list(p, 'env'),
  };
  const notRunnable = ctx.runtime.commandError(container, argv);
  if (notRunnable) {
    ctx.stdout.write(`OCI runtime exec failed: exec failed: unable to start container process: ${notRunnable}: unknown\n`);
    return 126;
  }
  const shells = ['sh', 'bash', 'ash', '/bin/sh', '/bin/bash', '/bin/ash'];
  if (tty && argv.length === 1 && shells.includes(argv[0])) {
    ctx.runtime.attachShell(container, argv, { tty, main: false, workdir: options.workdir, env: options.env });
    return 0;
  }
  return ctx.runtime.exec(container, argv, options, { stdout: ctx.stdout, stderr: ctx.stderr, stdin: ctx.stdin });
}

async function configCmd(ctx: CliContext, p: ParsedFlags, _args: string[], g: ParsedFlags): Promise<number> {
  const project = load(ctx, g);
  const lines = (names: string[]) => [...names].sort().map((n) => n + '\n').join('');
  if (flag.bool(p, 'services')) ctx.stdout.write(lines(project.services.map((s) => s.name)));
  else if (flag.bool(p, 'volumes')) ctx.stdout.write(lines(project.volumes.map((v) => v.key)));
  else if (flag.bool(p, 'networks')) ctx.stdout.write(lines(project.networks.map((n) => n.key)));
  else if (flag.bool(p, 'quiet')) return 0;
  else {
    const format = flag.str(p, 'format') || 'yaml';
    if (format !== 'yaml' && format !== 'json') throw new ComposeFailure(`unsupported format "${format}"`);
    ctx.stdout.write(renderConfig(project, format));
  }
  return 0;
}

async function versionCmd(ctx: CliContext, p: ParsedFlags): Promise<number> {
  if (flag.bool(p, 'short')) ctx.stdout.write(`${COMPOSE_VERSION}\n`);
  else if (flag.str(p, 'format') === 'json') ctx.stdout.write(`{"version":"v${COMPOSE_VERSION}"}\n`);
  else ctx.stdout.write(`Docker Compose version v${COMPOSE_VERSION}\n`);
  return 0;
}

const VERSION_FLAG: FlagSpec = { name: 'version', short: 'v', type: 'bool', usage: 'Show the Docker Compose version information' };

const timeoutFlag: FlagSpec = { name: 'timeout', short: 't', type: 'int', usage: 'Specify a shutdown timeout in seconds' };

const SUBCOMMANDS: Sub[] = [
  {
    name: 'up',
    usage: '[OPTIONS] [SERVICE...]',
    short: 'Create and start containers',
    flags: [
      { name: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: Run containers in the background' },
      { name: 'force-recreate', type: 'bool', usage: "Recreate containers even if their configuration and image haven't changed" },
      { name: 'no-recreate', type: 'bool', usage: "If containers already exist, don't recreate them. Incompatible with --force-recreate." },
      { name: 'no-start', type: 'bool', usage: "Don't start the services after creating them" },
      { name: 'no-log-prefix', type: 'bool', usage: "Don't print prefix in logs" },
      { name: 'timestamps', type: 'bool', usage: 'Show timestamps' },
      { name: 'build', type: 'bool', usage: 'Build images before starting containers' },
      { name: 'no-build', type: 'bool', usage: "Don't build an image, even if it's policy" },
      { name: 'pull', type: 'string', usage: 'Pull image before running ("always"|"missing"|"never")', default: 'policy' },
      { name: 'remove-orphans', type: 'bool', usage: 'Remove containers for services not defined in the Compose file' },
      { name: 'wait', type: 'bool', usage: 'Wait for services to be running|healthy. Implies detached mode.' },
      { name: 'quiet-pull', type: 'bool', usage: 'Pull without printing progress information' },
      { name: 'abort-on-container-exit', type: 'bool', usage: 'Stops all containers if any container was stopped. Incompatible with -d' },
      timeoutFlag,
    ],
    run: (ctx, p, args, g) => {
      if (flag.bool(p, 'wait')) p.values.detach = true;
      return up(ctx, p, args, g);
    },
  },
  {
    name: 'down',
    usage: '[OPTIONS] [SERVICES]',
    short: 'Stop and remove containers, networks',
    flags: [
      { name: 'volumes', short: 'v', type: 'bool', usage: 'Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers' },
      { name: 'rmi', type: 'string', usage: 'Remove images used by services. "local" remove only images that don\'t have a custom tag ("local"|"all")' },
      { name: 'remove-orphans', type: 'bool', usage: 'Remove containers for services not defined in the Compose file' },
      timeoutFlag,
    ],
    run: downCmd,
  },
  {
    name: 'ps',
    usage: '[OPTIONS] [SERVICE...]',
    short: 'List containers',
    flags: [
      { name: 'all', short: 'a', type: 'bool', usage: 'Show all stopped containers (including those created by the run command)' },
      { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display IDs' },
      { name: 'services', type: 'bool', usage: 'Display services' },
      { name: 'format', type: 'string', usage: 'Format output using a custom template', default: 'table' },
      { name: 'status', type: 'list', usage: 'Filter services by status', typeName: 'stringArray' },
      { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      { name: 'orphans', type: 'bool', usage: 'Include orphaned services (not declared by project)', default: true },
      { name: 'filter', type: 'string', usage: 'Filter services by a property (supported filters: status)' },
    ],
    run: psCmd,
  },
  {
    name: 'logs',
    usage: '[OPTIONS] [SERVICE...]',
    short: 'View output from containers',
    flags: [
      { name: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
      { name: 'no-log-prefix', type: 'bool', usage: "Don't print prefix in logs" },
      { name: 'no-color', type: 'bool', usage: 'Produce monochrome output' },
      { name: 'tail', short: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs for each container', default: 'all' },
      { name: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
      { name: 'since', type: 'string', usage: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' },
      { name: 'until', type: 'string', usage: 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' },
    ],
    run: logsCmd,
  },
  { name: 'stop', usage: '[OPTIONS] [SERVICE...]', short: 'Stop services', flags: [timeoutFlag], run: stopCmd },
  { name: 'start', usage: '[SERVICE...]', short: 'Start services', flags: [], run: startCmd },
  { name: 'restart', usage: '[OPTIONS] [SERVICE...]', short: 'Restart service containers', flags: [timeoutFlag, { name: 'no-deps', type: 'bool', usage: "Don't restart dependent services" }], run: restartCmd },
  {
    name: 'exec',
    usage: '[OPTIONS] SERVICE COMMAND [ARGS...]',
    short: 'Execute a command in a running container',
    interspersed: false,
    flags: [
      { name: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: Run command in the background' },
      { name: 'env', short: 'e', type: 'list', usage: 'Set environment variables', typeName: 'stringArray' },
      { name: 'index', type: 'int', usage: 'Index of the container if service has multiple replicas', default: 0 },
      { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached', default: true },
      { name: 'no-TTY', short: 'T', type: 'bool', usage: 'Disable pseudo-TTY allocation. By default `docker compose exec` allocates a TTY.' },
      { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY', default: true, hidden: true },
      { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the process' },
      { name: 'user', short: 'u', type: 'string', usage: 'Run the command as this user' },
      { name: 'workdir', short: 'w', type: 'string', usage: 'Path to workdir directory for this command' },
    ],
    run: (ctx, p, args, g) => {
      if (args.length < 2) throw new ComposeFailure('requires at least 2 arg(s), only received ' + args.length);
      return execCmd(ctx, p, args, g);
    },
  },
  {
    name: 'config',
    usage: '[OPTIONS] [SERVICE...]',
    short: 'Parse, resolve and render compose file in canonical format',
    flags: [
      { name: 'quiet', short: 'q', type: 'bool', usage: 'Only validate the configuration, don\'t print anything' },
      { name: 'services', type: 'bool', usage: 'Print the service names, one per line.' },
      { name: 'volumes', type: 'bool', usage: 'Print the volume names, one per line.' },
      { name: 'networks', type: 'bool', usage: 'Print the network names, one per line.' },
      { name: 'format', type: 'string', usage: 'Format the output. Values: [yaml | json]', default: 'yaml' },
    ],
    run: configCmd,
  },
  {
    name: 'version',
    usage: '[OPTIONS]',
    short: 'Show the Docker Compose version information',
    flags: [
      { name: 'format', short: 'f', type: 'string', usage: 'Format the output. Values: [pretty | json]. (Default: pretty)' },
      { name: 'short', type: 'bool', usage: "Shows only Compose's version number" },
    ],
    run: (ctx, p) => versionCmd(ctx, p),
  },
  ...MORE_SUBCOMMANDS,
];

async function runCompose(ctx: CliContext, g: ParsedFlags): Promise<number> {
  if (flag.bool(g, 'version')) return versionCmd(ctx, { values: { short: false, format: '' }, changed: new Set(), args: [] });
  const [name, ...rest] = g.args;
  if (name === undefined || name === 'help') {
    ctx.stdout.write(composeHelp(Math.max(ctx.columns, 40) - 1));
    return 0;
  }
  const sub = SUBCOMMANDS.find((s) => s.name === name);
  if (!sub) {
    ctx.stderr.write(`unknown docker command: "compose ${name}"\n`);
    return 1;
  }
  const path = `docker compose ${sub.name}`;
  const asCommand: Command = { path, usage: sub.usage, short: sub.short, args: { kind: 'any' }, flags: sub.flags, run: async () => 0 };
  let p: ParsedFlags;
  try {
    p = parseFlags([...sub.flags, { name: 'help', short: 'h', type: 'bool', usage: 'Print usage', hidden: true }], rest, { interspersed: sub.interspersed ?? true });
  } catch (e) {
    if (!(e instanceof FlagError)) throw e;
    ctx.stderr.write(flagErrorText(asCommand, path, e.message) + '\n');
    return 1;
  }
  if (flag.bool(p, 'help')) {
    ctx.stdout.write(commandHelp(asCommand, path, Math.max(ctx.columns, 40) - 1));
    return 0;
  }
  try {
    return await sub.run(ctx, p, p.args, g);
  } catch (e) {
    if (e instanceof ComposeError || e instanceof ComposeFailure) {
      ctx.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

export const composeCommand: Command = {
  path: 'docker compose',
  usage: '[OPTIONS] COMMAND',
  // docker prints `Usage:` + short + the visible flags for --help: the whole help is the short text
  short: composeHelpBody(),
  args: { kind: 'any' },
  flags: [...GLOBAL_FLAGS, VERSION_FLAG].map((f): FlagSpec => ({ ...f, hidden: true })),
  interspersed: false,
  run: (ctx, p) => runCompose(ctx, p),
};

export const composeCommands: Command[] = [composeCommand];
