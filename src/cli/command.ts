/**
 * A docker CLI command as data: its path, usage line, argument rule, flags
 * and run function; plus cobra's argument checks and help text with
 * docker/cli's exact wording.
 */
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import type { AbortSignalLike, OutputStream } from '../shell/types.ts';
import { type FlagSpec, type ParsedFlags } from './flags.ts';

export type ArgsRule =
  | { kind: 'none' }
  | { kind: 'any' }
  | { kind: 'min'; n: number }
  | { kind: 'max'; n: number }
  | { kind: 'exact'; n: number }
  | { kind: 'range'; min: number; max: number };

export interface ExecOptions {
  interactive: boolean;
  tty: boolean;
  detach: boolean;
  user?: string;
  workdir?: string;
  env: string[];
}

/** How the CLI reaches processes: provided by the lab, which owns the shell and programs. */
export interface ContainerRuntime {
  /**
   * Runs a started container's main process when it runs to completion
   * (plan 'run'), writing its output to the logs and, when attached, to io.
   * Resolves to its exit status (the container is marked exited).
   */
  runMain(container: ContainerRecord, io: { stdout: OutputStream; stderr: OutputStream; stdin?: string } | null): Promise<number>;
  /**
   * Checks that a command can be executed in the container (found on PATH,
   * executable); returns the OCI runtime's error text, or null.
   */
  commandError(container: ContainerRecord, argv: string[]): string | null;
  /** `docker exec` of a non-interactive command; resolves to its exit status. */
  exec(container: ContainerRecord, argv: string[], options: ExecOptions, io: CliIo): Promise<number>;
  /**
   * Opens an interactive session on the terminal (docker run -it, docker
   * exec -it, docker start -ai): the lab's next lines go to this shell.
   */
  attachShell(container: ContainerRecord, argv: string[], options: { tty: boolean; main: boolean; workdir?: string; env?: string[] }): void;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: string;
}

export interface CliContext extends CliIo {
  engine: Engine;
  runtime: ContainerRuntime;
  /** stdout is the terminal (not a pipe or file): tables stay, pull progress animates */
  isTTY: boolean;
  /** stdin is the terminal: `docker run -it` can attach */
  stdinIsTTY: boolean;
  signal: AbortSignalLike;
  sleep(ms: number): Promise<void>;
  cwd: string;
  env: Record<string, string>;
  /** terminal width for wrapping help text */
  columns: number;
  /** the command path as typed ("docker ps" or "docker container ls"), set by the dispatcher */
  invokedPath?: string;
}

export interface Command {
  /** "docker volume create" */
  path: string;
  /** what follows the path in the usage line: "[OPTIONS] [VOLUME]" */
  usage: string;
  short: string;
  /** other full paths that run this command ("docker volume list", "docker container ls") */
  aliases?: string[];
  args: ArgsRule;
  flags: FlagSpec[];
  /** false for run/create/exec: flags end at the first argument */
  interspersed?: boolean;
  run(ctx: CliContext, flags: ParsedFlags, args: string[]): Promise<number>;
}

/** A management command (`docker volume`) that only groups subcommands. */
export interface CommandGroup {
  path: string;
  short: string;
  commands: Command[];
  /** cobra's UseLine, shown when a subcommand is unknown: "docker volume COMMAND" for volume, "docker network" for most */
  useLine: string;
}

const plural = (word: string, n: number) => (n === 1 ? word : word + 's');

/** cobra PositionalArgs of docker/cli (cli/required.go); null when the arguments are fine. */
export function checkArgs(cmd: Command, path: string, args: string[]): string | null {
  const rule = cmd.args;
  const n = args.length;
  const tail = (verb: 'Run' | 'See' | 'SRun') => `\n\nUsage:  ${path} ${cmd.usage}\n\n${verb} '${path} --help' for more information`;
  switch (rule.kind) {
    case 'none':
      return n === 0 ? null : `docker: '${path}' accepts no arguments${tail('Run')}`;
    case 'min':
      return n >= rule.n ? null : `docker: '${path}' requires at least ${rule.n} ${plural('argument', rule.n)}${tail('See')}`;
    case 'max':
      // "SRun" is docker/cli's own typo (cli/required.go RequiresMaxArgs)
      return n <= rule.n ? null : `docker: '${path}' requires at most ${rule.n} ${plural('argument', rule.n)}${tail('SRun')}`;
    case 'exact':
      return n === rule.n ? null : `docker: '${path}' requires ${rule.n} ${plural('argument', rule.n)}${tail('Run')}`;
    case 'range':
      return n >= rule.min && n <= rule.max
        ? null
        : `docker: '${path}' requires at least ${rule.min} and at most ${rule.max} ${plural('argument', rule.max)}${tail('Run')}`;
    default:
      return null;
  }
}

