/**
 * `sh` / `bash` as programs the lab can install in an image: `sh -c 'line'
 * [arg0 [args...]]`, `sh script.sh args`, or a script on stdin, each run by a
 * new non-interactive Shell over the caller's file system, environment and world.
 */
import type { Dialect } from './messages.ts';
import { Shell } from './shell.ts';
import type { ShellFlags } from './state.ts';
import type { Program } from './types.ts';
import { resolvePath } from '../vfs/path.ts';
import { FsError } from '../vfs/types.ts';

export interface ShProgramOptions<W> {
  dialect: Dialect;
  /** the programs the new shell can run (the same lookup as the shell that runs `sh`) */
  lookup: (name: string) => Program<W> | undefined;
}

const BASH_USAGE = `Usage:\tbash [GNU long option] [option] ...
\tbash [GNU long option] [option] script-file ...
GNU long options:
${['debug', 'debugger', 'dump-po-strings', 'dump-strings', 'help', 'init-file', 'login', 'noediting', 'noprofile', 'norc', 'posix', 'pretty-print', 'rcfile', 'restricted', 'verbose', 'version'].map((o) => `\t--${o}\n`).join('')}Shell options:
\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)
\t-abefhkmnptuvxBCEHPT or -o option
`;

const FLAG_LETTERS: Record<string, keyof ShellFlags> = { e: 'errexit', x: 'xtrace', f: 'noglob', u: 'nounset' };

/** A Program that behaves as `bash`, BusyBox `sh` (ash) or Debian's `sh` (dash) when run with arguments. */
export function createShProgram<W>(options: ShProgramOptions<W>): Program<W> {
  const { dialect, lookup } = options;
  return async (ctx) => {
    const self = ctx.argv[0] ?? (dialect === 'bash' ? 'bash' : 'sh');
    const args = ctx.argv.slice(1);
    const flags: Partial<ShellFlags> = {};
    let command = false;
    while (args.length && /^[-+]./.test(args[0])) {
      const opt = args.shift()!;
      if (opt === '--' || opt === '-') break;
      if (opt.startsWith('--')) continue; // --login, --norc, --noprofile, --posix
      for (const letter of opt.slice(1)) {
        if (letter === 'c') command = true;
        else if (letter === 'o') {
          const name = args.shift();
          if (name === 'pipefail') flags.pipefail = opt[0] === '-';
        } else if (Object.hasOwn(FLAG_LETTERS, letter)) flags[FLAG_LETTERS[letter]] = opt[0] === '-';
        else if (!'ilsvhmBHpPrDabknCET'.includes(letter)) {
          if (dialect === 'bash') ctx.stderr.write(`${self}: ${opt[0]}${letter}: invalid option\n${BASH_USAGE}`);
          else if (dialect === 'dash') ctx.stderr.write(`${self}: 0: Illegal option ${opt[0]}${letter}\n`);
          else ctx.stderr.write(`${self}: illegal option ${opt[0]}${letter}\n`);
          return 2;
        }
      }
    }
    let source: string;
    let name = self;
    let positional: string[] = [];
    let stdin = ctx.stdin;
    let commandString = false;
    if (command) {
      if (!args.length) {
        ctx.stderr.write(dialect === 'bash' ? `${self}: -c: option requires an argument\n` : `${self}: ${dialect === 'dash' ? '0: ' : ''}-c requires an argument\n`);
        return 2;
      }
      source = args[0];
      name = args[1] ?? self;
      positional = args.slice(2);
      commandString = true;
    } else if (args.length) {
      try {
        source = ctx.fs.readFile(resolvePath(ctx.cwd, args[0]));
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        const text = e.code === 'EISDIR' ? 'Is a directory' : 'No such file or directory';
        if (dialect === 'bash') ctx.stderr.write(`${self}: ${args[0]}: ${text}\n`);
        else if (dialect === 'dash') ctx.stderr.write(`${self}: 0: cannot open ${args[0]}: ${e.code === 'ENOENT' ? 'No such file' : text}\n`);
        else ctx.stderr.write(`${self}: can't open '${args[0]}': ${text}\n`);
        return dialect === 'bash' ? (e.code === 'EISDIR' ? 126 : 127) : 2;
      }
      name = args[0];
      positional = args.slice(1);
    } else {
      source = ctx.stdin;
      stdin = '';
    }
    // SHLVL counts nested shells, as bash and ash keep it; it also stops `sh` scripts that run themselves
    const level = (Number(ctx.env.SHLVL) || 0) + 1;
    if (level > 100) {
      ctx.stderr.write(`${self}: maximum nesting level exceeded (simulation limit)\n`);
      return 1;
    }
    const shell = new Shell<W>({
      fs: ctx.fs,
      cwd: ctx.cwd,
      env: { ...ctx.env, SHLVL: String(level) },
      lookup,
      world: ctx.world,
      sleep: ctx.sleep,
      signal: ctx.signal,
      dialect,
      name,
      interactive: false,
      commandString,
      args: positional,
    });
    Object.assign(shell.flags, flags);
    return shell.run(source, { stdin, stdout: ctx.stdout, stderr: ctx.stderr, isTTY: ctx.isTTY, signal: ctx.signal });
  };
}
