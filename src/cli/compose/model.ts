/**
 * Loading a Compose file as Compose v2 (compose-go) does for the subset the
 * course uses: finding the file, the project name, YAML parsing, schema
 * validation (zod, with compose-go's error wording) and normalisation into
 * a project with full resource names (`<project>_default`, `<project>_data`).
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { FileSystem } from '../../vfs/types.ts';
import { basename, dirname, resolvePath } from '../../vfs/path.ts';
import { interpolateTree, mergeFiles, parseEnvFile, stripExtensions } from './model-merge.ts';
import { type RawFile, type RawService, fileSchema, portLong, schemaMessage, volumeLong } from './model-schema.ts';

export { parseEnvFile } from './model-merge.ts';

export const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];


export interface PortSpec {
  hostIp: string;
  published: string;
  target: string;
  protocol: string;
}

export interface VolumeMount {
  type: 'volume' | 'bind' | 'tmpfs';
  /** full volume name, absolute host path, or '' for an anonymous volume */
  source: string;
  target: string;
  readOnly: boolean;
  /** the key in the top-level volumes for named volumes */
  key?: string;
}

export interface ServiceNetwork {
  key: string;
  /** the network's full name */
  name: string;
  aliases: string[];
  ipv4?: string;
}

export interface Service {
  name: string;
  image: string;
  command: string[] | null;
  entrypoint: string[] | null;
  environment: string[];
  ports: PortSpec[];
  expose: string[];
  volumes: VolumeMount[];
  networks: ServiceNetwork[];
  dependsOn: string[];
  /** depends_on conditions: service_started (the default), service_healthy, service_completed_successfully */
  conditions: Record<string, string>;
  containerName?: string;
  hostname?: string;
  restart?: string;
  workingDir?: string;
  user?: string;
  tty: boolean;
  stdinOpen: boolean;
  labels: Record<string, string>;
  /** network_mode as the API takes it ("host", "none", "container:<name>"), or undefined */
  networkMode?: string;
  dns: string[];
  extraHosts: string[];
  tmpfs: string[];
  stopSignal?: string;
  profiles: string[];
  /** the service as written, for the config hash */
  raw: RawService;
}

export interface ProjectVolume {
  key: string;
  name: string;
  external: boolean;
  driver?: string;
  driverOpts: Record<string, string>;
  labels: Record<string, string>;
}

export interface ProjectNetwork {
  key: string;
  name: string;
  external: boolean;
  driver?: string;
  internal: boolean;
  attachable: boolean;
  enableIPv6: boolean;
  subnets: { subnet?: string; gateway?: string; ipRange?: string }[];
  driverOpts: Record<string, string>;
  labels: Record<string, string>;
}

export interface Project {
  name: string;
  workingDir: string;
  configFiles: string[];
  services: Service[];
  volumes: ProjectVolume[];
  networks: ProjectNetwork[];
  /** what compose logs as warnings while loading (obsolete `version`, unset variables) */
  warnings: string[];
}

export class ComposeError extends Error {}

const invalid = (msg: string) => new ComposeError(`${msg}: invalid compose project`);

/** compose-go NormalizeProjectName. */
export function normalizeProjectName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^-_a-z0-9]+/g, '')
    .replace(/^[-_]+/, '');
}

export const VALID_PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** Go's shellwords split (compose-go uses shlex for string commands). */
export function shellSplit(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < s.length && '"\\$`'.includes(s[i + 1])) cur += s[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (has || cur) out.push(cur);
  return out;
}

function labelMap(v: Record<string, unknown> | string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!v) return out;
  if (Array.isArray(v)) {
    for (const e of v) {
      const eq = e.indexOf('=');
      out[eq >= 0 ? e.slice(0, eq) : e] = eq >= 0 ? e.slice(eq + 1) : '';
    }
  } else for (const [k, val] of Object.entries(v)) out[k] = val === null ? '' : String(val);
  return out;
}