/** The error docker prints for a bad flag (exit 125). */
export function flagErrorText(cmd: Command, path: string, message: string): string {
  return `${message}\n\nUsage:  ${path} ${cmd.usage}\n\nRun '${path} --help' for more information`;
}

// --- help text (cobra usage template of docker/cli) --------------------------

function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap(): the first line is not indented, the rest by `indent`. */
export function wrapText(indent: number, width: number, s: string): string {
  let i = indent;
  let room = width - i;
  let out = '';
  if (room < 24) {
    i = 16;
    room = width - i;
    out += '\n' + ' '.repeat(i);
  }
  if (room < 24) return s.replaceAll('\n', out);
  const slop = 5;
  room -= slop;
  let line: string;
  [line, s] = wrapN(room, slop, s);
  out += line.replaceAll('\n', '\n' + ' '.repeat(i));
  while (s !== '') {
    [line, s] = wrapN(room, slop, s);
    out += '\n' + ' '.repeat(i) + line.replaceAll('\n', '\n' + ' '.repeat(i));
  }
  return out;
}

function typeWord(spec: FlagSpec): string {
  if (spec.typeName !== undefined) return spec.typeName;
  return { bool: '', string: 'string', list: 'list', int: 'int', uint: 'uint' }[spec.type];
}

/** pflag FlagUsagesWrapped, as `docker X --help` prints under "Options:". */
export function flagUsages(flags: FlagSpec[], cols: number): string {
  const lines: string[] = [];
  let maxlen = 0;
  const visible = [...flags.filter((f) => !f.hidden)].sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const f of visible) {
    let line = f.short ? `  -${f.short}, --${f.name}` : `      --${f.name}`;
    const word = typeWord(f);
    if (word) line += ' ' + word;
    line += '\0';
    maxlen = Math.max(maxlen, line.length);
    line += f.usage;
    if (f.default !== undefined && f.default !== '' && f.default !== false && f.default !== 0) {
      line += f.type === 'string' ? ` (default "${f.default}")` : ` (default ${f.default})`;
    }
    lines.push(line);
  }
  return lines
    .map((line) => {
      const sidx = line.indexOf('\0');
      return `${line.slice(0, sidx)} ${' '.repeat(maxlen - sidx)} ${wrapText(maxlen + 2, cols, line.slice(sidx + 1))}`;
    })
    .join('\n');
}

export function commandHelp(cmd: Command, path: string, cols: number): string {
  let out = `Usage:  ${path} ${cmd.usage}\n\n${cmd.short}\n`;
  if (cmd.aliases?.length) out += `\nAliases:\n  ${[cmd.path, ...cmd.aliases].join(', ')}\n`;
  const flags = flagUsages(cmd.flags, cols).replace(/\s+$/, '');
  if (flags) out += `\nOptions:\n${flags}\n`;
  return out;
}

export function groupHelp(group: CommandGroup): string {
  const names = group.commands.map((c) => c.path.split(' ').pop()!).sort();
  // cobra: {{rpad .Name .NamePadding}} {{.Short}}, NamePadding at least 11
  const pad = Math.max(11, ...names.map((n) => n.length));
  const byName = new Map(group.commands.map((c) => [c.path.split(' ').pop()!, c]));
  const lines = names.map((n) => `  ${n.padEnd(pad)} ${byName.get(n)!.short}`);
  return `Usage:  ${group.path} COMMAND\n\n${group.short}\n\nCommands:\n${lines.join('\n')}\n\nRun '${group.path} COMMAND --help' for more information on a command.\n`;
}
