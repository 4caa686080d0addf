/**
 * A learner's answer to a quiz question, as the progress record stores it.
 * Kept apart from the grader, which needs the whole lab: pages that only
 * read or move progress (the course index) must not load the lab.
 */
import { z } from 'zod';

export const answerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), choice: z.string() }),
  z.strictObject({ type: z.literal('multiple'), choices: z.array(z.string()) }),
  z.strictObject({ type: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ type: z.literal('command'), line: z.string() }),
]);
export type Answer = z.infer<typeof answerSchema>;
