/**
 * Reading Compose files before validation: variable interpolation (`${VAR:-x}`,
 * `.env`), `x-` extensions, and compose-go's merge of override files.
 */

export function interpolate(text: string, env: Record<string, string>, missing: Set<string>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, braced, op, def, bare) => {
    if (m === '$$') return '$';
    const name = braced ?? bare;
    const v = env[name];
    if (v !== undefined && !(op === ':-' && v === '')) return v;
    if (op === undefined) missing.add(name);
    return def ?? '';
  });
}

export const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** List forms that merge as maps (environment, labels, networks, depends_on). */
export function asMap(key: string, v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  if (key === 'environment' || key === 'labels') {
    return Object.fromEntries(v.map((e: string) => (e.includes('=') ? [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] : [e, null])));
  }
  if (key === 'networks') return Object.fromEntries(v.map((n: string) => [n, null]));
  if (key === 'depends_on') return Object.fromEntries(v.map((n: string) => [n, { condition: 'service_started' }]));
  return v;
}

export const volumeTarget = (v: unknown): string => (typeof v === 'string' ? (v.split(':')[1] ?? v) : String((v as { target?: string }).target));

/** compose-go's override merge for the attributes the lab models: maps merge, some lists append, volumes merge by target. */
export function mergeService(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
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

export function mergeFiles(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
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

export function interpolateTree(v: unknown, env: Record<string, string>, missing: Set<string>): unknown {
  if (typeof v === 'string') return interpolate(v, env, missing);
  if (Array.isArray(v)) return v.map((x) => interpolateTree(x, env, missing));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, interpolateTree(x, env, missing)]));
  return v;
}

export function stripExtensions(doc: Record<string, unknown>): Record<string, unknown> {
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
