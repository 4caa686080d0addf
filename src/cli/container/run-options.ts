/**
 * From `docker run/create` flags to the API's create request, as docker/cli's
 * container/opts.go parse() does: env, binds vs anonymous volumes, --mount,
 * --tmpfs, ports, network settings. Client-side errors come back as text.
 */
import type { CreateRequest } from '../../engine/containers/create.ts';
import type { HostConfig } from '../../engine/state.ts';
import { resolvePath } from '../../vfs/path.ts';
import { isValidIP } from '../../engine/network/ipam.ts';
import type { CliContext } from '../command.ts';
import { type FlagSpec, type ParsedFlags, flag } from '../flags.ts';
import { parseMountFlag } from './mount-spec.ts';
import { type ParsedPorts, addPortSpec } from './ports-spec.ts';

/** Hidden aliases docker keeps for old spellings. */
export const HIDDEN_RUN_FLAGS: FlagSpec[] = [
  { name: 'net', type: 'list', usage: 'Connect a container to a network', hidden: true },
  { name: 'net-alias', type: 'list', usage: 'Add network-scoped alias for the container', hidden: true },
];

/** Values docker/cli checks as the flag is set (opts.ValidateExtraHost, opts.ValidateIPAddress, MountOpt). */
const VALIDATORS: Record<string, (raw: string) => string | null> = {
  mount: (raw) => {
    const m = parseMountFlag(raw);
    return typeof m === 'string' ? m : null;
  },
  'add-host': (raw) => {
    // host:ip or host=ip; the address may be an IPv6 one or the special host-gateway
    const sep = raw.includes('=') ? raw.indexOf('=') : raw.indexOf(':');
    if (sep <= 0) return `bad format for add-host: "${raw}"`;
    const ip = raw.slice(sep + 1).replace(/^\[(.*)\]$/, '$1');
    if (ip === 'host-gateway') return null;
    return isValidIP(ip) ? null : `invalid IP address in add-host: "${ip}"`;
  },
  dns: (raw) => (isValidIP(raw) ? null : `IP address is not correctly formatted: ${raw}`),
};

/** Attaches docker's flag-time validation, so those errors are flag errors (exit 125 with the usage). */
export function withValidators(flags: FlagSpec[]): FlagSpec[] {
  return flags.map((f) => (VALIDATORS[f.name] ? { ...f, validate: VALIDATORS[f.name] } : f));
}

export interface RunSettings {
  request: CreateRequest;
  detach: boolean;
  interactive: boolean;
  tty: boolean;
  autoRemove: boolean;
  pull: string;
  quiet: boolean;
}

function splitEnv(entries: string[], clientEnv: Record<string, string>): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (e.includes('=')) out.push(e);
    else if (e in clientEnv) out.push(`${e}=${clientEnv[e]}`);
  }
  return out;
}

function labelsOf(entries: string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const l of entries) {
    const eq = l.indexOf('=');
    labels[eq >= 0 ? l.slice(0, eq) : l] = eq >= 0 ? l.slice(eq + 1) : '';
  }
  return labels;
}

/** Splits a -v spec the way compose-go's loader.ParseVolume does, enough for docker/cli's use. */
function parseVolumeFlag(spec: string): { source: string; rest: string } | { error: string } {
  const parts = spec.split(':');
  if (parts.some((p, i) => p === '' && i < parts.length - 1 && parts.length > 1)) {
    return { error: `invalid spec: ${spec}: empty section between colons` };
  }
  if (parts.length === 1) return { source: '', rest: spec };
  return { source: parts[0], rest: parts.slice(1).join(':') };
}

