/** A lab with the images the networking tests use, and a shorthand to run lines in it. */
import { type ExecResult, type Lab, createLab } from '../../../src/lab/index.ts';

export const IMAGES = ['busybox', 'alpine', 'ubuntu', 'nginx', 'httpd', 'mysql', 'postgres', 'redis'];

export function netLab(): Lab {
  return createLab({ seed: 1, images: IMAGES });
}

/** Runs each line in order (as captured output, like the transcripts); returns the last result. */
export async function run(lab: Lab, ...lines: string[]): Promise<ExecResult> {
  let last: ExecResult = { stdout: '', stderr: '', exitCode: 0 };
  for (const line of lines) last = await lab.exec(line, { tty: false });
  return last;
}

/** Runs setup lines and fails loudly if one of them fails. */
export async function setup(lab: Lab, ...lines: string[]): Promise<void> {
  for (const line of lines) {
    const r = await lab.exec(line, { tty: false });
    if (r.exitCode !== 0) throw new Error(`setup failed: ${line}\n${r.stderr}`);
  }
}

/** Replaces ping times (deterministic here, but not the point of these tests). */
export const times = (s: string) => s.replace(/time=[\d.]+ ms/g, 'time=T ms').replace(/= [\d.]+\/[\d.]+\/[\d.]+(\/[\d.]+)? ms/g, '= STATS ms');
