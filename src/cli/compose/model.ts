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

export const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

const stringList = z.array(z.string());
const stringOrList = z.union([z.string(), stringList]);
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const envSchema = z.union([z.record(z.string(), scalar), z.array(z.string())]);

const serviceNetwork = z.union([
  z.null(),
  z.strictObject({
    aliases: stringList.optional(),
    ipv4_address: z.string().optional(),
    ipv6_address: z.string().optional(),
    priority: z.number().optional(),
  }),
]);

const portLong = z.strictObject({
  target: z.union([z.number(), z.string()]),
  published: z.union([z.number(), z.string()]).optional(),
  host_ip: z.string().optional(),
  protocol: z.string().optional(),
  mode: z.string().optional(),
  name: z.string().optional(),
  app_protocol: z.string().optional(),
});

const volumeLong = z.strictObject({
  type: z.enum(['volume', 'bind', 'tmpfs']),
  source: z.string().optional(),
  target: z.string(),
  read_only: z.boolean().optional(),
  volume: z.strictObject({ nocopy: z.boolean().optional() }).optional(),
  bind: z.strictObject({ create_host_path: z.boolean().optional() }).optional(),
});

const dependsOn = z.union([
  stringList,
  z.record(
    z.string(),
    z.strictObject({
      condition: z.enum(['service_started', 'service_healthy', 'service_completed_successfully']).optional(),
      restart: z.boolean().optional(),
      required: z.boolean().optional(),
    }),
  ),
]);

/** Compose-spec service attributes the lab accepts without modelling them (no "additional properties" error). */
const OTHER_SERVICE_KEYS = [
  'annotations', 'attach', 'build', 'blkio_config', 'cpu_count', 'cpu_percent', 'cpu_shares', 'cpu_quota', 'cpu_period',
  'cpu_rt_period', 'cpu_rt_runtime', 'cpus', 'cpuset', 'credential_spec', 'deploy', 'develop', 'device_cgroup_rules', 'devices',
  'dns_opt', 'dns_search', 'domainname', 'extends', 'external_links', 'gpus', 'group_add', 'healthcheck', 'init', 'ipc',
  'isolation', 'label_file', 'links', 'logging', 'mac_address', 'mem_limit', 'mem_reservation', 'mem_swappiness', 'memswap_limit',
  'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'platform', 'post_start', 'pre_stop', 'privileged', 'provider',
  'pull_policy', 'read_only', 'runtime', 'scale', 'secrets', 'security_opt', 'shm_size', 'stop_grace_period', 'storage_opt',
  'sysctls', 'ulimits', 'userns_mode', 'uts', 'volumes_from', 'configs', 'cgroup', 'cgroup_parent', 'models', 'use_api_socket',
] as const;
const others = Object.fromEntries(OTHER_SERVICE_KEYS.map((k) => [k, z.unknown().optional()])) as Record<(typeof OTHER_SERVICE_KEYS)[number], z.ZodOptional<z.ZodUnknown>>;

const serviceSchema = z.strictObject({
  ...others,
  image: z.string().optional(),
  env_file: stringOrList.optional(),
  network_mode: z.string().optional(),
  dns: stringOrList.optional(),
  extra_hosts: z.union([stringList, z.record(z.string(), z.string())]).optional(),
  tmpfs: stringOrList.optional(),
  stop_signal: z.string().optional(),
  profiles: stringList.optional(),
  command: z.union([stringOrList, z.null()]).optional(),
  entrypoint: z.union([stringOrList, z.null()]).optional(),
  environment: envSchema.optional(),
  ports: z.array(z.union([z.string(), z.number(), portLong])).optional(),
  expose: z.array(z.union([z.string(), z.number()])).optional(),
  volumes: z.array(z.union([z.string(), volumeLong])).optional(),
  networks: z.union([stringList, z.record(z.string(), serviceNetwork)]).optional(),
  depends_on: dependsOn.optional(),
  container_name: z.string().optional(),
  hostname: z.string().optional(),
  restart: z.string().optional(),
  working_dir: z.string().optional(),
  user: z.string().optional(),
  tty: z.boolean().optional(),
  stdin_open: z.boolean().optional(),
  labels: z.union([z.record(z.string(), scalar), z.array(z.string())]).optional(),
});

const volumeSchema = z.union([
  z.null(),
  z.strictObject({
    name: z.string().optional(),
    driver: z.string().optional(),
    external: z.boolean().optional(),
    driver_opts: z.record(z.string(), scalar).optional(),
    labels: z.union([z.record(z.string(), scalar), z.array(z.string())]).optional(),
  }),
]);

const networkSchema = z.union([
  z.null(),
  z.strictObject({
    name: z.string().optional(),
    driver: z.string().optional(),
    external: z.boolean().optional(),
    internal: z.boolean().optional(),
    attachable: z.boolean().optional(),
    enable_ipv6: z.boolean().optional(),
    enable_ipv4: z.boolean().optional(),
    driver_opts: z.record(z.string(), scalar).optional(),
    labels: z.union([z.record(z.string(), scalar), z.array(z.string())]).optional(),
    ipam: z
      .strictObject({
        driver: z.string().optional(),
        config: z.array(z.strictObject({ subnet: z.string().optional(), gateway: z.string().optional(), ip_range: z.string().optional() })).optional(),
      })
      .optional(),
  }),
]);

const fileSchema = z.strictObject({
  version: z.union([z.string(), z.number()]).optional(),
  include: z.unknown().optional(),
  secrets: z.unknown().optional(),
  configs: z.unknown().optional(),
  models: z.unknown().optional(),
  name: z.string().optional(),
  services: z.record(z.string(), serviceSchema).optional(),
  volumes: z.record(z.string(), volumeSchema).optional(),
  networks: z.record(z.string(), networkSchema).optional(),
});