export function buildRunSettings(ctx: CliContext, p: ParsedFlags, args: string[]): RunSettings | { error: string } {
  const [image, ...cmd] = args;
  const envFiles: string[] = [];
  for (const file of flag.list(p, 'env-file')) {
    try {
      for (const line of ctx.engine.hostFs.readFile(resolvePath(ctx.cwd, file)).split('\n')) {
        const t = line.trim();
        if (t && !t.startsWith('#')) envFiles.push(t);
      }
    } catch {
      return { error: `open ${file}: no such file or directory` };
    }
  }
  const env = splitEnv([...envFiles, ...flag.list(p, 'env')], ctx.env);

  const binds: string[] = [];
  const volumes: Record<string, Record<string, never>> = {};
  for (const v of flag.list(p, 'volume')) {
    const parsed = parseVolumeFlag(v);
    if ('error' in parsed) return { error: parsed.error };
    if (parsed.source === '') {
      volumes[v] = {};
      continue;
    }
    let source = parsed.source;
    if (!source.startsWith('/') && source.startsWith('.')) source = resolvePath(ctx.cwd, source);
    binds.push(`${source}:${parsed.rest}`);
  }
  const mounts = flag.list(p, 'mount').map((m) => parseMountFlag(m)).filter((m) => typeof m !== 'string');

  const tmpfs: Record<string, string> = {};
  for (const t of flag.list(p, 'tmpfs')) {
    const colon = t.indexOf(':');
    tmpfs[colon >= 0 ? t.slice(0, colon) : t] = colon >= 0 ? t.slice(colon + 1) : '';
  }

  const ports: ParsedPorts = { exposed: {}, bindings: {} };
  for (const spec of flag.list(p, 'publish')) {
    const err = addPortSpec(spec, ports);
    if (err) return { error: err };
  }
  for (const e of flag.list(p, 'expose')) {
    const [port, proto = 'tcp'] = e.split('/');
    ports.exposed[`${port}/${proto}`] = {};
  }

  const mac = flag.str(p, 'mac-address');
  if (mac && !/^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$/.test(mac)) return { error: `${mac} is not a valid mac address` };

  const autoRemove = flag.bool(p, 'rm');
  const restart = flag.str(p, 'restart');
  if (autoRemove && restart && restart !== 'no') return { error: 'conflicting options: cannot specify both --restart and --rm' };

  const networks = [...flag.list(p, 'network'), ...flag.list(p, 'net')];
  const networkMode = networks[0] ?? 'default';
  const aliases = [...flag.list(p, 'network-alias'), ...flag.list(p, 'net-alias')];
  // docker/cli checks this before asking the daemon (opts.parseNetworkOpts)
  if (aliases.length && ['default', 'bridge', 'host', 'none'].includes(networkMode.split(':')[0]) || (aliases.length && networkMode.startsWith('container:'))) {
    return { error: 'network-scoped aliases are only supported for user-defined networks' };
  }
  const ip = flag.str(p, 'ip');
  const ip6 = flag.str(p, 'ip6');

  const hostConfig: Partial<HostConfig> & { networking?: unknown } = {
    Binds: binds.length ? binds : null,
    NetworkMode: networkMode,
    PortBindings: ports.bindings,
    RestartPolicy: { Name: restart || 'no', MaximumRetryCount: 0 },
    AutoRemove: autoRemove,
    VolumesFrom: flag.list(p, 'volumes-from').length ? flag.list(p, 'volumes-from') : null,
    Dns: flag.list(p, 'dns'),
    DnsOptions: flag.list(p, 'dns-option'),
    DnsSearch: flag.list(p, 'dns-search'),
    ExtraHosts: flag.list(p, 'add-host').length ? flag.list(p, 'add-host') : null,
    Links: flag.list(p, 'link').length ? flag.list(p, 'link') : null,
    PublishAllPorts: flag.bool(p, 'publish-all'),
  };
  if (mounts.length) hostConfig.Mounts = mounts;
  if (Object.keys(tmpfs).length) hostConfig.Tmpfs = tmpfs;

  const entrypoint = p.changed.has('entrypoint') ? [flag.str(p, 'entrypoint')] : undefined;
  const interactive = flag.bool(p, 'interactive');
  const tty = flag.bool(p, 'tty');
  const detach = flag.bool(p, 'detach');
  const request: CreateRequest = {
    name: p.changed.has('name') ? flag.str(p, 'name') : undefined,
    Config: {
      Image: image,
      Cmd: cmd.length ? cmd : undefined,
      Entrypoint: entrypoint,
      Env: env,
      Hostname: flag.str(p, 'hostname'),
      Domainname: flag.str(p, 'domainname'),
      User: flag.str(p, 'user'),
      WorkingDir: flag.str(p, 'workdir'),
      Tty: tty,
      OpenStdin: interactive,
      StdinOnce: interactive && !detach,
      AttachStdin: interactive && !detach,
      AttachStdout: !detach,
      AttachStderr: !detach,
      Labels: labelsOf(flag.list(p, 'label')),
      ExposedPorts: Object.keys(ports.exposed).length ? ports.exposed : undefined,
      Volumes: Object.keys(volumes).length ? volumes : undefined,
      MacAddress: flag.str(p, 'mac-address') || undefined,
      StopSignal: flag.str(p, 'stop-signal') || undefined,
    },
    HostConfig: hostConfig,
    endpoint: { aliases, ipv4: ip || undefined, ipv6: ip6 || undefined, extraNetworks: networks.slice(1) },
  };
  return { request, detach, interactive, tty, autoRemove, pull: flag.str(p, 'pull') || 'missing', quiet: flag.bool(p, 'quiet') };
}
