/**
 * What every program shares: its flavour (GNU coreutils or busybox), output,
 * the real option-error texts, FsError messages and the lab hooks read from
 * `ctx.world`.
 */
import type { Program, ProgramContext } from '../../shell/types.ts';
import { resolvePath } from '../../vfs/path.ts';
import { FS_ERROR_TEXT, FsError } from '../../vfs/types.ts';
import { BUSYBOX_BANNER, BUSYBOX_USAGE } from './busybox-usage.ts';
import { type OptError, type OptSpec, type Parsed, getopt } from './getopt.ts';

/** GNU coreutils/grep/findutils/procps (host, ubuntu, debian) or busybox applets (busybox, alpine). */
export type Flavour = 'gnu' | 'busybox';

/** A program written once for both flavours. */
export type ProgramFactory = (flavour: Flavour) => Program;

/**
 * Hooks a program may find on `ctx.world` (all optional):
 * - `now(): number` the lab clock, ms since the epoch (date, ls -l ages, find -mtime)
 * - `hostIp(): string` the addresses `hostname -i` prints
 * - `terminal.columns` the terminal's width (ls columns when $COLUMNS is unset)
 */
export interface WorldHooks {
  now?: () => number;
  hostIp?: () => string;
  columns?: number;
}

export function hooks(ctx: ProgramContext): WorldHooks {
  const w = ctx.world as Record<string, unknown> | null | undefined;
  if (!w || typeof w !== 'object') return {};
  const out: WorldHooks = {};
  if (typeof w.now === 'function') out.now = () => Number((w.now as () => number)());
  if (typeof w.hostIp === 'function') out.hostIp = () => String((w.hostIp as () => string)());
  const terminal = w.terminal as { columns?: unknown } | undefined;
  if (terminal && typeof terminal === 'object' && typeof terminal.columns === 'number' && terminal.columns > 0) {
    out.columns = Math.floor(terminal.columns);
  }
  return out;
}

/** The lab clock, or undefined when the world has none. */
export function labNow(ctx: ProgramContext): number | undefined {
  const now = hooks(ctx).now;
  if (!now) return undefined;
  const t = now();
  return Number.isFinite(t) ? t : undefined;
}

/** The text of an FsError code; anything else is a bug and is rethrown. */
export function fsText(e: unknown): string {
  if (e instanceof FsError) return FS_ERROR_TEXT[e.code] ?? e.code;
  throw e;
}

/** One run of a program: its name for messages, output helpers and option errors. */
export class Cmd {
  /** as messages name the program: GNU uses argv[0] as typed, busybox the applet name */
  readonly name: string;

  /** GNU --help / --version texts, loaded by make() when an argument asks for them */
  helpTexts?: { help: Record<string, string>; version: Record<string, string> };

  constructor(
    readonly ctx: ProgramContext,
    readonly flavour: Flavour,
    readonly applet: string,
  ) {
    const argv0 = ctx.argv[0] ?? applet;
    this.name = flavour === 'gnu' ? argv0 || applet : applet;
  }

  get gnu(): boolean {
    return this.flavour === 'gnu';
  }

  get args(): string[] {
    return this.ctx.argv.slice(1);
  }

  out(s: string): void {
    if (s) this.ctx.stdout.write(s);
  }

  err(s: string): void {
    if (s) this.ctx.stderr.write(s);
  }

  /** `prog: message` on stderr */
  warn(message: string): void {
    this.err(`${this.name}: ${message}\n`);
  }

  /** absolute path of an operand */
  abs(p: string): string {
    return resolvePath(this.ctx.cwd || '/', p);
  }

  /** GNU's quoting of a file name in messages: 'x', or "x'y" when it holds a quote */
  q(name: string): string {
    if (!this.gnu) return name;
    return quoteGnu(name);
  }

  /**
   * GNU quote() of a value (not a file name): ‘x’ under a UTF-8 locale
   * (LC_ALL, LC_MESSAGES or LANG in ctx.env), 'x' otherwise.
   */
  lq(value: string): string {
    const env = this.ctx.env ?? {};
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    return /utf-?8/i.test(locale) ? `\u2018${value}\u2019` : `'${value}'`;
  }

