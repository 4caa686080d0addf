/**
 * `docker info` / `docker system info` (docker/cli cli/command/system/info.go,
 * prettyPrintInfo): the client part as the reference's 28.2.2 client prints
 * it (no CLI plugins here), the server part as a Docker CE 28.2.2 engine on
 * the lab's host reports it: counts live from the engine, overlay2 on extfs,
 * cgroup v2 with systemd, the host's kernel, OS, name. With --format, the
 * template runs on the dockerInfo struct.
 */
import type { Engine } from '../../engine/engine.ts';
import { HOST_NAME } from '../../engine/host.ts';
import { KERNEL } from '../../programs/util/ident.ts';
import type { Command } from '../command.ts';
import { INSPECT_FORMAT_HELP } from '../container/help-texts.ts';
import { flag } from '../flags.ts';
import { GO_MARSHAL_JSON, goNil, goStruct } from '../format/govalue.ts';
import { JsonError, marshal } from '../format/json.ts';
import { TemplateError, parseTemplate } from '../format/template.ts';
import { bytesSize } from '../format/units.ts';
import { CLIENT_VERSION, CONTAINERD, DOCKER_INIT, ENGINE_VERSION, RUNC } from './version.ts';

/** The host: 2 vCPUs, 4 GB of RAM (what MemTotal reads from /proc/meminfo). */
export const HOST_CPUS = 2;
export const HOST_MEMORY = 4_102_029_312;
/** The daemon's ID (a UUID since engine v26), fixed for the lab's host. */
export const DAEMON_ID = '5f0d3c2a-8b71-4e9c-a6d4-2c19e7b05f38';

const DRIVER_STATUS: [string, string][] = [
  ['Backing Filesystem', 'extfs'],
  ['Supports d_type', 'true'],
  ['Using metacopy', 'false'],
  ['Native Overlay Diff', 'true'],
  ['userxattr', 'false'],
];
const LOG_PLUGINS = ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'];
const NETWORK_PLUGINS = ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'];

/** PRETTY_NAME of the host's /etc/os-release, as the daemon reports it. */
function operatingSystem(engine: Engine): string {
  try {
    const text = engine.hostFs.readFile('/etc/os-release');
    const m = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text);
    if (m) return m[1];
  } catch {
    // no os-release: docker says "<unknown>"
  }
  return '<unknown>';
}

export interface EngineCounts {
  containers: number;
  running: number;
  paused: number;
  stopped: number;
  images: number;
}

export function engineCounts(engine: Engine): EngineCounts {
  const all = Object.values(engine.state.containers);
  const paused = all.filter((c) => c.State.Paused).length;
  const running = all.filter((c) => c.State.Running && !c.State.Paused).length;
  return { containers: all.length, running, paused, stopped: all.length - running - paused, images: Object.keys(engine.state.images).length };
}

/** The dockerInfo struct (system.Info fields promoted, ClientInfo) that --format templates see. */
export function dockerInfo(engine: Engine): object {
  const n = engineCounts(engine);
  const swarm = engine.state.swarm ? 'active' : 'inactive';
  const info = {
    ID: DAEMON_ID,
    Containers: n.containers,
    ContainersRunning: n.running,
    ContainersPaused: n.paused,
    ContainersStopped: n.stopped,
    Images: n.images,
    Driver: 'overlay2',
    DriverStatus: DRIVER_STATUS.map((p) => [...p]),
    Plugins: goStruct('system.PluginsInfo', {
      Volume: ['local'],
      Network: [...NETWORK_PLUGINS],
      Authorization: goNil('slice', '[]string'),
      Log: [...LOG_PLUGINS],
    }),
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: false,
    OomKillDisable: false,
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    KernelVersion: KERNEL.release,
    OperatingSystem: operatingSystem(engine),
    OSType: 'linux',
    Architecture: KERNEL.machine,
    IndexServerAddress: 'https://index.docker.io/v1/',
    NCPU: HOST_CPUS,
    MemTotal: HOST_MEMORY,
    DockerRootDir: '/var/lib/docker',
    HTTPProxy: '',
    HTTPSProxy: '',
    NoProxy: '',
    Name: HOST_NAME,
    Labels: [] as string[],
    ExperimentalBuild: false,
    ServerVersion: ENGINE_VERSION.Version,
    DefaultRuntime: 'runc',
    Swarm: goStruct('swarm.Info', { NodeID: '', NodeAddr: '', LocalNodeState: swarm, ControlAvailable: false, Error: '' }),
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: goStruct('system.Commit', { ID: CONTAINERD.GitCommit }),
    RuncCommit: goStruct('system.Commit', { ID: RUNC.GitCommit }),
    InitCommit: goStruct('system.Commit', { ID: DOCKER_INIT.GitCommit }),
    SecurityOptions: ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'],
    CDISpecDirs: ['/etc/cdi', '/var/run/cdi'],
    Warnings: goNil('slice', '[]string'),
  };
  const c = CLIENT_VERSION;
  const client = {
    Debug: false,
    Version: c.Version,
    GitCommit: c.GitCommit,
    GoVersion: c.GoVersion,
    Os: c.Os,
    Arch: c.Arch,
    BuildTime: c.BuildTime,
    Context: c.Context,
    Plugins: [] as unknown[],
    Warnings: goNil('slice', '[]string'),
  };
  const typed = goStruct('system.dockerInfo', { ...info, ClientInfo: goStruct('system.clientInfo', { ...client }) });
  Object.defineProperty(typed, GO_MARSHAL_JSON, {
    value: () => {
      const s = marshal({ ...info, ClientInfo: client }, { escapeHTML: false });
      return s instanceof JsonError ? 'null' : s;
    },
    enumerable: false,
  });
  return typed;
}

