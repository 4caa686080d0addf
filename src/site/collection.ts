/**
 * The lessons collection as the pages use it: one locale's lessons in course
 * order, with their slugs. (Astro-only: it imports astro:content.)
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import type { Locale } from '../i18n/ui.ts';
import { lessonsOf, slugOf } from './lessons.ts';

export type Lesson = CollectionEntry<'lessons'> & { slug: string };

export async function courseLessons(locale: Locale): Promise<Lesson[]> {
  const all = await getCollection('lessons');
  return lessonsOf(all, locale).map((entry) => Object.assign(entry, { slug: slugOf(entry) }));
}
