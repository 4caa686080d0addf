/**
 * What the site knows about lessons apart from Astro: their ids
 * (`<locale>/<slug>`), the rule that every lesson exists in every locale with
 * the same lab, their order, and the lab seed each one starts from. Pure, so
 * the collection loader, the pages and the tests share it.
 */
import { LOCALES, type Locale, isLocale } from '../i18n/ui.ts';

/** Pages of the site that live beside the lessons (`/en/playground/`). */
export const RESERVED_SLUGS = ['playground', 'index', '404'];

export interface LessonLab {
  /** images already pulled when the lab starts */
  images: string[];
  /** command lines run before the learner starts */
  setup: string[];
}

export interface LessonEntryLike {
  /** `<locale>/<slug>`, as the collection loader names entries */
  id: string;
  data: { order: number; lab: LessonLab; exercises?: unknown[]; quizzes?: unknown[] };
}

/** Splits `ko/volumes` into its locale and slug; null for anything else. */
export function parseLessonId(id: string): { locale: Locale; slug: string } | null {
  const m = /^([^/]+)\/([a-z0-9][a-z0-9-]*)$/.exec(id);
  if (!m || !isLocale(m[1])) return null;
  return { locale: m[1], slug: m[2] };
}

/**
 * Every problem that must stop the build: a file outside `<locale>/`, a
 * lesson missing in a locale, or the two locales disagreeing on its order or
 * its starting lab (the lab state is shared between the languages).
 */
export function lessonSetProblems(entries: readonly LessonEntryLike[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, Map<Locale, LessonEntryLike>>();
  for (const entry of entries) {
    const parsed = parseLessonId(entry.id);
    if (!parsed) {
      problems.push(
        `"${entry.id}" is not at content/lessons/<locale>/<slug>.mdx with a locale of ${LOCALES.join(', ')} and a lowercase slug`,
      );
      continue;
    }
    if (RESERVED_SLUGS.includes(parsed.slug)) {
      problems.push(`"${entry.id}": the slug "${parsed.slug}" is taken by a page of the site; rename the file`);
      continue;
    }
    if (!bySlug.has(parsed.slug)) bySlug.set(parsed.slug, new Map());
    bySlug.get(parsed.slug)!.set(parsed.locale, entry);
  }
  for (const [slug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const missing = LOCALES.filter((l) => !versions.has(l));
    if (missing.length > 0) {
      const present = [...versions.keys()].map((l) => `content/lessons/${l}/${slug}.mdx`).join(', ');
      problems.push(
        `lesson "${slug}" is missing in ${missing.join(', ')}: ${present} exists but ${missing.map((l) => `content/lessons/${l}/${slug}.mdx`).join(', ')} does not`,
      );
      continue;
    }
    const [first, ...rest] = LOCALES.map((l) => versions.get(l)!);
    for (const other of rest) {
      if (other.data.order !== first.data.order) {
        problems.push(`lesson "${slug}" has order ${first.data.order} in ${first.id} but ${other.data.order} in ${other.id}`);
      }
      if (JSON.stringify(other.data.lab) !== JSON.stringify(first.data.lab)) {
        problems.push(`lesson "${slug}" starts a different lab in ${first.id} and ${other.id} (lab.images and lab.setup must match)`);
      }
      for (const key of ['exercises', 'quizzes'] as const) {
        if (JSON.stringify(other.data[key] ?? []) !== JSON.stringify(first.data[key] ?? [])) {
          problems.push(`lesson "${slug}" has different ${key} in ${first.id} and ${other.id} (progress is shared between the languages)`);
        }
      }
    }
  }
  const orders = new Map<number, string>();
  for (const entry of entries) {
    const parsed = parseLessonId(entry.id);
    if (!parsed || parsed.locale !== LOCALES[0]) continue;
    const clash = orders.get(entry.data.order);
    if (clash) problems.push(`lessons "${clash}" and "${parsed.slug}" both have order ${entry.data.order}`);
    orders.set(entry.data.order, parsed.slug);
  }
  return problems;
}

/** The lessons of one locale in course order. */
export function lessonsOf<T extends LessonEntryLike>(entries: readonly T[], locale: Locale): T[] {
  return entries.filter((e) => parseLessonId(e.id)?.locale === locale).sort((a, b) => a.data.order - b.data.order);
}

export function slugOf(entry: { id: string }): string {
  const parsed = parseLessonId(entry.id);
  if (!parsed) throw new Error(`not a lesson id: ${entry.id}`);
  return parsed.slug;
}

/** A stable lab seed per lesson (FNV-1a of the slug), the same in every locale. */
export function seedFor(slug: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    h ^= slug.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h || 1;
}
