/**
 * Command-line flags as spf13/pflag parses them for docker's cobra commands:
 * `--name value`, `--name=value`, `-d`, bundled `-dit`, `-p8080:80`, `-e=A`,
 * repeatable flags, `--` and (for run/create/exec) no flags after the first
 * positional argument. Errors carry pflag's exact wording.
 */

export type FlagType = 'bool' | 'string' | 'list' | 'int' | 'uint';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  /** shown in --help, as docker/cli words it */
  usage: string;
  /** the type word --help prints ("string", "list", "int", "bytes", ...); defaults from type */
  typeName?: string;
  default?: string | number | boolean;
  hidden?: boolean;
  /** checks a value as the flag's pflag.Value Set() does; returns the error text or null */
  validate?: (raw: string) => string | null;
}

export type FlagValue = string | number | boolean | string[];

export interface ParsedFlags {
  values: Record<string, FlagValue>;
  /** names of the flags the user set */
  changed: Set<string>;
  args: string[];
}

export class FlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagError';
  }
}

/** "-t, --timeout" or "--name", as pflag names a flag in errors. */
export function flagTitle(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

function initialValue(spec: FlagSpec): FlagValue {
  if (spec.type === 'list') return [];
  if (spec.default !== undefined) return spec.default;
  if (spec.type === 'bool') return false;
  if (spec.type === 'int' || spec.type === 'uint') return 0;
  return '';
}

function convert(spec: FlagSpec, raw: string): FlagValue {
  switch (spec.type) {
    case 'bool': {
      const v = parseBool(raw);
      if (v === undefined) throw new FlagError(`invalid argument "${raw}" for "${flagTitle(spec)}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
      return v;
    }
    case 'int':
    case 'uint': {
      if (!/^[-+]?\d+$/.test(raw) || (spec.type === 'uint' && raw.startsWith('-'))) {
        const fn = spec.type === 'int' ? 'ParseInt' : 'ParseUint';
        throw new FlagError(`invalid argument "${raw}" for "${flagTitle(spec)}" flag: strconv.${fn}: parsing "${raw}": invalid syntax`);
      }
      return Number(raw);
    }
    default:
      return raw;
  }
}

function parseBool(raw: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(raw)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(raw)) return false;
  return undefined;
}

export function parseFlags(specs: FlagSpec[], argv: string[], options: { interspersed: boolean }): ParsedFlags {
  const values: Record<string, FlagValue> = {};
  for (const s of specs) values[s.name] = initialValue(s);
  const changed = new Set<string>();
  const args: string[] = [];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));

  const set = (spec: FlagSpec, raw: string) => {
    const v = convert(spec, raw);
    const invalid = spec.validate?.(raw);
    if (invalid) throw new FlagError(`invalid argument "${raw}" for "${flagTitle(spec)}" flag: ${invalid}`);
    if (spec.type === 'list') (values[spec.name] as string[]).push(raw);
    else values[spec.name] = v;
    changed.add(spec.name);
  };

  let i = 0;
  while (i < argv.length) {
    const arg = argv[i++];
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, arg.slice(eq + 1));
      else if (spec.type === 'bool') set(spec, 'true');
      else if (i < argv.length) set(spec, argv[i++]);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      const shorts = arg.slice(1);
      for (let j = 0; j < shorts.length; j++) {
        const c = shorts[j];
        const spec = byShort.get(c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${arg}`);
        const rest = shorts.slice(j + 1);
        if (rest.startsWith('=')) {
          set(spec, rest.slice(1));
          break;
        }
        if (spec.type === 'bool') {
          set(spec, 'true');
          continue;
        }
        if (rest !== '') set(spec, rest);
        else if (i < argv.length) set(spec, argv[i++]);
        else throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
        break;
      }
      continue;
    }
    if (!options.interspersed) {
      args.push(arg, ...argv.slice(i));
      break;
    }
    args.push(arg);
  }
  return { values, changed, args };
}

/** Typed access to parsed values. */
export const flag = {
  str: (p: ParsedFlags, name: string) => p.values[name] as string,
  bool: (p: ParsedFlags, name: string) => p.values[name] as boolean,
  int: (p: ParsedFlags, name: string) => p.values[name] as number,
  list: (p: ParsedFlags, name: string) => p.values[name] as string[],
};
