/**
 * A stand-in for ctx.run in the program tests (xargs, find -exec, env CMD):
 * splits a line into words with sh quoting and runs a registry program, or
 * the shell's echo builtin.
 */
import type { OutputStream, Program, ProgramContext } from '../../src/shell/types.ts';

export type Runner = (
  ctx: ProgramContext,
  line: string,
  io?: { stdin?: string; stdout?: OutputStream; stderr?: OutputStream },
) => Promise<number>;

/** sh word splitting with '...', "..." and backslash; no expansions. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
      inWord = true;
    } else if (ch === '"') {
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) i++;
        cur += line[i++];
      }
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

export function shellRunner(registry: Record<string, Program>): Runner {
  return async (ctx, line, io) => {
    const words = splitWords(line);
    const assigns: Record<string, string> = {};
    while (words.length && /^[A-Za-z_]\w*=/.test(words[0])) {
      const w = words.shift() as string;
      assigns[w.slice(0, w.indexOf('='))] = w.slice(w.indexOf('=') + 1);
    }
    const stdout = io?.stdout ?? ctx.stdout;
    const stderr = io?.stderr ?? ctx.stderr;
    if (!words.length) return 0;
    if (words[0] === 'echo') {
      stdout.write(words.slice(1).join(' ') + '\n');
      return 0;
    }
    const program = Object.hasOwn(registry, words[0]) ? registry[words[0]] : undefined;
    if (!program) {
      stderr.write(`sh: ${words[0]}: not found\n`);
      return 127;
    }
    return program({ ...ctx, argv: words, stdin: io?.stdin ?? '', stdout, stderr, env: { ...ctx.env, ...assigns } });
  };
}