  /** `Try 'prog --help' for more information.` (GNU) or the busybox usage */
  tryHelp(): void {
    if (this.gnu) this.err(`Try '${this.name} --help' for more information.\n`);
    else this.usage();
  }

  usage(): void {
    const text = BUSYBOX_USAGE[this.applet];
    this.err(`${BUSYBOX_BANNER}\n\n${text ?? `Usage: ${this.applet}\n`}`);
  }

  /**
   * Parses options; on an error prints what the real program prints and
   * returns the exit status to give (`gnuStatus` for GNU, `bbStatus` for busybox).
   * Busybox answers a sole `--help` with its usage (status 0).
   */
  parse(spec: OptSpec, gnuStatus = 1, bbStatus = 1, args: string[] = this.args): Parsed | number {
    if (!this.gnu && args.length === 1 && args[0] === '--help') {
      this.usage();
      return 0;
    }
    const p = getopt(args, spec);
    if (this.gnu) {
      // options are acted on in order: --help before a bad option still prints the help
      const info = p.opts.find((o) => o.key === 'help' || o.key === 'version');
      if (info && this.printInfo(info.key as 'help' | 'version')) return 0;
    }
    if (!p.error) return p;
    this.optError(p.error);
    return this.gnu ? gnuStatus : bbStatus;
  }

  /** Loads the GNU --help / --version texts (a separate chunk in the site's bundle). */
  async loadInfo(): Promise<void> {
    if (this.helpTexts) return;
    const m = await import('./gnu-help.ts');
    this.helpTexts = { help: m.GNU_HELP, version: m.GNU_VERSION };
  }

  /**
   * Prints GNU --help or --version (program name as typed in the usage
   * lines). False when the texts are not loaded or the program has none.
   */
  printInfo(which: 'help' | 'version'): boolean {
    const text = (which === 'help' ? this.helpTexts?.help : this.helpTexts?.version)?.[this.applet];
    if (text === undefined) return false;
    if (which === 'version' || this.name === this.applet) this.out(text);
    else {
      const a = this.applet;
      this.out(text.replace(new RegExp(`(Usage: |  or:  |Try ')${a}\\b`, 'g'), (_, pre: string) => pre + this.name));
    }
    return true;
  }

  /** The line getopt prints for a bad option, without what follows it. */
  optErrorLine(e: OptError): string {
    switch (e.kind) {
      case 'invalid':
        return `invalid option -- '${e.opt}'`;
      case 'unrecognized':
        return `unrecognized option '${e.opt}'`;
      case 'missing':
        return `option requires an argument -- '${e.opt}'`;
      case 'missing-long':
        return `option '${e.opt}' requires an argument`;
      case 'no-arg':
        return `option '${e.opt}' doesn't allow an argument`;
      case 'ambiguous':
        return `option '${e.opt}' is ambiguous; possibilities: ${e.candidates.map((c) => `'${c}'`).join(' ')}`;
    }
  }

  optError(e: OptError): void {
    this.warn(this.optErrorLine(e));
    this.tryHelp();
  }

  /** GNU: `prog: missing operand` + Try; busybox: usage. */
  missingOperand(after?: string): void {
    if (this.gnu) {
      this.warn(after ? `missing destination file operand after ${quoteGnu(after)}` : 'missing operand');
      this.tryHelp();
    } else {
      this.usage();
    }
  }
}

/** GNU quote(): 'name', with shell-style escaping of single quotes. */
export function quoteGnu(name: string): string {
  if (!name.includes("'")) return `'${name}'`;
  if (!name.includes('"') && !/[\\$`]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** Wraps a program body for one flavour (and loads GNU's --help texts when asked for). */
export function make(applet: string, flavour: Flavour, body: (cmd: Cmd) => Promise<number>): Program {
  return async (ctx) => {
    const cmd = new Cmd(ctx, flavour, applet);
    if (flavour === 'gnu' && cmd.args.some((a) => /^--(he?l?p?|ve?r?s?i?o?n?)$/.test(a))) await cmd.loadInfo();
    return body(cmd);
  };
}

/** Splits text into lines, without the empty string after a final newline. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** Parses a non-negative integer the way strtoul-based options accept it. */
export function parseCount(s: string): number | undefined {
  if (!/^\s*\+?\d+$/.test(s)) return undefined;
  return Number(s.trim());
}
