/**
 * Replays every recorded real-Docker transcript against the simulated lab.
 * One `describe` per transcript file, one `it` per command, in order, on one
 * fresh lab per file. Output is compared after normalize() (see README.md).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize, readTranscript } from '../support/transcript.ts';
import { createLab as realCreateLab } from '../../src/lab/index.ts';

/**
 * The transcript folders that are replayed. Take a folder out (comment it) while
 * the simulation does not cover it yet; every folder is listed to start with.
 */
const REPLAYED_FOLDERS: string[] = [
  'containers',
  'images',
  'volumes',
  'mounts',
  'errors',
  'network',
];

const here = dirname(fileURLToPath(import.meta.url));

type ExecResult = { stdout: string; stderr: string; exitCode: number };
type LabLike = { exec(line: string, options?: { tty?: boolean }): Promise<ExecResult> };
type CreateLab = (options?: { seed?: number; images?: string[] }) => LabLike | Promise<LabLike>;

/** The images the reference engine has (see README.md): the lab starts with them pulled. */
const REFERENCE_IMAGES = ['busybox', 'alpine', 'ubuntu', 'ubuntu:22.04', 'ubuntu:14.04', 'debian', 'nginx', 'httpd', 'mysql', 'postgres', 'redis', 'wordpress'];

function transcriptFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return transcriptFiles(p);
      return name.endsWith('.txt') ? [p] : [];
    });
}

const files = REPLAYED_FOLDERS.flatMap((folder) => transcriptFiles(join(here, folder)));

describe('transcripts replayed on the simulated lab', () => {
  const createLab: CreateLab = realCreateLab;

  it('finds the recorded transcripts', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  for (const file of files) {
    const name = relative(here, file);
    const transcript = readTranscript(file);

    describe(name, () => {
      let lab: LabLike;
      beforeAll(async () => {
        lab = await createLab({ seed: 1, images: REFERENCE_IMAGES });
      });

      for (const step of transcript.steps) {
        const where = `${name}:${step.line}`;
        it(`${where} $ ${step.command.split('\n').join(' ')}`, async () => {
          // recorded with `bash -c` and captured output: no terminal
          const got = await lab.exec(step.command, { tty: false });
          expect(normalize(got.stdout), `stdout of \`${step.command}\` (${where})`).toBe(normalize(step.stdout));
          expect(normalize(got.stderr), `stderr of \`${step.command}\` (${where})`).toBe(normalize(step.stderr));
          expect(got.exitCode, `exit status of \`${step.command}\` (${where})`).toBe(step.exitCode);
        });
      }
    });
  }
});

