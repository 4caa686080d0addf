/**
 * A lesson's frontmatter. Written with Astro's own zod (astro/zod) because
 * the content collection validates with it; the tests import it too.
 */
import { z } from 'astro/zod';

export const lessonSchema = z.object({
  title: z.string().min(1).describe('the lesson title, shown as its heading and in the course index'),
  summary: z.string().min(1).describe('one or two sentences for the course index and the page description'),
  order: z.number().int().positive().describe('position in the course; the same in every locale'),
  duration: z.number().int().positive().describe('about how many minutes the lesson takes'),
  lab: z
    .object({
      images: z.array(z.string().min(1)).default([]).describe('images already pulled when the lab starts'),
      setup: z.array(z.string().min(1)).default([]).describe('command lines run before the learner starts'),
    })
    .strict()
    .default({ images: [], setup: [] })
    .describe('what the lab starts with; the same in every locale. With an exercise, the exercise\'s images and setup'),
  exercises: z
    .array(z.union([z.string().min(1), z.record(z.string(), z.unknown())]))
    .default([])
    .describe('exercises shown beside the terminal: ids of content/exercises files, or whole exercises (docs/exercise-format.md); the same in every locale'),
  quizzes: z
    .array(z.union([z.string().min(1), z.record(z.string(), z.unknown())]))
    .default([])
    .describe('quizzes shown after the lesson text: ids of content/quizzes files, or whole quizzes; the same in every locale'),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
