/**
 * The lessons collection: MDX files at content/lessons/<locale>/<slug>.mdx
 * whose frontmatter is checked by lessonSchema (src/site/lesson-schema.ts). After loading, the set
 * is checked as a whole: a lesson missing in one locale (or starting a
 * different lab there) fails the build with a message naming the file.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './site/lesson-schema.ts';
import { lessonSetProblems, type LessonEntryLike } from './site/lessons.ts';

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
