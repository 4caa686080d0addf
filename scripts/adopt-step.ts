/**
 * Replaces one transcript step's recorded output with what the lab prints,
 * adding a `#! current-docker:` note that says why. Only for differences the
 * reference engine cannot show (its images are busybox stand-ins, its daemon
 * is 20.10): review the diff before committing.
 *
 *   npx tsx scripts/adopt-step.ts test/transcripts/images/image-inspect.txt 4 "why"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readTranscript } from '../test/support/transcript.ts';
import { createLab } from '../src/lab/index.ts';

const REFERENCE_IMAGES = ['busybox', 'alpine', 'ubuntu', 'ubuntu:22.04', 'ubuntu:14.04', 'debian', 'nginx', 'httpd', 'mysql', 'postgres', 'redis', 'wordpress'];

async function main(): Promise<void> {
  const [file, lineText, ...noteWords] = process.argv.slice(2);
  const target = Number(lineText);
  const note = noteWords.join(' ');
  if (!file || !target || !note) throw new Error('usage: adopt-step FILE LINE NOTE');
  const transcript = readTranscript(file);
  const lab = createLab({ seed: 1, images: REFERENCE_IMAGES });
  let adopted: { stdout: string; stderr: string; exitCode: number } | undefined;
  for (const step of transcript.steps) {
    const got = await lab.exec(step.command, { tty: false });
    if (step.line === target) adopted = got;
  }
  if (!adopted) throw new Error(`no step starts at line ${target}`);
  const lines = readFileSync(file, 'utf8').split('\n');
  let i = target; // lines[target-1] is the `$` line; skip continuations and notes
  while (i < lines.length && (lines[i].startsWith('> ') || lines[i].startsWith('#!'))) i++;
  let end = i;
  while (end < lines.length && /^(\| |\||! |!|\? |\\ no newline)/.test(lines[end])) end++;
  const out: string[] = [];
  const stream = (text: string, prefix: string, name: string) => {
    if (text === '') return;
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    for (const l of body.replace(/\r\n/g, '\n').split('\n')) out.push(l === '' ? prefix : `${prefix} ${l}`);
    if (!text.endsWith('\n')) out.push(`\\ no newline at end of ${name}`);
  };
  stream(adopted.stdout, '|', 'stdout');
  stream(adopted.stderr, '!', 'stderr');
  if (adopted.exitCode !== 0) out.push(`? ${adopted.exitCode}`);
  const noteLines = [`#! current-docker: ${note}`];
  lines.splice(target, end - target, ...lines.slice(target, i), ...noteLines, ...out);
  writeFileSync(file, lines.join('\n'));
}

await main();
