/**
 * The zod schema of the Compose file subset the lab models, and compose-go's
 * wording for what fails it.
 */
import { z } from 'zod';

export const stringList = z.array(z.string());
export const stringOrList = z.union([z.string(), stringList]);
export const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const envSchema = z.union([z.record(z.string(), scalar), z.array(z.string())]);

export const serviceNetwork = z.union([
  z.null(),
  z.strictObject({
    aliases: stringList.optional(),
    ipv4_address: z.string().optional(),
    ipv6_address: z.string().optional(),
    priority: z.number().optional(),
  }),
]);

export const portLong = z.strictObject({
  target: z.union([z.number(), z.string()]),
  published: z.union([z.number(), z.string()]).optional(),
  host_ip: z.string().optional(),
  protocol: z.string().optional(),
  mode: z.string().optional(),
  name: z.string().optional(),
  app_protocol: z.string().optional(),
});

export const volumeLong = z.strictObject({
  type: z.enum(['volume', 'bind', 'tmpfs']),
  source: z.string().optional(),
  target: z.string(),
  read_only: z.boolean().optional(),
  volume: z.strictObject({ nocopy: z.boolean().optional() }).optional(),
  bind: z.strictObject({ create_host_path: z.boolean().optional() }).optional(),
});

export const dependsOn = z.union([
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
export const OTHER_SERVICE_KEYS = [
  'annotations', 'attach', 'build', 'blkio_config', 'cpu_count', 'cpu_percent', 'cpu_shares', 'cpu_quota', 'cpu_period',
  'cpu_rt_period', 'cpu_rt_runtime', 'cpus', 'cpuset', 'credential_spec', 'deploy', 'develop', 'device_cgroup_rules', 'devices',
  'dns_opt', 'dns_search', 'domainname', 'extends', 'external_links', 'gpus', 'group_add', 'healthcheck', 'init', 'ipc',
  'isolation', 'label_file', 'links', 'logging', 'mac_address', 'mem_limit', 'mem_reservation', 'mem_swappiness', 'memswap_limit',
  'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'platform', 'post_start', 'pre_stop', 'privileged', 'provider',
  'pull_policy', 'read_only', 'runtime', 'scale', 'secrets', 'security_opt', 'shm_size', 'stop_grace_period', 'storage_opt',
  'sysctls', 'ulimits', 'userns_mode', 'uts', 'volumes_from', 'configs', 'cgroup', 'cgroup_parent', 'models', 'use_api_socket',
] as const;
export const others = Object.fromEntries(OTHER_SERVICE_KEYS.map((k) => [k, z.unknown().optional()])) as Record<(typeof OTHER_SERVICE_KEYS)[number], z.ZodOptional<z.ZodUnknown>>;

export const serviceSchema = z.strictObject({
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

export const volumeSchema = z.union([
  z.null(),
  z.strictObject({
    name: z.string().optional(),
    driver: z.string().optional(),
    external: z.boolean().optional(),
    driver_opts: z.record(z.string(), scalar).optional(),
    labels: z.union([z.record(z.string(), scalar), z.array(z.string())]).optional(),
  }),
]);

export const networkSchema = z.union([
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

export const fileSchema = z.strictObject({
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

export type RawFile = z.infer<typeof fileSchema>;
export type RawService = z.infer<typeof serviceSchema>;

export const TYPE_WORDS: Record<string, string> = { array: 'list', object: 'mapping', record: 'mapping', map: 'mapping', string: 'string', number: 'number', boolean: 'boolean' };

/** compose-go's wording for a schema violation. */
export function schemaMessage(issue: z.core.$ZodIssue, data: unknown): string {
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
