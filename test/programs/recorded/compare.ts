/**
 * Developer aid: prints, for recorded commands whose argv starts with the
 * given words, where our output differs from the real one.
 *   npx tsx test/programs/recorded/compare.ts [gnu|busybox] ls -l
 */
import { busyboxApplets, coreutils } from '../../../src/programs/util/registry.ts';
import { BUSYBOX_BANNER } from '../../../src/programs/util/busybox-usage.ts';
import { RECORD_ENV, fixtureFs, run, snapshotFs } from '../fixture.ts';
import { shellRunner } from '../runner.ts';
import { RECORDED } from './outputs.ts';

const args = process.argv.slice(2);
const flavours = args[0] === 'gnu' || args[0] === 'busybox' ? [args.shift() as 'gnu' | 'busybox'] : (['gnu', 'busybox'] as const);
let failed = 0;
let passed = 0;
const sortLines = (s: string) => s.split('\n').sort().join('\n');
for (const rec of RECORDED) {
  if (args.some((a, i) => rec.argv[i] !== a)) continue;
  for (const f of flavours) {
    const real = rec[f];
    if (!real) continue;
    const registry = f === 'gnu' ? coreutils : busyboxApplets;
    const program = registry[rec.argv[0]];
    if (!program) {
      console.log(`${f}: ${rec.argv.join(' ')}: no program`);
      failed++;
      continue;
    }
    const fs = fixtureFs();
    const got = await run(program, rec.argv, { fs, stdin: rec.stdin, env: { ...RECORD_ENV, ...(rec.env ?? {}) }, runner: shellRunner(registry) });
    const wantErr = real.stderr.replace(/^BusyBox v1\.35\.0 \(Debian [^)]*\) multi-call binary\.$/m, BUSYBOX_BANNER);
    const norm = rec.sortLines ? sortLines : (s: string) => s;
    const problems: string[] = [];
    if (norm(got.stdout) !== norm(real.stdout)) problems.push(`stdout\n  want ${JSON.stringify(real.stdout)}\n  got  ${JSON.stringify(got.stdout)}`);
    if (got.stderr !== wantErr) problems.push(`stderr\n  want ${JSON.stringify(wantErr)}\n  got  ${JSON.stringify(got.stderr)}`);
    if (got.status !== real.status) problems.push(`status want ${real.status} got ${got.status}`);
    if (real.tree && JSON.stringify(snapshotFs(fs)) !== JSON.stringify(real.tree))
      problems.push(`tree\n  want ${JSON.stringify(real.tree)}\n  got  ${JSON.stringify(snapshotFs(fs))}`);
    if (problems.length) {
      failed++;
      console.log(`--- ${f}: ${rec.argv.join(' ')}${rec.stdin !== undefined ? ` <<< ${JSON.stringify(rec.stdin)}` : ''}\n${problems.join('\n')}`);
    } else passed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
