/**
 * Our programs against the real ones: every command in recorded/cases.ts was
 * run with GNU coreutils/grep/findutils and with busybox (recorded/record.ts);
 * the outputs, status and resulting tree must match exactly.
 */
import { describe, expect, it } from 'vitest';
import { busyboxApplets, coreutils } from '../../src/programs/util/registry.ts';
import { BUSYBOX_BANNER } from '../../src/programs/util/busybox-usage.ts';
import type { Program } from '../../src/shell/types.ts';
import { RECORD_ENV, fixtureFs, run, snapshotFs } from './fixture.ts';
import { RECORDED } from './recorded/outputs.ts';
import { shellRunner } from './runner.ts';

const sortLines = (s: string) => s.split('\n').sort().join('\n');

for (const flavour of ['gnu', 'busybox'] as const) {
  const registry: Record<string, Program> = flavour === 'gnu' ? coreutils : busyboxApplets;
  describe(`${flavour} matches the recording`, () => {
    for (const rec of RECORDED) {
      const real = rec[flavour];
      if (!real) continue;
      const program = registry[rec.argv[0]];
      // registry.test.ts checks that every program is there
      it.skipIf(!program)(rec.argv.map((a) => (/^[\w./,=:+-]+$/.test(a) ? a : JSON.stringify(a))).join(' '), async () => {
        const fs = fixtureFs();
        const env = { ...RECORD_ENV, ...(rec.env ?? {}) };
        const got = await run(program, rec.argv, { fs, stdin: rec.stdin, env, runner: shellRunner(registry) });
        const wantErr = real.stderr.replace(/^BusyBox v1\.35\.0 \(Debian [^)]*\) multi-call binary\.$/m, BUSYBOX_BANNER);
        const norm = rec.sortLines ? sortLines : (s: string) => s;
        expect({ stdout: norm(got.stdout), stderr: got.stderr, status: got.status }).toEqual({
          stdout: norm(real.stdout),
          stderr: wantErr,
          status: real.status,
        });
        if (real.tree) expect(snapshotFs(fs)).toEqual(real.tree);
      });
    }
  });
}
