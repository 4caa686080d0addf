/**
 * docker/cli option types the network commands use: pflag's StringSlice
 * (comma-separated values), opts.MapOpts ("key=value", a bare key maps to
 * ""), opts.ListOpts with ValidateLabel, and the labels map.
 */
import type { FlagSpec, ParsedFlags } from '../flags.ts';
import { flag } from '../flags.ts';

/** pflag StringSlice: every occurrence, each split on commas. */
export function stringSlice(p: ParsedFlags, name: string): string[] {
  return flag.list(p, name).flatMap((v) => (v === '' ? [] : v.split(',')));
}

/** opts.MapOpts.GetAll: later keys win. */
export function mapOpts(p: ParsedFlags, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of flag.list(p, name)) {
    const eq = raw.indexOf('=');
    if (eq < 0) out[raw] = '';
    else out[raw.slice(0, eq)] = raw.slice(eq + 1);
  }
  return out;
}

/** opts.ValidateLabel */
export function validateLabel(raw: string): string | null {
  const eq = raw.indexOf('=');
  const key = (eq < 0 ? raw : raw.slice(0, eq)).trim();
  if (key === '') return `invalid label '${raw}': empty name`;
  if (/[ \t\n\v\f\r]/.test(key)) return `label '${key}' contains whitespaces`;
  return null;
}

/** opts.ConvertKVStringsToMap */
export function labelsOf(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    out[eq < 0 ? v : v.slice(0, eq)] = eq < 0 ? '' : v.slice(eq + 1);
  }
  return out;
}

export const mapFlag = (name: string, usage: string, short?: string): FlagSpec => ({
  name,
  ...(short ? { short } : {}),
  type: 'list',
  typeName: 'map',
  usage,
  default: 'map[]',
});

export const stringsFlag = (name: string, usage: string): FlagSpec => ({ name, type: 'list', typeName: 'strings', usage });
