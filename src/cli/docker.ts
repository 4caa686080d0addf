/**
 * The `docker` program: global flags, finding the command for the words
 * typed (management commands and their top-level shortcuts), flag parsing,
 * argument checks and help, then the command's run function.
 */
import { type CliContext, type Command, type CommandGroup, checkArgs, commandHelp, flagErrorText, groupHelp } from './command.ts';
import { FlagError, parseFlags } from './flags.ts';
import { ROOT_HELP, VERSION_LINE } from './root-help.ts';
import { COMMANDS, GROUPS } from './registry.ts';

interface Resolved {
  command: Command;
  path: string;
  rest: string[];
}

function resolve(words: string[]): Resolved | { group: CommandGroup; rest: string[] } | null {
  for (const take of [2, 1]) {
    if (words.length < take) continue;
    const path = ['docker', ...words.slice(0, take)].join(' ');
    const command = COMMANDS.find((c) => c.path === path || c.aliases?.includes(path));
    if (command) return { command, path, rest: words.slice(take) };
  }
  const group = GROUPS.find((g) => g.path === `docker ${words[0]}`);
  if (group) return { group, rest: words.slice(1) };
  return null;
}

export async function runDocker(argv: string[], ctx: CliContext): Promise<number> {
  // global options before the command
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-')) {
    const opt = argv[i];
    if (opt === '--version' || opt === '-v') {
      ctx.stdout.write(VERSION_LINE + '\n');
      return 0;
    }
    if (opt === '--help' || opt === '-h') {
      ctx.stdout.write(ROOT_HELP);
      return 0;
    }
    if (opt === '-D' || opt === '--debug') {
      i++;
      continue;
    }
    ctx.stderr.write(`unknown ${opt.startsWith('--') ? 'flag: ' + opt.split('=')[0] : `shorthand flag: '${opt[1]}' in ${opt}`}\nSee 'docker --help'.\n`);
    return 125;
  }
  const words = argv.slice(i);
  if (words.length === 0) {
    ctx.stdout.write(ROOT_HELP);
    return 0;
  }
  const found = resolve(words);
  if (!found) {
    ctx.stderr.write(`docker: unknown command: docker ${words[0]}\n\nRun 'docker --help' for more information\n`);
    return 1;
  }
  if ('group' in found) {
    const { group, rest } = found;
    if (rest.length === 0 || rest[0] === '--help') {
      (rest.length ? ctx.stdout : ctx.stderr).write(groupHelp(group));
      return 0;
    }
    ctx.stderr.write(
      `docker: unknown command: ${group.path} ${rest[0]}\n\nUsage:  ${group.useLine}\n\nRun '${group.path} --help' for more information\n`,
    );
    return 1;
  }
  const { command, path, rest } = found;
  let parsed;
  try {
    const specs = command.flags.some((f) => f.name === 'help')
      ? command.flags
      : [...command.flags, { name: 'help', type: 'bool' as const, usage: 'Print usage', hidden: true }];
    parsed = parseFlags(specs, rest, { interspersed: command.interspersed ?? true });
  } catch (e) {
    if (!(e instanceof FlagError)) throw e;
    ctx.stderr.write(flagErrorText(command, path, e.message) + '\n');
    return 125;
  }
  if (parsed.values.help === true) {
    ctx.stdout.write(commandHelp(command, path, Math.max(ctx.columns, 40) - 1));
    return 0;
  }
  const argError = checkArgs(command, path, parsed.args);
  if (argError) {
    ctx.stderr.write(argError + '\n');
    return 1;
  }
  return command.run({ ...ctx, invokedPath: path }, parsed, parsed.args);
}
