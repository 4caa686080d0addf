/**
 * The exercise panel and the quiz in headless Chromium: the checklist turns
 * green as commands are typed (and back when one is undone), the solved
 * announcement, hints one at a time, the solution after confirmation, reset,
 * and quiz answers. Bundled with esbuild around a stand-in <docker-lab>.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/exercises/index.ts';
import { ROOT, launchBrowser, serveStatic, type StaticServer } from '../browser/support.ts';

const dir = join(ROOT, 'test-results', 'exercise-harness');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'test/exercises/harness/entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(dir, 'entry.js'),
    define: {
      EXERCISE: JSON.stringify(parseYaml(readFileSync(join(ROOT, 'test/exercises/harness/exercise.yaml'), 'utf8'))),
      QUIZ: JSON.stringify(parseYaml(readFileSync(join(ROOT, 'test/exercises/harness/quiz.yaml'), 'utf8'))),
    },
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>harness</title><body><script type="module" src="entry.js"></script></body></html>');
  server = await serveStatic(dir, '/');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(locale = 'en'): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url(`?locale=${locale}`));
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => (document.querySelector('docker-exercise') as unknown as { evaluation: unknown }).evaluation !== null);
  expect(errors).toEqual([]);
  return page;
}

const run = (page: Page, line: string) =>
  page.evaluate(async (l) => {
    const done = new Promise((resolve) => document.addEventListener('exercise:evaluated', resolve, { once: true }));
    await (window as unknown as { harness: { lab: { run(line: string): Promise<void> } } }).harness.lab.run(l);
    await done;
  }, line);

const states = (page: Page) => page.$$eval('[data-check]', (lis) => lis.map((li) => (li as HTMLElement).dataset.pass));

describe('exercise panel', () => {
  it('turns checks green as they hold, back when broken, and celebrates once', async () => {
    const page = await open();
    expect(await states(page)).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(await page.textContent('[data-summary]')).toBe('0 of 5 checks pass');
    await run(page, 'docker volume create dbdata');
    expect(await states(page)).toEqual(['true', 'false', 'false', 'false', 'false']);
    await run(page, 'docker run -d --name db2 -e MYSQL_ROOT_PASSWORD=secret -v dbdata:/var/lib/mysql mysql');
    await run(page, "docker exec db2 sh -c 'echo alice > /var/lib/mysql/users.txt'");
    expect(await states(page)).toEqual(['true', 'true', 'true', 'true', 'false']);
    expect(await page.textContent('[data-check="4"] [data-found]')).toBe('Now: container old-db still exists (running)');
    await run(page, 'docker stop db2');
    expect(await states(page)).toEqual(['true', 'false', 'true', 'true', 'false']);
    await run(page, 'docker start db2');
    await run(page, 'docker rm -f old-db');
    expect(await states(page)).toEqual(['true', 'true', 'true', 'true', 'true']);
    expect(await page.textContent('[data-live]')).toBe('🎉 Solved! Every check passes.');
    expect(await page.getAttribute('[data-live]', 'aria-live')).toBe('polite');
    const record = await page.evaluate(() => JSON.parse(localStorage.getItem('docker-course:progress')!));
    expect(record.exercises['persist-mysql-data'].solvedAt).toBeTruthy();
    expect(record.exercises['persist-mysql-data'].typed).toHaveLength(6);
    await page.close();
  });

  it('shows hints one at a time, the solution only after confirming, and resets to the setup', async () => {
    const page = await open('ko');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const visibleHints = () => page.$$eval('[data-hint]', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).length);
    expect(await visibleHints()).toBe(0);
    expect(await page.textContent('[data-hint-button]')).toBe('힌트 보기 (3개 중 1번째)');
    await page.click('[data-hint-button]');
    expect(await visibleHints()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hint'))).toBe('0');
    await page.click('[data-solution-button]');
    expect(await page.isVisible('[data-solution]')).toBe(false);
    expect(await page.isVisible('[data-solution-confirm]')).toBe(true);
    await page.click('[data-solution-no]');
    expect(await page.isVisible('[data-solution-confirm]')).toBe(false);
    await page.click('[data-solution-button]');
    await page.click('[data-solution-yes]');
    expect(await page.isVisible('[data-solution]')).toBe(true);
    expect(await page.$$eval('[data-solution] [data-run]', (b) => b.map((x) => (x as HTMLElement).dataset.run))).toEqual([
      'docker volume create dbdata',
      'docker run -d --name db2 -e MYSQL_ROOT_PASSWORD=secret -v dbdata:/var/lib/mysql mysql',
      "docker exec db2 sh -c 'echo alice > /var/lib/mysql/users.txt'",
      'docker rm -f old-db',
    ]);
    await run(page, 'docker volume create dbdata');
    expect((await states(page))[0]).toBe('true');
    await page.click('[data-reset-button]');
    await page.click('[data-reset-yes]');
    await page.waitForFunction(() => document.querySelector('[data-check="0"]')?.getAttribute('data-pass') === 'false');
    expect(await page.textContent('[data-live]')).toBe('연습을 시작 상태로 되돌렸습니다.');
    expect(await page.textContent('[data-check="0"] .ex-label')).toBe('dbdata 볼륨이 있음');
    await page.close();
  });
});

describe('quiz', () => {
  it('grades choices and command answers, shows the explanation, and keeps the answers', async () => {
    const page = await open();
    const q = (id: string) => `[data-question="${id}"]`;
    await page.click(`${q('ip-after-restart')} [data-check-answer]`);
    expect(await page.textContent(`${q('ip-after-restart')} [data-feedback]`)).toBe('Choose an answer first.');
    await page.check(`${q('ip-after-restart')} input[value="true"]`);
    await page.click(`${q('ip-after-restart')} [data-check-answer]`);
    expect(await page.textContent(`${q('ip-after-restart')} .quiz-verdict`)).toBe('✗ Not quite.');
    expect(await page.isVisible(`${q('ip-after-restart')} [data-explanation]`)).toBe(true);
    await page.fill(`${q('mount-a-volume')} input[type="text"]`, 'docker volume create data && docker run -d --name app --mount source=data,target=/data busybox sleep 1d');
    await page.click(`${q('mount-a-volume')} [data-check-answer]`);
    await page.waitForSelector(`${q('mount-a-volume')}[data-correct]`);
    expect(await page.textContent(`${q('mount-a-volume')} .quiz-verdict`)).toBe('✓ Correct.');
    expect(await page.textContent('[data-score]')).toBe('1 of 7 answered correctly');
    await page.reload();
    await page.waitForSelector(`${q('mount-a-volume')}[data-correct="true"]`);
    expect(await page.inputValue(`${q('mount-a-volume')} input[type="text"]`)).toContain('--mount source=data');
    await page.close();
  });
});
