/**
 * Any argv, any flavour: every program resolves to an exit status and never
 * throws, whatever it is given (fast-check). Streams are cut by a Ctrl+C
 * after a few sleeps or writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { busyboxApplets, coreutils } from '../../src/programs/util/registry.ts';
import { ReadOnlyFs } from '../../src/vfs/mount-fs.ts';
import { fixtureFs, run } from './fixture.ts';
import { shellRunner } from './runner.ts';

const WORDS = [
  '-', '--', '-a', '-A', '-l', '-1', '-d', '-h', '-R', '-r', '-f', '-rf', '-p', '-v', '-n', '-c', '-w', '-i', '-E', '-F',
  '-q', '-o', '-x', '-s', '-u', '-k', '-t', '-z', '-Y', '-5', '+2', '-n5', '-c3', '-k2,2n', '-t,', '-d,', '-f1,3', '-f2-',
  '--all', '--help', '--version', '--lines=2', '--bogus', '--color=never', '-name', '-type', 'f', 'd', 'l', '-maxdepth',
  '-exec', '{}', ';', '+', '(', ')', '!', '-o', '-not', '-print', '-delete', '-size', '+1k', '-mtime', '-1', '-empty',
  'data', 'data/', 'data/a.txt', 'data/link', 'data/sub', 'empty', 't', 't/csv.txt', '/', '.', '..', '/nope', 'nope/x',
  '*.txt', 'a*', '[', '\\', '\\(', 'a\\{2\\}', '^[[:upper:]]', 'x{1', '*', 'a-z', '[:lower:]', '\\n', '0', '1', '3', '10',
  '0.5', '1d', 'infinity', 'x', 'FOO=bar', '@0', '+%s', '%', '',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'valueOf', '__proto__', 'toString') },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 100000 }).map(String) },
);

const scenario = (names: string[]) => fc.record({
  name: fc.constantFrom(...names),
  args: fc.array(word, { maxLength: 6 }),
  stdin: fc.oneof(fc.constant(''), fc.constant('b\na\nb\n'), fc.string({ maxLength: 40 })),
  isTTY: fc.boolean(),
  readOnly: fc.boolean(),
});

for (const [flavour, registry] of [['GNU', coreutils], ['busybox', busyboxApplets]] as const) {
  describe(`${flavour} programs on random argv`, () => {
    it('resolve to a status and never throw', async () => {
      await fc.assert(
        fc.asyncProperty(scenario(Object.keys(registry)), async (s) => {
          const base = fixtureFs();
          const fs = s.readOnly ? new ReadOnlyFs(base) : base;
          const r = await run(registry[s.name], [s.name, ...s.args], {
            fs,
            stdin: s.stdin,
            isTTY: s.isTTY,
            abortAfterSleeps: 5,
            abortAfterWrites: 5000,
            runner: shellRunner(registry),
          });
          expect(Number.isInteger(r.status)).toBe(true);
          expect(r.status).toBeGreaterThanOrEqual(0);
          expect(r.status).toBeLessThanOrEqual(255);
          expect(typeof r.stdout).toBe('string');
          expect(typeof r.stderr).toBe('string');
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
      );
    }, 120_000);
  });
}


