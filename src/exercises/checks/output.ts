/**
 * output: the escape hatch. Runs a command line in a COPY of the lab (built
 * from the snapshot, at the Docker host's prompt) and looks at what it
 * prints. The learner's lab is never touched.
 */
import { z } from 'zod';
import { createLab } from '../../lab/index.ts';
import { excerpt, text } from '../text.ts';
import { PASS, compiles, defineCheck, fail, regex } from './common.ts';

/** A copy whose command runs longer than this (real time) is stopped, as Ctrl+C would. */
export const OUTPUT_TIME_LIMIT_MS = 3000;

const schema = z
  .strictObject({
    run: z.string().min(1).describe('the command line to run at the Docker host prompt of a copy of the lab (required)'),
    matches: z.string().refine(compiles, 'not a valid regular expression').optional().describe('a regular expression the output must match (^ and $ match at each line)'),
    contains: z.string().optional().describe('a text the output must contain'),
    stream: z.enum(['stdout', 'stderr', 'both']).default('stdout').describe('which output is searched: stdout (default), stderr or both'),
    exitCode: z.number().int().min(0).max(255).optional().describe('the exit status the command must end with'),
  })
  .describe('a command prints something');

export const outputCheck = defineCheck({
  kind: 'output',
  summary: 'A command, run in a copy of the lab, prints something matching a pattern (the escape hatch).',
  schema,
  label(spec) {
    const en: string[] = [];
    const ko: string[] = [];
    if (spec.matches !== undefined) (en.push(`prints a line matching ${spec.matches}`), ko.push(`${spec.matches} 패턴과 맞는 줄이 출력됨`));
    if (spec.contains !== undefined) (en.push(`prints "${spec.contains}"`), ko.push(`"${spec.contains}" 내용이 출력됨`));
    if (spec.exitCode !== undefined) (en.push(`exits with status ${spec.exitCode}`), ko.push(`종료 코드가 ${spec.exitCode}임`));
    if (en.length === 0) (en.push('runs'), ko.push('실행됨'));
    return text(`\`${spec.run}\` ${en.join(' and ')}`, `\`${spec.run}\` 실행 결과: ${ko.join(', ')}`);
  },
  async evaluate(spec, { snapshot }) {
    const lab = createLab({ snapshot });
    const signal = { aborted: false };
    const timer = setTimeout(() => (signal.aborted = true), OUTPUT_TIME_LIMIT_MS);
    let result;
    try {
      result = await lab.exec(spec.run, { tty: false, signal });
    } finally {
      clearTimeout(timer);
    }
    const out = spec.stream === 'stdout' ? result.stdout : spec.stream === 'stderr' ? result.stderr : result.stdout + result.stderr;
    const ok =
      (spec.matches === undefined || regex(spec.matches, 'm').test(out)) &&
      (spec.contains === undefined || out.includes(spec.contains)) &&
      (spec.exitCode === undefined || result.exitCode === spec.exitCode);
    if (ok) return PASS;
    const shown = excerpt(result.stdout + result.stderr, 120);
    const status = result.exitCode === 0 ? ['', ''] : [` and exited with status ${result.exitCode}`, `, 종료 코드 ${result.exitCode}`];
    if (shown === '') return fail(`it printed nothing${status[0]}`, `아무것도 출력되지 않음${status[1]}`);
    return fail(`it printed: "${shown}"${status[0]}`, `출력: "${shown}"${status[1]}`);
  },
});
