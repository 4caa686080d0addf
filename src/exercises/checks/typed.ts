/**
 * typed: the learner ran a command matching a pattern (used `docker volume
 * prune`, inspected something). Reads the lines the caller passes in, the
 * ones typed since the exercise started; each line is tried whole and as
 * its separate commands (split at ;, &&, || and |).
 */
import { z } from 'zod';
import { text } from '../text.ts';
import { PASS, compiles, defineCheck, fail, regex } from './common.ts';

const schema = z
  .strictObject({
    matches: z.string().refine(compiles, 'not a valid regular expression').describe('a regular expression a typed command must match (required)'),
    flags: z.string().regex(/^[imsu]*$/, 'flags may be i, m, s and u').default('').describe('regular expression flags, e.g. "i"'),
  })
  .describe('the learner typed a command');

/** A line and the commands in it, for matching. */
export function commandsOf(line: string): string[] {
  const parts = line.split(/\s*(?:&&|\|\||;|\|)\s*/).map((p) => p.trim()).filter(Boolean);
  return [line.trim(), ...parts];
}

export const typedCheck = defineCheck({
  kind: 'typed',
  summary: 'The learner typed a command matching a pattern.',
  schema,
  label(spec) {
    return text(`you ran a command matching ${spec.matches}`, `${spec.matches} 패턴과 맞는 명령을 실행함`);
  },
  evaluate(spec, { typed }) {
    const re = regex(spec.matches, spec.flags);
    if (typed.some((line) => commandsOf(line).some((c) => re.test(c)))) return PASS;
    if (typed.length === 0) return fail('you have not typed a command yet', '아직 입력한 명령이 없음');
    const last = typed[typed.length - 1];
    return fail(`none of the ${typed.length} commands you typed matches (the last: \`${last}\`)`, `입력한 명령 ${typed.length}개 중 맞는 것이 없음 (마지막 명령: \`${last}\`)`);
  },
});
