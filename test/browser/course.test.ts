/**
 * The whole course in Chromium, as a learner walks it: the course index in
 * each language lists every lesson, and every lesson opens with its
 * terminal ready, its exercise, its quiz and its diagrams; then the capstone
 * is built in the terminal from an empty host and graded end to end.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExerciseFile } from '../../src/exercises/index.ts';
import { buildSite, launchBrowser, ROOT, seriousAxeViolations, serveStatic, type StaticServer, typeCommand } from './support.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(await buildSite());
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const lessonFiles = (locale: string) => readdirSync(join(ROOT, 'content', 'lessons', locale)).filter((f) => f.endsWith('.mdx'));

describe('the course in Chromium', { timeout: 240_000 }, () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`walks the ${locale} course index (${locale === 'ko' ? 'phone' : 'laptop'} width) and opens every lesson: terminal, exercise, quiz, described diagrams, no axe violation, next link`, async () => {
      // English at a laptop's width, Korean at a phone's: every page must fit both
      const viewport = locale === 'ko' ? { width: 375, height: 812 } : { width: 1280, height: 800 };
      const context = await browser.newContext({ locale: locale === 'ko' ? 'ko-KR' : 'en-US', viewport });
      const errors: string[] = [];
      const index = await context.newPage();
      index.on('pageerror', (e) => errors.push(`index: ${e.message}`));
      await index.goto(server.url(`${locale}/`));
      const hrefs = await index.locator('ol.lesson-list a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBe(lessonFiles(locale).length);
      expect(new Set(hrefs).size).toBe(hrefs.length);
      await index.close();

      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      for (const [i, href] of hrefs.entries()) {
        await page.goto(href);
        await page.waitForSelector('docker-lab[data-ready]', { timeout: 15_000 });
        const where = `${locale} lesson ${i + 1} (${href})`;
        expect(await page.locator('main h1').first().innerText(), where).not.toBe('');
        expect(await page.locator('html').getAttribute('lang'), where).toBe(locale);
        expect(await page.locator('docker-exercise').count(), where).toBeGreaterThan(0);
        expect(await page.locator('docker-quiz .quiz-question').count(), where).toBeGreaterThanOrEqual(3);
        // at least one command to run, and every diagram named and described for screen readers
        expect(await page.locator('button[data-run]').count(), where).toBeGreaterThan(0);
        const diagrams = await page.locator('figure.diagram svg[role="img"]').evaluateAll((svgs) =>
          svgs.map((svg) => (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? '')),
        );
        for (const [title, desc] of diagrams) {
          expect(title, `${where}: diagram title`).not.toBe('');
          expect(desc, `${where}: diagram description`).not.toBe('');
        }
        // the page does not scroll sideways
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), where).toBe(true);
        // no serious or critical accessibility problem (contrast of the diagrams' labels included)
        const violations = await seriousAxeViolations(page);
        expect(violations, where).toEqual([]);
        // the "next" link leads to the next lesson in the index
        const next = await page.locator('a[rel="next"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
        expect(next, where).toEqual(i + 1 < hrefs.length ? [hrefs[i + 1]] : []);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('grades the capstone end to end: built in the terminal from an empty host, every check turns green', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url('en/capstone/'));
    await page.waitForSelector('docker-lab[data-ready]');
    const exercise = parseExerciseFile(readFileSync(join(ROOT, 'content', 'exercises', 'capstone-two-tier-blog.yaml'), 'utf8'), 'capstone-two-tier-blog.yaml');
    const passes = () => page.locator('docker-exercise [data-check]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.pass));
    await page.waitForFunction(() => (document.querySelector('docker-exercise') as unknown as { evaluation: unknown }).evaluation !== null);
    expect((await passes()).every((p) => p === 'false')).toBe(true); // an empty host passes nothing
    for (const line of exercise.solution) await typeCommand(page, line);
    await expect.poll(passes, { timeout: 10_000 }).toEqual(exercise.checks.map(() => 'true'));
    await expect.poll(() => page.locator('docker-exercise').getAttribute('data-solved')).toBe('');
    const screen = await page.locator('docker-lab .xterm-rows').innerText();
    expect(screen).toMatch(/Location: http:\/\/localhost:8080\/wp-admin\/install\.php/);
    await context.close();
  });
});
