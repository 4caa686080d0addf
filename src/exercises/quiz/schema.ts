/**
 * A quiz, as written in content/quizzes/<id>.yaml or in a lesson's
 * frontmatter: single choice, multiple choice, true/false, and "command"
 * questions answered with a command line that is run in a copy of a lab
 * and graded by checks (any command that gets there passes).
 */
import { z } from 'zod';
import { checkSchema } from '../checks/index.ts';
import { ID_PATTERN, commandLine } from '../schema.ts';
import { localizedSchema } from '../text.ts';

const id = z.string().regex(ID_PATTERN, 'an id is lowercase words joined by "-"');

const choiceSchema = z
  .strictObject({
    id: id.optional().describe('stable id of the choice (default: a, b, c... by position); saved answers refer to it'),
    text: localizedSchema.describe('the choice, in markdown (inline)'),
    correct: z.boolean().default(false).describe('true for a right choice'),
  })
  .describe('one choice');

const common = {
  id: id.optional().describe('stable id of the question (default: q1, q2... by position); saved answers refer to it'),
  prompt: localizedSchema.describe('the question, in markdown'),
  explanation: localizedSchema.describe('shown after answering, right or wrong: why, in markdown'),
};

const singleSchema = z.strictObject({
  type: z.literal('single'),
  ...common,
  choices: z.array(choiceSchema).min(2, 'a question needs at least two choices').describe('exactly one is correct'),
});

const multipleSchema = z.strictObject({
  type: z.literal('multiple'),
  ...common,
  choices: z.array(choiceSchema).min(2, 'a question needs at least two choices').describe('one or more are correct; the answer must pick exactly those'),
});

const trueFalseSchema = z.strictObject({
  type: z.literal('truefalse'),
  ...common,
  answer: z.boolean().describe('whether the statement in the prompt is true'),
});

const commandSchema = z.strictObject({
  type: z.literal('command'),
  ...common,
  lab: z
    .strictObject({
      images: z.array(z.string().min(1)).default([]).describe('images already pulled'),
      seed: z.number().int().nonnegative().optional().describe('default 1'),
      setup: z.array(commandLine).default([]).describe('command lines run before the answer'),
    })
    .default({ images: [], setup: [] })
    .describe('the lab the answer is typed into (a fresh copy for every try)'),
  checks: z.array(checkSchema).min(1, 'a command question needs at least one check').describe('what the answer must achieve, as in exercises'),
  example: commandLine.describe('one correct answer: replayed by npm run check:content, shown after answering'),
});

const questionInput = z.discriminatedUnion('type', [singleSchema, multipleSchema, trueFalseSchema, commandSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? 'type must be one of: single, multiple, truefalse, command' : undefined),
});

export const quizSchema = z
  .strictObject({
    id: id.describe('unique id; the file name without .yaml'),
    title: localizedSchema.describe('the quiz title'),
    questions: z.array(questionInput).min(1, 'a quiz needs at least one question').describe('in the order shown'),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (q.id !== undefined) {
        if (seen.has(q.id)) ctx.addIssue({ code: 'custom', message: `duplicate question id "${q.id}"`, path: ['questions', i, 'id'] });
        seen.add(q.id);
      }
      if (q.type !== 'single' && q.type !== 'multiple') return;
      const right = q.choices.filter((c) => c.correct).length;
      if (q.type === 'single' && right !== 1) ctx.addIssue({ code: 'custom', message: `a single-choice question has exactly one correct choice (this one has ${right})`, path: ['questions', i, 'choices'] });
      if (q.type === 'multiple' && right < 1) ctx.addIssue({ code: 'custom', message: 'a multiple-choice question has at least one correct choice', path: ['questions', i, 'choices'] });
      const ids = q.choices.map((c) => c.id).filter((x) => x !== undefined);
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'two choices have the same id', path: ['questions', i, 'choices'] });
    });
  })
  .transform((quiz) => ({
    ...quiz,
    questions: quiz.questions.map((q, i) => {
      const qid = q.id ?? `q${i + 1}`;
      if (q.type === 'single' || q.type === 'multiple') return { ...q, id: qid, choices: q.choices.map((c, j) => ({ ...c, id: c.id ?? String.fromCharCode(97 + j) })) };
      return { ...q, id: qid };
    }),
  }))
  .describe('a quiz');

export type Quiz = z.output<typeof quizSchema>;
export type QuizInput = z.input<typeof quizSchema>;
export type Question = Quiz['questions'][number];
export type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' }>;
export type CommandQuestion = Extract<Question, { type: 'command' }>;
