/**
 * The lessons collection: MDX files at content/lessons/<locale>/<slug>.mdx
 * whose frontmatter is checked by the schema below. After loading, the set
 * is checked as a whole: a lesson missing in one locale (or starting a
 * different lab there) fails the build with a message naming the file.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSetProblems, type LessonEntryLike } from './site/lessons.ts';

const lessonSchema = z.object({
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
    .describe('what the lab starts with; the same in every locale'),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;

const inner = glob({
  pattern: '**/*.mdx',
  base: './content/lessons',
  generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
});

const lessons = defineCollection({
  loader: {
    name: 'course-lessons',
    load: async (context) => {
      await inner.load(context);
      const entries = [...context.store.values()] as unknown as LessonEntryLike[];
      const problems = lessonSetProblems(entries);
      if (problems.length > 0) {
        const message = `The lessons in content/lessons/ are not a complete set:\n  - ${problems.join('\n  - ')}`;
        context.logger.error(message);
        throw new Error(message);
      }
    },
  },
  schema: lessonSchema,
});

export const collections = { lessons };