export interface LoadOptions {
  fs: FileSystem;
  cwd: string;
  files: string[];
  projectName?: string;
  env: Record<string, string>;
}

/** The compose file(s) to read: -f, or the first default name in the working directory. */
function findFiles(opts: LoadOptions): string[] {
  if (opts.files.length) {
    return opts.files.map((f) => {
      const path = resolvePath(opts.cwd, f);
      if (opts.fs.stat(path)?.type !== 'file') throw new ComposeError(`open ${path}: no such file or directory`);
      return path;
    });
  }
  // compose-go looks in the working directory, then in each parent up to the root
  for (let dir = resolvePath(opts.cwd, '.'); ; dir = dirname(dir)) {
    for (const name of COMPOSE_FILES) {
      const path = resolvePath(dir, name);
      if (opts.fs.stat(path)?.type === 'file') return [path];
    }
    if (dir === '/') break;
  }
  throw new ComposeError('no configuration file provided: not found');
}


export const OVERRIDE_FILES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

/** One file read, interpolated and checked against the schema (errors name that file). */
function readComposeFile(fs: FileSystem, path: string, env: Record<string, string>, missing: Set<string>, warnings: string[]): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = parseYaml(fs.readFile(path));
  } catch (e) {
    // go-yaml's form: "yaml: line N: <what>"; the yaml package's message, first line, lower case
    const err = e as Error & { linePos?: { line: number }[] };
    const line = err.linePos?.[0]?.line ?? 1;
    let what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
    if (/^Nested mappings are not allowed/.test(what)) what = 'mapping values are not allowed in this context';
    throw new ComposeError(`yaml: line ${line}: ${what.charAt(0).toLowerCase()}${what.slice(1)}`);
  }
  if (doc === null || doc === undefined) doc = {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new ComposeError(`validating ${path}: (root) must be a mapping`);
  const interpolated = interpolateTree(doc, env, missing) as Record<string, unknown>;
  if (interpolated.version !== undefined) {
    warnings.push(`${path}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
  }
  // x- extensions are allowed at the top and in services
  const cleaned = stripExtensions(interpolated);
  const parsed = fileSchema.safeParse(cleaned);
  if (!parsed.success) throw new ComposeError(`validating ${path}: ${schemaMessage(parsed.error.issues[0], cleaned)}`);
  return cleaned;
}


export function loadProject(opts: LoadOptions): Project {
  const files = findFiles(opts);
  const path = files[0];
  const workingDir = dirname(path);
  if (opts.files.length === 0) {
    const override = OVERRIDE_FILES.map((n) => resolvePath(workingDir, n)).find((f) => opts.fs.stat(f)?.type === 'file');
    if (override) files.push(override);
  }
  const warnings: string[] = [];
  // the .env file of the project directory, under the shell's variables
  const fileEnv: Record<string, string> = {};
  const dotEnv = resolvePath(workingDir, '.env');
  if (opts.fs.stat(dotEnv)?.type === 'file') Object.assign(fileEnv, parseEnvFile(opts.fs.readFile(dotEnv)));
  Object.assign(fileEnv, opts.env);
  const missing = new Set<string>();
  let merged: Record<string, unknown> = {};
  for (const file of files) merged = mergeFiles(merged, readComposeFile(opts.fs, file, fileEnv, missing, warnings));
  for (const name of missing) warnings.push(`The "${name}" variable is not set. Defaulting to a blank string.`);
  const parsed = fileSchema.safeParse(merged);
  if (!parsed.success) throw new ComposeError(`validating ${path}: ${schemaMessage(parsed.error.issues[0], merged)}`);
  const raw = parsed.data;

  let name = opts.projectName ?? opts.env.COMPOSE_PROJECT_NAME ?? raw.name;
  if (name !== undefined && !VALID_PROJECT_NAME.test(name)) {
    throw new ComposeError(
      `invalid project name "${name}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
    );
  }
  name ??= normalizeProjectName(basename(workingDir));
  if (!name) throw new ComposeError('project name must not be empty');
  return { ...normalize(raw, name, workingDir, files, fileEnv, opts.fs), warnings };
}