type RawFile = z.infer<typeof fileSchema>;
type RawService = z.infer<typeof serviceSchema>;

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

const TYPE_WORDS: Record<string, string> = { array: 'list', object: 'mapping', record: 'mapping', map: 'mapping', string: 'string', number: 'number', boolean: 'boolean' };

/** compose-go's wording for a schema violation. */
function schemaMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const path = issue.path.map(String).join('.');
  const at = (p: string) => (p === '' ? '(root)' : p);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `'${k}'`).join(', ');
    return `${at(path)} additional ${issue.keys.length === 1 ? 'properties' : 'properties'} ${keys} not allowed`;
  }
  if (issue.code === 'invalid_type') return `${at(path)} must be a ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  if (issue.code === 'invalid_union') {
    // report the branch that got furthest, as compose-go reports the most specific error
    let best: z.core.$ZodIssue | undefined;
    for (const branch of issue.errors) {
      for (const sub of branch) if (!best || sub.path.length > best.path.length) best = sub;
    }
    if (best && best.path.length > 0) return schemaMessage({ ...best, path: [...issue.path, ...best.path] } as z.core.$ZodIssue, data);
    let value: unknown = data;
    for (const p of issue.path) value = (value as Record<string, unknown>)?.[p as string];
    const kinds = issue.errors.map((b) => b[0]).filter((i) => i?.code === 'invalid_type').map((i) => TYPE_WORDS[(i as { expected: string }).expected] ?? (i as { expected: string }).expected);
    const uniq = [...new Set(kinds.filter((k) => k !== 'null'))];
    if (uniq.length && value !== undefined) return `${at(path)} must be a ${uniq.join(' or ')}`;
  }
  if (issue.code === 'invalid_value') return `${at(path)} must be one of the following: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
  return `${at(path)} ${issue.message}`;
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

function interpolate(text: string, env: Record<string, string>, missing: Set<string>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, braced, op, def, bare) => {
    if (m === '$$') return '$';
    const name = braced ?? bare;
    const v = env[name];
    if (v !== undefined && !(op === ':-' && v === '')) return v;
    if (op === undefined) missing.add(name);
    return def ?? '';
  });
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

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** List forms that merge as maps (environment, labels, networks, depends_on). */
function asMap(key: string, v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  if (key === 'environment' || key === 'labels') {
    return Object.fromEntries(v.map((e: string) => (e.includes('=') ? [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] : [e, null])));
  }
  if (key === 'networks') return Object.fromEntries(v.map((n: string) => [n, null]));
  if (key === 'depends_on') return Object.fromEntries(v.map((n: string) => [n, { condition: 'service_started' }]));
  return v;
}

const volumeTarget = (v: unknown): string => (typeof v === 'string' ? (v.split(':')[1] ?? v) : String((v as { target?: string }).target));

/** compose-go's override merge for the attributes the lab models: maps merge, some lists append, volumes merge by target. */
function mergeService(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else if (['environment', 'labels', 'networks', 'depends_on'].includes(key) && (isMap(asMap(key, prev)) || isMap(asMap(key, value)))) {
      out[key] = { ...(asMap(key, prev) as object), ...(asMap(key, value) as object) };
    } else if (key === 'volumes' && Array.isArray(prev) && Array.isArray(value)) {
      const byTarget = new Map(prev.map((v) => [volumeTarget(v), v]));
      for (const v of value) byTarget.set(volumeTarget(v), v);
      out[key] = [...byTarget.values()];
    } else if (['ports', 'expose', 'dns', 'extra_hosts', 'env_file', 'tmpfs', 'profiles'].includes(key) && Array.isArray(prev) && Array.isArray(value)) {
      out[key] = [...prev, ...value.filter((v) => !prev.some((p) => JSON.stringify(p) === JSON.stringify(v)))];
    } else if (isMap(prev) && isMap(value)) out[key] = { ...prev, ...value };
    else out[key] = value;
  }
  return out;
}

function mergeFiles(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    if (key === 'services' && isMap(prev) && isMap(value)) {
      const services: Record<string, unknown> = { ...prev };
      for (const [name, svc] of Object.entries(value)) {
        services[name] = isMap(services[name]) && isMap(svc) ? mergeService(services[name] as Record<string, unknown>, svc) : svc;
      }
      out[key] = services;
    } else if (isMap(prev) && isMap(value)) out[key] = { ...prev, ...value };
    else out[key] = value;
  }
  return out;
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

/** KEY=VALUE lines (comments, blank lines and `export ` skipped, quotes removed). */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(/^export\s+/, '');
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    let value = line.slice(eq + 1).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    out[line.slice(0, eq).trim()] = value;
  }
  return out;
}

function interpolateTree(v: unknown, env: Record<string, string>, missing: Set<string>): unknown {
  if (typeof v === 'string') return interpolate(v, env, missing);
  if (Array.isArray(v)) return v.map((x) => interpolateTree(x, env, missing));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, interpolateTree(x, env, missing)]));
  return v;
}

function stripExtensions(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k.startsWith('x-')) continue;
    if (k === 'services' && v && typeof v === 'object' && !Array.isArray(v)) {
      const services: Record<string, unknown> = {};
      for (const [sk, sv] of Object.entries(v as Record<string, unknown>)) {
        services[sk] = sv && typeof sv === 'object' && !Array.isArray(sv) ? Object.fromEntries(Object.entries(sv).filter(([key]) => !key.startsWith('x-'))) : sv;
      }
      out[k] = services;
    } else out[k] = v;
  }
  return out;
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
