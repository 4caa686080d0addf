/**
 * An exercise, as written in content/exercises/<id>.yaml or in a lesson's
 * frontmatter: the public contract documented in docs/exercise-format.md.
 * Every field has a description; the documentation's field table and the
 * error messages come from here.
 */
import { z } from 'zod';
import { checkSchema } from './checks/index.ts';
import { localizedSchema } from './text.ts';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const commandLine = z.string().trim().min(1, 'an empty command line');

export const exerciseSchema = z
  .strictObject({
    id: z
      .string()
      .regex(ID_PATTERN, 'an id is lowercase words joined by "-", like persist-mysql-data')
      .describe('unique id; the file name without .yaml, and the key of the learner\'s progress'),
    title: localizedSchema.describe('the title shown above the goal'),
    goal: localizedSchema.describe('what to achieve, in markdown; say what, not how'),
    images: z.array(z.string().min(1)).default([]).describe('images already pulled when the lab starts (others are pulled on first use)'),
    seed: z.number().int().nonnegative().optional().describe('seeds ids and addresses in the graders\' labs (default 1); the lesson page uses its own'),
    setup: z.array(commandLine).default([]).describe('command lines run before the learner starts; not shown'),
    checks: z.array(checkSchema).min(1, 'an exercise needs at least one check').describe('all must pass; each is one line of the checklist'),
    hints: z.array(localizedSchema).default([]).describe('revealed one at a time, in order, in markdown'),
    solution: z.array(commandLine).min(1, 'give at least one solution line').describe('command lines that solve it from the setup; shown after confirmation and replayed by npm run check:content'),
  })
  .describe('an auto-graded exercise');

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseInput = z.input<typeof exerciseSchema>;
