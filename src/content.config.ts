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

/**
 * COURSE_ONLY_LESSONS=slug,slug builds a preview with just those lessons
 * (scripts/shot-page.ts uses it, so a writer can look at one lesson while
 * others are half-written). Never set for a real build.
 */
const only = (process.env.COURSE_ONLY_LESSONS ?? '').split(',').filter((s) => /^[a-z0-9-]+$/.test(s));

const inner = glob({
  pattern: only.length === 0 ? '**/*.mdx' : only.length === 1 ? `*/${only[0]}.mdx` : `*/{${only.join(',')}}.mdx`,
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
