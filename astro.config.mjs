// The course site: static pages in dist/, hostable by any static file server,
// at the root or under a sub-path (BASE_PATH=/course/ npm run build).
import mdx from '@astrojs/mdx';
import { defineConfig, passthroughImageService } from 'astro/config';
import { rehypeRunButtons } from './src/site/rehype-run.ts';

const basePath = process.env.BASE_PATH || '/';

export default defineConfig({
  base: basePath.endsWith('/') ? basePath : `${basePath}/`,
  // the browser tests build into their own folder so they never clobber dist/
  outDir: process.env.COURSE_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', assets: '_assets' },
  // no sharp: the course has no images to optimise
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  markdown: {
    // command blocks are plain text with a run button; no highlighter colours to fail contrast
    syntaxHighlight: false,
    rehypePlugins: [rehypeRunButtons],
  },
  integrations: [mdx()],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