function parsePort(spec: string | number | z.infer<typeof portLong>, service: string): PortSpec[] {
  if (typeof spec === 'object') {
    return [{ hostIp: spec.host_ip ?? '', published: spec.published === undefined ? '' : String(spec.published), target: String(spec.target), protocol: spec.protocol ?? 'tcp' }];
  }
  const text = String(spec);
  const [main, protocol = 'tcp'] = text.split('/');
  const parts = main.split(':');
  let hostIp = '';
  let published = '';
  let target: string;
  if (parts.length === 1) target = parts[0];
  else if (parts.length === 2) [published, target] = parts;
  else {
    target = parts[parts.length - 1];
    published = parts[parts.length - 2];
    hostIp = parts.slice(0, -2).join(':').replace(/^\[(.*)\]$/, '$1');
  }
  const range = /^(\d+)(?:-(\d+))?$/;
  if (!range.test(target) || (published !== '' && !range.test(published))) {
    throw new ComposeError(`invalid port spec "${text}" for service "${service}"`);
  }
  const [t0, t1 = t0] = target.split('-').map(Number);
  const [p0, p1] = published ? published.split('-').map(Number) : [NaN, NaN];
  const out: PortSpec[] = [];
  for (let i = 0; i <= t1 - t0; i++) {
    let pub = '';
    if (published) pub = p1 === undefined || Number.isNaN(p1) ? (t1 === t0 ? String(p0) : `${p0}`) : String(p0 + i);
    out.push({ hostIp, published: pub, target: String(t0 + i), protocol });
  }
  return out;
}

function parseVolume(spec: string | z.infer<typeof volumeLong>, service: string, project: string, raw: RawFile, workingDir: string): VolumeMount {
  const named = (key: string): VolumeMount['source'] => {
    if (!raw.volumes || !(key in raw.volumes)) throw invalid(`service "${service}" refers to undefined volume ${key}`);
    const v = raw.volumes[key];
    return v?.name ?? (v?.external ? key : `${project}_${key}`);
  };
  const isPath = (s: string) => s.startsWith('.') || s.startsWith('/') || s.startsWith('~');
  const hostPath = (s: string) => resolvePath(workingDir, s.startsWith('~') ? '/root' + s.slice(1) : s);
  if (typeof spec === 'object') {
    const source = spec.source ?? '';
    if (spec.type === 'bind') return { type: 'bind', source: hostPath(source), target: spec.target, readOnly: !!spec.read_only };
    if (spec.type === 'tmpfs') return { type: 'tmpfs', source: '', target: spec.target, readOnly: false };
    return source
      ? { type: 'volume', source: named(source), key: source, target: spec.target, readOnly: !!spec.read_only }
      : { type: 'volume', source: '', target: spec.target, readOnly: !!spec.read_only };
  }
  const parts = spec.split(':');
  if (parts.length === 1) return { type: 'volume', source: '', target: parts[0], readOnly: false };
  const [source, target, mode = ''] = parts;
  const readOnly = mode.split(',').includes('ro');
  if (isPath(source)) return { type: 'bind', source: hostPath(source), target, readOnly };
  return { type: 'volume', source: named(source), key: source, target, readOnly };
}

