/**
 * Text in the course's two languages. Every string an exercise or a quiz
 * shows is a `Localized` pair; the code builds check lines and "found"
 * messages the same way, so a missing translation is a type error.
 */
import { z } from 'zod';

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

export interface Localized {
  en: string;
  ko: string;
}

export const localizedSchema = z
  .strictObject({
    en: z.string().trim().min(1, 'the English text is empty').describe('English'),
    ko: z.string().trim().min(1, 'the Korean text is empty').describe('Korean (한국어)'),
  })
  .describe('the same text in English (en) and Korean (ko)');

export function text(en: string, ko: string): Localized {
  return { en, ko };
}

/** Joins pieces the way each language lists things: "a, b and c" / "a, b, c". */
export function joinList(items: string[], locale: Locale): string {
  if (locale === 'ko' || items.length < 2) return items.join(', ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Localized list of plain words (names, paths): the same words in both languages. */
export function listOf(items: string[]): Localized {
  return { en: joinList(items, 'en'), ko: joinList(items, 'ko') };
}

/** Shortens program output for a one-line message. */
export function excerpt(value: string, max = 80): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
