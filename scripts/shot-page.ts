/**
 * A screenshot of one page of the course, to look at while writing a lesson.
 * Builds the site as the browser tests do (a cached build per source state,
 * under the /course/ base) with that lesson alone, serves it and photographs
 * one page.
 *
 *   npx tsx scripts/shot-page.ts ko/bind-mounts /tmp/bind-ko.png [width=1280] [css selector to scroll to]
 *
 * Without a selector the whole page is taken (fullPage); with one, the
 * viewport scrolled to the first element it matches.
 */
import { buildSite, launchBrowser, serveStatic } from '../test/browser/support.ts';

const [path, out, width = '1280', selector] = process.argv.slice(2);
if (!path || !out) {
  console.error('usage: npx tsx scripts/shot-page.ts <locale>/<slug> <out.png> [width] [selector]');
  process.exit(2);
}
// only this lesson: other writers' half-done lessons must not break the preview
const slug = path.replace(/^\/|\/$/g, '').split('/')[1];
const dir = await buildSite(slug && slug !== 'playground' ? [slug] : []);
const server = await serveStatic(dir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(server.url(`${path.replace(/^\/|\/$/g, '')}/`));
  await page.waitForSelector('docker-lab[data-ready], main');
  if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: !selector });
  console.log(out);
} finally {
  await browser.close();
  await server.close();
}
