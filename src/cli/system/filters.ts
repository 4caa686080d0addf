/**
 * `--filter key=value` as docker/cli's opts.FilterOpt collects it, and the
 * daemon's filters.Args checks that the list, prune and df endpoints make
 * (moby api/types/filters/parse.go): Validate, ExactMatch, Match (a regular
 * expression), MatchKVList (labels) and GetBoolOrDefault, with their errors.
 */
import { invalidParameter } from '../../engine/errors.ts';
import type { FlagSpec } from '../flags.ts';

/** name -> the set of values given (in the order given; Go keeps a map). */
export type Filters = Map<string, string[]>;

/** The `-f, --filter filter` flag with docker/cli's usage text for the command. */
export function filterFlag(usage: string, short: string | null = 'f'): FlagSpec {
  return {
    name: 'filter',
    ...(short ? { short } : {}),
    type: 'list',
    typeName: 'filter',
    usage,
    // opts.FilterOpt.Set
    validate: (raw) => (raw !== '' && !raw.includes('=') ? 'bad format of filter (expected name=value)' : null),
  };
}

/** opts.FilterOpt: "name=value" pairs, the name lower-cased, both trimmed. */
export function parseFilters(values: readonly string[]): Filters {
  const filters: Filters = new Map();
  for (const raw of values) {
    if (raw === '') continue;
    const eq = raw.indexOf('=');
    const name = raw.slice(0, eq).trim().toLowerCase();
    const value = raw.slice(eq + 1).trim();
    addFilter(filters, name, value);
  }
  return filters;
}

export function addFilter(filters: Filters, name: string, value: string): void {
  const list = filters.get(name) ?? [];
  if (!list.includes(value)) list.push(value);
  filters.set(name, list);
}

/** filters.invalidFilter's text: `invalid filter 'name'` or `invalid filter 'name=[a b]'`. */
export function invalidFilter(name: string, values?: readonly string[]): Error {
  const value = values ? `=[${values.join(' ')}]` : '';
  return invalidParameter(`invalid filter '${name}${value}'`);
}

/** Args.Validate: every filter name must be one the endpoint accepts. */
export function validateFilters(filters: Filters, accepted: readonly string[]): void {
  for (const name of filters.keys()) {
    if (!accepted.includes(name)) throw invalidFilter(name);
  }
}

export function exactMatch(filters: Filters, name: string, source: string): boolean {
  const values = filters.get(name);
  return !values || values.length === 0 || values.includes(source);
}

/** Args.Match: an exact value, or one that matches as a regular expression. */
export function regexMatch(filters: Filters, name: string, source: string): boolean {
  const values = filters.get(name);
  if (!values || values.length === 0 || values.includes(source)) return true;
  return values.some((pattern) => {
    try {
      return new RegExp(pattern).test(source);
    } catch {
      return false; // Go skips patterns that do not compile
    }
  });
}

/** Args.MatchKVList: every `key` or `key=value` given is among the labels. */
export function matchKVList(filters: Filters, name: string, labels: Record<string, string> | null | undefined): boolean {
  const values = filters.get(name);
  if (!values || values.length === 0) return true;
  if (!labels || Object.keys(labels).length === 0) return false;
  return values.every((value) => {
    const eq = value.indexOf('=');
    const key = eq < 0 ? value : value.slice(0, eq);
    if (!Object.prototype.hasOwnProperty.call(labels, key)) return false;
    return eq < 0 || labels[key] === value.slice(eq + 1);
  });
}

/** Args.GetBoolOrDefault: "true"/"1" or "false"/"0", and not both. */
export function getBoolOrDefault(filters: Filters, name: string, fallback: boolean): boolean {
  const values = filters.get(name);
  if (!values) return fallback;
  if (values.length === 0) throw invalidFilter(name);
  const isFalse = values.includes('0') || values.includes('false');
  const isTrue = values.includes('1') || values.includes('true');
  if (isFalse === isTrue) throw invalidFilter(name, values);
  return isTrue;
}