/** prettyPrintInfo's text. */
export function infoText(engine: Engine): string {
  const n = engineCounts(engine);
  const lines = [
    'Client:',
    ` Version:    ${CLIENT_VERSION.Version}`,
    ` Context:    ${CLIENT_VERSION.Context}`,
    ' Debug Mode: false',
    '',
    'Server:',
    ` Containers: ${n.containers}`,
    `  Running: ${n.running}`,
    `  Paused: ${n.paused}`,
    `  Stopped: ${n.stopped}`,
    ` Images: ${n.images}`,
    ` Server Version: ${ENGINE_VERSION.Version}`,
    ' Storage Driver: overlay2',
    ...DRIVER_STATUS.map(([k, v]) => `  ${k}: ${v}`),
    ' Logging Driver: json-file',
    ' Cgroup Driver: systemd',
    ' Cgroup Version: 2',
    ' Plugins:',
    '  Volume: local',
    `  Network: ${NETWORK_PLUGINS.join(' ')}`,
    `  Log: ${LOG_PLUGINS.join(' ')}`,
    ' CDI spec directories:',
    '  /etc/cdi',
    '  /var/run/cdi',
    ` Swarm: ${engine.state.swarm ? 'active' : 'inactive'}`,
    ' Runtimes: io.containerd.runc.v2 runc',
    ' Default Runtime: runc',
    ' Init Binary: docker-init',
    ` containerd version: ${CONTAINERD.GitCommit}`,
    ` runc version: ${RUNC.GitCommit}`,
    ` init version: ${DOCKER_INIT.GitCommit}`,
    ' Security Options:',
    '  apparmor',
    '  seccomp',
    '   Profile: builtin',
    '  cgroupns',
    ` Kernel Version: ${KERNEL.release}`,
    ` Operating System: ${operatingSystem(engine)}`,
    ' OSType: linux',
    ` Architecture: ${KERNEL.machine}`,
    ` CPUs: ${HOST_CPUS}`,
    ` Total Memory: ${bytesSize(HOST_MEMORY)}`,
    ` Name: ${HOST_NAME}`,
    ` ID: ${DAEMON_ID}`,
    ' Docker Root Dir: /var/lib/docker',
    ' Debug Mode: false',
    ' Experimental: false',
    ' Insecure Registries:',
    '  ::1/128',
    '  127.0.0.0/8',
    ' Live Restore Enabled: false',
    '',
  ];
  return lines.join('\n') + '\n';
}

export const infoCommand: Command = {
  path: 'docker system info',
  aliases: ['docker info'],
  usage: '[OPTIONS]',
  short: 'Display system-wide information',
  args: { kind: 'none' },
  flags: [{ name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }],
  async run(ctx, p) {
    let format = flag.str(p, 'format');
    if (format === '') {
      ctx.stdout.write(infoText(ctx.engine));
      return 0;
    }
    if (format === 'json') format = '{{json .}}';
    const tmpl = parseTemplate(format);
    if (tmpl instanceof TemplateError) {
      ctx.stderr.write(`template parsing error: ${tmpl.message}\n`);
      return 64;
    }
    const out = tmpl.execute(dockerInfo(ctx.engine));
    // formatInfo: the template's output, then a newline, then the error if any
    ctx.stdout.write((out instanceof TemplateError ? out.partial : out) + '\n');
    if (out instanceof TemplateError) {
      ctx.stderr.write(out.message + '\n');
      return 1;
    }
    return 0;
  },
};
