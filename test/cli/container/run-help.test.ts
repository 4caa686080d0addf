import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDocker } from '../../../src/cli/docker.ts';
import type { CliContext } from '../../../src/cli/command.ts';
import { Engine } from '../../../src/engine/engine.ts';

/** `docker <verb> --help` as the reference's 28.2.2 client printed it (not on a terminal: 80 columns). */
async function help(verb: string): Promise<string> {
  let out = '';
  const io = { write: (c: string) => void (out += c) };
  const ctx = {
    engine: Engine.create(1), runtime: {} as CliContext['runtime'], stdout: io, stderr: io, stdin: '',
    isTTY: false, stdinIsTTY: false, signal: { aborted: false }, sleep: async () => {}, cwd: '/', env: {}, columns: 80,
  } satisfies CliContext;
  await runDocker([verb, '--help'], ctx);
  return out;
}

describe('run, create and exec --help', () => {
  for (const verb of ['run', 'create', 'exec']) {
    it(`docker ${verb} --help matches the 28.2.2 client byte for byte`, async () => {
      expect(await help(verb)).toBe(readFileSync(new URL(`./help/${verb}.txt`, import.meta.url), 'utf8'));
    });
  }
});
