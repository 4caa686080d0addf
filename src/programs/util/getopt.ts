/**
 * getopt_long as glibc does it, for the programs: bundled short options
 * (`-la`), attached or separate arguments (`-n5`, `-n 5`), long options with
 * unambiguous prefixes (`--all`, `--lin=3`), `--` to end options, and GNU
 * permutation (options may follow operands) unless the spec starts with `+`.
 *
 * Parsing never throws: a bad option comes back as `error`, and the program
 * turns it into the text its flavour prints (see usage.ts).
 */

export type ArgKind = 'none' | 'required' | 'optional';

export interface LongOpt {
  /** the key reported in `opts`; usually the matching short letter */
  key: string;
  arg?: ArgKind;
}

export interface OptSpec {
  /** getopt string: `n:` takes an argument, `d::` an optional one; a leading `+` stops at the first operand */
  short: string;
  long?: Record<string, LongOpt>;
  /** treat `-5` style numbers as operands (for seq, sleep -1 ...) */
  negativeNumbers?: boolean;
  /** plain getopt, no getopt_long: `--x` is the bad option '-' (busybox head) */
  shortOnly?: boolean;
}

export interface Opt {
  key: string;
  value?: string;
}

export type OptError =
  | { kind: 'invalid'; opt: string } // invalid option -- 'z'
  | { kind: 'unrecognized'; opt: string } // unrecognized option '--foo'
  | { kind: 'missing'; opt: string } // option requires an argument -- 'n'
  | { kind: 'missing-long'; opt: string } // option '--lines' requires an argument
  | { kind: 'no-arg'; opt: string } // option '--all' doesn't allow an argument
  | { kind: 'ambiguous'; opt: string; candidates: string[] };

export interface Parsed {
  opts: Opt[];
  operands: string[];
  error?: OptError;
}

interface ShortInfo {
  arg: ArgKind;
}

function parseShort(spec: string): { table: Map<string, ShortInfo>; stopAtOperand: boolean } {
  const table = new Map<string, ShortInfo>();
  let s = spec;
  let stopAtOperand = false;
  if (s.startsWith('+')) {
    stopAtOperand = true;
    s = s.slice(1);
  }
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === ':') continue;
    let arg: ArgKind = 'none';
    if (s[i + 1] === ':') {
      arg = s[i + 2] === ':' ? 'optional' : 'required';
    }
    table.set(c, { arg });
  }
  return { table, stopAtOperand };
}

/** Parses argv (without argv[0]). */
export function getopt(args: readonly string[], spec: OptSpec): Parsed {
  const { table, stopAtOperand } = parseShort(spec.short);
  const longs = spec.long ?? {};
  const opts: Opt[] = [];
  const operands: string[] = [];
  let i = 0;
  const done = (error?: OptError): Parsed => (error ? { opts, operands, error } : { opts, operands });
  while (i < args.length) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      return done();
    }
    const isNumber = spec.negativeNumbers && /^-\d/.test(a);
    if (a.length < 2 || !a.startsWith('-') || isNumber) {
      if (stopAtOperand) {
        operands.push(...args.slice(i));
        return done();
      }
      operands.push(a);
      i++;
      continue;
    }
    if (a.startsWith('--') && spec.shortOnly) return done({ kind: 'invalid', opt: '-' });
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const inline = eq >= 0 ? a.slice(eq + 1) : undefined;
      let match: string | undefined = Object.prototype.hasOwnProperty.call(longs, name) ? name : undefined;
      if (!match) {
        const candidates = Object.keys(longs).filter((l) => l.startsWith(name));
        // prefixes naming options with the same meaning are not ambiguous
        const distinct = new Set(candidates.map((c) => `${longs[c].key}/${longs[c].arg ?? 'none'}`));
        if (candidates.length === 0) return done({ kind: 'unrecognized', opt: a });
        if (distinct.size > 1) return done({ kind: 'ambiguous', opt: `--${name}`, candidates: candidates.map((c) => `--${c}`) });
        match = candidates[0];
      }
      const def = longs[match];
      const kind = def.arg ?? 'none';
      if (kind === 'none') {
        if (inline !== undefined) return done({ kind: 'no-arg', opt: `--${match}` });
        opts.push({ key: def.key });
      } else if (inline !== undefined) {
        opts.push({ key: def.key, value: inline });
      } else if (kind === 'required') {
        if (i + 1 >= args.length) return done({ kind: 'missing-long', opt: `--${match}` });
        opts.push({ key: def.key, value: args[++i] });
      } else {
        opts.push({ key: def.key });
      }
      i++;
      continue;
    }
    // a bundle of short options
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      const info = c === ':' ? undefined : table.get(c);
      if (!info) return done({ kind: 'invalid', opt: c });
      if (info.arg === 'none') {
        opts.push({ key: c });
        continue;
      }
      const rest = a.slice(j + 1);
      if (rest !== '') {
        opts.push({ key: c, value: rest });
      } else if (info.arg === 'optional') {
        opts.push({ key: c });
      } else if (i + 1 < args.length) {
        opts.push({ key: c, value: args[++i] });
      } else {
        return done({ kind: 'missing', opt: c });
      }
      break;
    }
    i++;
  }
  return done();
}

/** True when the option was given. */
export function has(p: Parsed, key: string): boolean {
  return p.opts.some((o) => o.key === key);
}

/** The last value given for an option. */
export function last(p: Parsed, key: string): string | undefined {
  let v: string | undefined;
  for (const o of p.opts) if (o.key === key) v = o.value;
  return v;
}

/** Every value given for an option, in order. */
export function all(p: Parsed, key: string): string[] {
  return p.opts.filter((o) => o.key === key && o.value !== undefined).map((o) => o.value as string);
}