function normalize(raw: RawFile, project: string, workingDir: string, files: string[], env: Record<string, string>, fs: FileSystem): Omit<Project, 'warnings'> {
  const services: Service[] = [];
  const usedNetworks = new Set<string>();
  const serviceNames = Object.keys(raw.services ?? {});
  for (const [name, s] of Object.entries(raw.services ?? {})) {
    if (!s.image) throw invalid(`service "${name}" has neither an image nor a build context specified`);
    const environment: string[] = [];
    const envFiles = s.env_file === undefined ? [] : typeof s.env_file === 'string' ? [s.env_file] : s.env_file;
    for (const f of envFiles) {
      const file = resolvePath(workingDir, f);
      if (fs.stat(file)?.type !== 'file') throw new ComposeError(`env file ${file} not found: stat ${file}: no such file or directory`);
      for (const [k, v] of Object.entries(parseEnvFile(fs.readFile(file)))) environment.push(`${k}=${v}`);
    }
    if (Array.isArray(s.environment)) {
      for (const e of s.environment) {
        if (e.includes('=')) environment.push(e);
        else if (env[e] !== undefined) environment.push(`${e}=${env[e]}`);
      }
    } else {
      for (const [k, v] of Object.entries(s.environment ?? {})) {
        if (v === null) {
          if (env[k] !== undefined) environment.push(`${k}=${env[k]}`);
        } else environment.push(`${k}=${v === true ? 'true' : v === false ? 'false' : String(v)}`);
      }
    }
    const networks: ServiceNetwork[] = [];
    if (s.network_mode && s.networks) throw new ComposeError(`service ${name} declares mutually exclusive \`network_mode\` and \`networks\`: invalid compose project`);
    let networkMode = s.network_mode;
    if (networkMode?.startsWith('service:')) {
      const target = networkMode.slice('service:'.length);
      if (!serviceNames.includes(target)) throw invalid(`service "${name}" depends on undefined service "${target}"`);
      const other = raw.services![target];
      networkMode = `container:${other.container_name ?? `${project}-${target}-1`}`;
    }
    const declared = networkMode ? {} : s.networks === undefined ? { default: null } : Array.isArray(s.networks) ? Object.fromEntries(s.networks.map((n) => [n, null])) : s.networks;
    for (const [key, cfg] of Object.entries(declared)) {
      if (key !== 'default' && !(raw.networks && key in raw.networks)) throw invalid(`service "${name}" refers to undefined network ${key}`);
      usedNetworks.add(key);
      networks.push({ key, name: networkName(raw, project, key), aliases: cfg?.aliases ?? [], ipv4: cfg?.ipv4_address });
    }
    networks.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const dependsOn = s.depends_on === undefined ? [] : Array.isArray(s.depends_on) ? [...s.depends_on] : Object.keys(s.depends_on);
    if (s.network_mode?.startsWith('service:') && !dependsOn.includes(s.network_mode.slice(8))) dependsOn.push(s.network_mode.slice(8));
    for (const dep of dependsOn) {
      if (!serviceNames.includes(dep)) throw invalid(`service "${name}" depends on undefined service "${dep}"`);
    }
    const argv = (v: string | string[] | null | undefined): string[] | null => (v === undefined || v === null ? null : typeof v === 'string' ? shellSplit(v) : v);
    services.push({
      name,
      image: s.image,
      command: argv(s.command),
      entrypoint: argv(s.entrypoint),
      environment,
      ports: (s.ports ?? []).flatMap((p) => parsePort(p, name)),
      expose: (s.expose ?? []).map(String),
      volumes: (s.volumes ?? []).map((v) => parseVolume(v, name, project, raw, workingDir)),
      networks,
      dependsOn,
      conditions: Object.fromEntries(
        dependsOn.map((d) => [d, s.depends_on && !Array.isArray(s.depends_on) ? (s.depends_on[d]?.condition ?? 'service_started') : 'service_started']),
      ),
      containerName: s.container_name,
      hostname: s.hostname,
      restart: s.restart,
      workingDir: s.working_dir,
      user: s.user,
      tty: s.tty ?? false,
      stdinOpen: s.stdin_open ?? false,
      labels: labelMap(s.labels as Record<string, unknown> | string[] | undefined),
      networkMode,
      dns: s.dns === undefined ? [] : typeof s.dns === 'string' ? [s.dns] : s.dns,
      extraHosts: s.extra_hosts === undefined ? [] : Array.isArray(s.extra_hosts) ? s.extra_hosts.map((h) => h.replace('=', ':')) : Object.entries(s.extra_hosts).map(([h, ip]) => `${h}:${ip}`),
      tmpfs: s.tmpfs === undefined ? [] : typeof s.tmpfs === 'string' ? [s.tmpfs] : s.tmpfs,
      stopSignal: s.stop_signal,
      profiles: s.profiles ?? [],
      raw: s,
    });
  }
  // a cycle in depends_on is an error
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (n: string, from: string[]) => {
    if (done.has(n)) return;
    if (visiting.has(n)) throw new ComposeError(`dependency cycle detected: ${[...from, n].join(' -> ')}`);
    visiting.add(n);
    for (const d of services.find((s) => s.name === n)!.dependsOn) visit(d, [...from, n]);
    visiting.delete(n);
    done.add(n);
  };
  for (const s of services) visit(s.name, []);

  const volumes: ProjectVolume[] = Object.entries(raw.volumes ?? {}).map(([key, v]) => ({
    key,
    name: v?.name ?? (v?.external ? key : `${project}_${key}`),
    external: v?.external ?? false,
    driver: v?.driver,
    driverOpts: Object.fromEntries(Object.entries(v?.driver_opts ?? {}).map(([k, x]) => [k, String(x)])),
    labels: labelMap(v?.labels as Record<string, unknown> | string[] | undefined),
  }));
  const networks: ProjectNetwork[] = [];
  const keys = [...new Set([...(usedNetworks.has('default') ? ['default'] : []), ...Object.keys(raw.networks ?? {})])];
  for (const key of keys) {
    const n = raw.networks?.[key] ?? null;
    networks.push({
      key,
      name: networkName(raw, project, key),
      external: n?.external ?? false,
      driver: n?.driver,
      internal: n?.internal ?? false,
      attachable: n?.attachable ?? false,
      enableIPv6: n?.enable_ipv6 ?? false,
      subnets: (n?.ipam?.config ?? []).map((c) => ({ subnet: c.subnet, gateway: c.gateway, ipRange: c.ip_range })),
      driverOpts: Object.fromEntries(Object.entries(n?.driver_opts ?? {}).map(([k, x]) => [k, String(x)])),
      labels: labelMap(n?.labels as Record<string, unknown> | string[] | undefined),
    });
  }
  return { name: project, workingDir, configFiles: files, services, volumes, networks };
}

