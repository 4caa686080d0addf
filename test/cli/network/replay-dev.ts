/** Dev aid (not a test): replays the network transcripts with the images preloaded and prints differences. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLab } from '../../../src/lab/index.ts';
import { normalize, readTranscript } from '../../support/transcript.ts';

const dir = join(import.meta.dirname, '../../transcripts/network');
const only = process.argv[2];
const images = ['busybox', 'alpine', 'ubuntu', 'ubuntu:22.04', 'ubuntu:14.04', 'debian', 'nginx', 'httpd', 'mysql', 'postgres', 'redis', 'wordpress'];
let fails = 0;
for (const file of readdirSync(dir).sort()) {
  if (only && !file.includes(only)) continue;
  const t = readTranscript(join(dir, file));
  const lab = createLab({ seed: 1, images });
  for (const step of t.steps) {
    const got = await lab.exec(step.command);
    const problems: string[] = [];
    if (normalize(got.stdout) !== normalize(step.stdout)) problems.push(`stdout:\n--- want\n${step.stdout}--- got\n${got.stdout}`);
    if (normalize(got.stderr) !== normalize(step.stderr)) problems.push(`stderr:\n--- want\n${step.stderr}--- got\n${got.stderr}`);
    if (got.exitCode !== step.exitCode) problems.push(`exit: want ${step.exitCode} got ${got.exitCode}`);
    if (problems.length) {
      fails++;
      console.log(`\n### ${file}:${step.line} $ ${step.command}\n${problems.join('\n')}`);
    }
  }
}
console.log(`\n${fails} differing steps`);
