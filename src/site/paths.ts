/// <reference types="astro/client" />
/**
 * Every link the site writes goes through here, so the course works under a
 * sub-path (`BASE_PATH=/course/ npm run build`) as well as at the root.
 * Pages end in a slash (`/en/volumes/`), as static servers serve them.
 */
import type { Locale } from '../i18n/ui.ts';

function base(): string {
  // written out in full: Vite replaces this exact expression at build time
  const raw: string = import.meta.env.BASE_URL ?? '/';
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/** A site-internal URL: `href('en/volumes/')` → `/course/en/volumes/` under BASE_PATH=/course/. */
export function href(path = ''): string {
  return base() + path.replace(/^\/+/, '');
}

export const PLAYGROUND_SLUG = 'playground';

export const routes = {
  root: () => href(''),
  index: (locale: Locale) => href(`${locale}/`),
  lesson: (locale: Locale, slug: string) => href(`${locale}/${slug}/`),
  playground: (locale: Locale) => href(`${locale}/${PLAYGROUND_SLUG}/`),
};