function networkName(raw: RawFile, project: string, key: string): string {
  const n = raw.networks?.[key];
  return n?.name ?? (n?.external ? key : `${project}_${key}`);
}

/** Services in dependency order (dependencies first), ties by name as compose's graph walk starts from the leaves. */
export function dependencyOrder(project: Project, selected?: string[]): Service[] {
  const byName = new Map(project.services.map((s) => [s.name, s]));
  const wanted = new Set<string>();
  const add = (n: string) => {
    if (wanted.has(n)) return;
    wanted.add(n);
    for (const d of byName.get(n)!.dependsOn) if (byName.has(d)) add(d);
  };
  for (const n of selected && selected.length ? selected : [...byName.keys()]) add(n);
  const out: Service[] = [];
  const placed = new Set<string>();
  const names = [...wanted].sort();
  while (out.length < names.length) {
    for (const n of names) {
      if (placed.has(n)) continue;
      if (byName.get(n)!.dependsOn.every((d) => placed.has(d) || !byName.has(d))) {
        out.push(byName.get(n)!);
        placed.add(n);
      }
    }
  }
  return out;
}

/** A stable digest of the service definition (com.docker.compose.config-hash). */
export function configHash(service: Service): string {
  const stable = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, stable((v as Record<string, unknown>)[k])]))
      : Array.isArray(v) ? v.map(stable) : v;
  const text = JSON.stringify(stable(service.raw));
  let out = '';
  for (let seed = 0; out.length < 64; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}
