/**
 * Whatever a learner types, `run` resolves to a status (0-255) and never
 * throws, and isComplete/parse never fail with anything but a ParseError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/shell/errors.ts';
import { isComplete, parseScript } from '../../src/shell/parser.ts';
import { makeShell, run } from './harness.ts';

const TOKENS = [
  'echo', 'args', 'cat', 'upper', 'cd', 'pwd', 'exit', 'exit 3', 'foo', 'sh -c', 'bash -c', 'export', 'unset', 'read', 'set -e', 'shift',
  'test', '[', ']', '[[', ']]', 'printf', '%s', '%d', 'eval', 'source', '.', 'local', 'return', 'break', 'continue', 'type', 'command -v',
  'if', 'then', 'elif', 'else', 'fi', 'while', 'until', 'do', 'done', 'for', 'in', 'case', 'esac', 'function', 'f()', '{', '}', '(', ')', '!',
  '|', '||', '&&', ';', ';;', '&', '|&', '>', '>>', '<', '2>', '2>&1', '&>', '>&2', '<<EOF', "<<'EOF'", '<<-EOF', '<<<', 'EOF', '\n', '\\\n',
  '"', "'", '`', '$', '${', '}', '$(', '$((', '))', '$?', '$$', '$#', '$@', '"$@"', '$1', '${x:-y}', '${x#*}', '${#x}', '${a b}', '$x', '~', '~/f',
  '*', '?', '/tmp/*', '[a-z]', '{a,b}', '{1..3}', 'x=1', 'X="a b"', 'IFS=:', '/tmp/f', '/nope/x', '/dev/null', './s.sh', '-n', '-e', '-z', '=', '!=',
  '-eq', '1', '0', 'a b', '#', '# comment', '\\', '\\"', "\\'", '$\'x\\ty\'',
];

const tokenLine = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(' ', '', '  ', '\n')), { maxLength: 14 })
  .map((items) => items.map(([t, sep]) => t + sep).join(''));

const metaLine = fc.string({ unit: fc.constantFrom(...' \t\n;&|()<>$`"\'\\{}[]*?!#~=:-0123456789abcxyz'.split('')), maxLength: 40 });

const anyLine = fc.string({ unit: 'grapheme', maxLength: 30 });

async function check(line: string, dialect: 'bash' | 'ash' | 'dash'): Promise<void> {
  const shell = makeShell({ dialect, maxLoopIterations: 50, maxCommands: 2000, files: { '/root/s.sh': 'echo script "$@"\n' } });
  let status: unknown;
  try {
    status = await run(shell, line, { stdin: 'in1\nin2\n' }).then((r) => r.status);
  } catch (e) {
    throw new Error(`run threw for ${JSON.stringify(line)}: ${e instanceof Error ? e.stack : String(e)}`);
  }
  expect(Number.isInteger(status), JSON.stringify(line)).toBe(true);
  expect(status as number).toBeGreaterThanOrEqual(0);
  expect(status as number).toBeLessThanOrEqual(255);
  // an internal fault would read "internal error"; user input must never cause one
  const again = await run(shell, line);
  expect(again.stderr, JSON.stringify(line)).not.toContain('internal error');
}

function parseNeverCrashes(line: string): void {
  expect(typeof isComplete(line)).toBe('boolean');
  try {
    parseScript(line);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
  }
}

describe('fuzz: run never throws and always resolves to a status', () => {
  it('shell-token soup, bash', async () => {
    await fc.assert(fc.asyncProperty(tokenLine, (line) => check(line, 'bash')), { numRuns: 300 });
  });

  it('shell-token soup, ash', async () => {
    await fc.assert(fc.asyncProperty(tokenLine, (line) => check(line, 'ash')), { numRuns: 150 });
  });

  it('shell-token soup, dash', async () => {
    await fc.assert(fc.asyncProperty(tokenLine, (line) => check(line, 'dash')), { numRuns: 150 });
  });

  it('metacharacter strings', async () => {
    await fc.assert(fc.asyncProperty(metaLine, (line) => check(line, 'bash')), { numRuns: 200 });
  });

  it('arbitrary unicode', async () => {
    await fc.assert(fc.asyncProperty(anyLine, (line) => check(line, 'bash')), { numRuns: 100 });
  });

  it('the parser and isComplete only ever fail with a ParseError', () => {
    fc.assert(fc.property(fc.oneof(tokenLine, metaLine, anyLine), parseNeverCrashes), { numRuns: 500 });
  });

  it.each([
    'f() { f | f; }; f',
    'while :; do :; done | cat',
    'echo {1..100000000}',
    'echo $((2**100000)) $((1<<70)) $((-(1<<63)/-1))',
    'x=$(x=$(x=$(echo deep)))',
    'eval "$(printf "eval %.0s" {1..200}) echo hi"',
    '${x:?}',
    'cat < /tmp',
    'exec 3>&-; echo >&3',
    'sh ./s.sh; sh -c "sh -c \'sh -c exit\'"',
    'echo "unterminated',
    "\\",
    ')))))',
    '$(((((',
  ])('survives %j', async (line) => {
    await check(line, 'bash');
    await check(line, 'ash');
    await check(line, 'dash');
  });
});
