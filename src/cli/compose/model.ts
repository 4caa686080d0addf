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

const serviceSchema = z.strictObject({
  image: z.string().optional(),
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
  version: z.string().optional(),
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
  containerName?: string;
  hostname?: string;
  restart?: string;
  workingDir?: string;
  user?: string;
  tty: boolean;
  stdinOpen: boolean;
  labels: Record<string, string>;
  /** the service as written, for the config hash */
  raw: RawService;
}

export interface ProjectVolume {
  key: string;
  name: string;
  external: boolean;
  driver?: string;
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
  labels: Record<string, string>;
}

export interface Project {
  name: string;
  workingDir: string;
  configFiles: string[];
  services: Service[];
  volumes: ProjectVolume[];
  networks: ProjectNetwork[];
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
  for (const name of COMPOSE_FILES) {
    const path = resolvePath(opts.cwd, name);
    if (opts.fs.stat(path)?.type === 'file') return [path];
  }
  throw new ComposeError('no configuration file provided: not found');
}

function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, braced, def, bare) => {
    if (m === '$$') return '$';
    const name = braced ?? bare;
    const v = env[name];
    if (v !== undefined && !(m.includes(':-') && v === '')) return v;
    return def ?? '';
  });
}

export function loadProject(opts: LoadOptions): Project {
  const files = findFiles(opts);
  const path = files[0];
  const workingDir = dirname(path);
  let doc: unknown;
  try {
    doc = parseYaml(opts.fs.readFile(path));
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
  // x- extensions are allowed anywhere at the top and in services
  const cleaned = stripExtensions(doc as Record<string, unknown>);
  const parsed = fileSchema.safeParse(cleaned);
  if (!parsed.success) throw new ComposeError(`validating ${path}: ${schemaMessage(parsed.error.issues[0], cleaned)}`);
  const raw = parsed.data;
  const fileEnv = { ...opts.env };

  let name = opts.projectName ?? opts.env.COMPOSE_PROJECT_NAME ?? raw.name;
  if (name !== undefined && !VALID_PROJECT_NAME.test(name)) {
    throw new ComposeError(
      `invalid project name "${name}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
    );
  }
  name ??= normalizeProjectName(basename(workingDir));
  if (!name) throw new ComposeError('project name must not be empty');
  return normalize(raw, name, workingDir, files, fileEnv);
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

function normalize(raw: RawFile, project: string, workingDir: string, files: string[], env: Record<string, string>): Project {
  const services: Service[] = [];
  const usedNetworks = new Set<string>();
  const serviceNames = Object.keys(raw.services ?? {});
  for (const [name, s] of Object.entries(raw.services ?? {})) {
    if (!s.image) throw invalid(`service "${name}" has neither an image nor a build context specified`);
    const environment: string[] = [];
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
    const declared = s.networks === undefined ? { default: null } : Array.isArray(s.networks) ? Object.fromEntries(s.networks.map((n) => [n, null])) : s.networks;
    for (const [key, cfg] of Object.entries(declared)) {
      if (key !== 'default' && !(raw.networks && key in raw.networks)) throw invalid(`service "${name}" refers to undefined network ${key}`);
      usedNetworks.add(key);
      networks.push({ key, name: networkName(raw, project, key), aliases: cfg?.aliases ?? [], ipv4: cfg?.ipv4_address });
    }
    networks.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const dependsOn = s.depends_on === undefined ? [] : Array.isArray(s.depends_on) ? s.depends_on : Object.keys(s.depends_on);
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
      containerName: s.container_name,
      hostname: s.hostname,
      restart: s.restart,
      workingDir: s.working_dir,
      user: s.user,
      tty: s.tty ?? false,
      stdinOpen: s.stdin_open ?? false,
      labels: labelMap(s.labels as Record<string, unknown> | string[] | undefined),
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
    for (const d of byName.get(n)!.dependsOn) add(d);
  };
  for (const n of selected && selected.length ? selected : [...byName.keys()]) add(n);
  const out: Service[] = [];
  const placed = new Set<string>();
  const names = [...wanted].sort();
  while (out.length < names.length) {
    for (const n of names) {
      if (placed.has(n)) continue;
      if (byName.get(n)!.dependsOn.every((d) => placed.has(d))) {
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
