// The course site: static pages in dist/, hostable by any static file server,
// at the root or under a sub-path (BASE_PATH=/course/ npm run build).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig, passthroughImageService } from 'astro/config';
import { rehypeRunButtons } from './src/site/rehype-run.ts';
import { rehypeTableScroll } from './src/site/rehype-table-scroll.ts';

const outDir = process.env.COURSE_OUT_DIR || './dist';
const BASE_FILE = '.base-path';

/** `npm start` (astro preview) serves the build under the base path it was built with. */
function builtBase() {
  try {
    return readFileSync(join(outDir, BASE_FILE), 'utf8').trim() || '/';
  } catch {
    return '/';
  }
}

const requested = process.env.BASE_PATH || (process.argv.includes('preview') ? builtBase() : '/');
const base = requested.endsWith('/') ? requested : `${requested}/`;

/** Records the base path beside the build, for `npm start`. */
const rememberBase = {
  name: 'course-remember-base',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(join(fileURLToPath(dir), BASE_FILE), `${base}\n`),
  },
};

export default defineConfig({
  base,
  // the browser tests build into their own folder so they never clobber dist/
  outDir,
  ...(process.env.COURSE_CACHE_DIR ? { cacheDir: process.env.COURSE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', assets: '_assets' },
  // no sharp: the course has no images to optimise
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  markdown: {
    // command blocks are plain text with a run button; no highlighter colours to fail contrast
    syntaxHighlight: false,
    rehypePlugins: [rehypeRunButtons, rehypeTableScroll],
  },
  integrations: [mdx(), rememberBase],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
