/**
 * Exercises, quizzes and the progress file on the built course, in headless
 * Chromium (the same build, server and browser as site.test.ts): a learner
 * solves a lesson's exercise in its terminal and sees the checklist turn
 * green, answers a quiz, and moves their progress to another browser.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchBrowser, serveStatic, type StaticServer, typeCommand } from './support.ts';

let server: StaticServer;
let browser: Browser;
const scratch = mkdtempSync(join(tmpdir(), 'course-progress-'));

beforeAll(async () => {
  server = await serveStatic(await buildSite());
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newContext(options: { locale?: string; width?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: options.locale ?? 'en-US', viewport: { width: options.width ?? 1280, height: 800 }, acceptDownloads: true });
}

async function open(context: BrowserContext, path: string, terminal = true): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(path));
  if (terminal) await page.waitForSelector('docker-lab[data-ready]', { timeout: 15_000 });
  return page;
}

/** data-pass of every checklist line, in order, once the panel has evaluated the lab at least once. */
async function checklist(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (document.querySelector('docker-exercise') as unknown as { evaluation: unknown }).evaluation !== null);
  // the first exercise of the page (the volumes lesson has a second one)
  return page.locator('docker-exercise:first-of-type [data-check]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.pass ?? ''));
}

async function record(page: Page): Promise<{ lessons: Record<string, string>; exercises: Record<string, { solvedAt?: string }>; quizzes: Record<string, Record<string, { correct: boolean }>> }> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('docker-course:progress') ?? 'null'));
}

describe('exercises, quizzes and progress in Chromium', { timeout: 90_000 }, () => {
  it('turns the checklist green as the exercise is solved in the terminal, keeps it solved over a reload, and resets it', async () => {
    const context = await newContext();
    const page = await open(context, 'en/volumes/');
    const panel = page.locator('docker-exercise').first();
    await expect(panel.locator('h2').innerText()).resolves.toMatch(/Keep the orders through docker rm/);
    expect(await checklist(page)).toEqual(['false', 'false', 'false', 'false', 'false']);
    await expect(panel.locator('[data-summary]').innerText()).resolves.toBe('0 of 5 checks pass');

    // the lab starts from the exercise's setup: shop is running with an order in its own layer
    await typeCommand(page, 'docker exec shop cat /data/orders.txt');
    await expect.poll(() => page.locator('docker-lab .xterm-rows').innerText()).toMatch(/1 tea, table 3/);

    await typeCommand(page, 'docker volume create orders');
    await expect.poll(() => checklist(page)).toEqual(['true', 'false', 'false', 'false', 'false']);
    await typeCommand(page, 'docker run -d --name shop2 -v orders:/data busybox sleep 1d');
    await expect.poll(() => checklist(page)).toEqual(['true', 'true', 'true', 'false', 'false']);
    // the found text says why a check fails
    await expect(panel.locator('[data-check="3"] [data-found]').isVisible()).resolves.toBe(true);
    await typeCommand(page, `docker exec shop2 sh -c 'echo "1 tea, table 3" > /data/orders.txt'`);
    await expect.poll(() => checklist(page)).toEqual(['true', 'true', 'true', 'true', 'false']);
    expect(await panel.getAttribute('data-solved')).toBeNull();
    await typeCommand(page, 'docker rm -f shop');
    await expect.poll(() => checklist(page)).toEqual(['true', 'true', 'true', 'true', 'true']);
    await expect.poll(() => panel.getAttribute('data-solved')).toBe('');
    await expect(panel.locator('[data-live]').innerText()).resolves.toMatch(/Solved!/);
    expect((await record(page)).exercises['keep-orders-in-a-volume'].solvedAt).toBeTruthy();
    await page.goto(server.url('en/'));
    await expect(page.locator('li.lesson-card', { has: page.locator('[data-status-for="volumes"]') }).locator('[data-activities]').innerText()).resolves.toBe('30 min · ✓ exercise solved');
    await page.goBack();

    await page.reload();
    await page.waitForSelector('docker-lab[data-ready]');
    await expect(panel.locator('[data-solved-before]').isVisible()).resolves.toBe(true);
    await expect.poll(() => checklist(page)).toEqual(['true', 'true', 'true', 'true', 'true']);

    // "reset exercise" (after confirming) takes the lab back to the setup: the checks fail again, solved stays recorded
    await panel.locator('[data-reset-button]').click();
    await panel.locator('[data-reset-yes]').click();
    await expect.poll(() => checklist(page)).toEqual(['false', 'false', 'false', 'false', 'false']);
    await typeCommand(page, 'docker ps --format {{.Names}}');
    await expect.poll(() => page.locator('docker-lab .xterm-rows').innerText()).toMatch(/\nshop\n/);
    expect((await record(page)).exercises['keep-orders-in-a-volume'].solvedAt).toBeTruthy();

    // a lab saved for another starting lab (the lesson's setup changed since) is dropped, and the panel starts over with it
    await typeCommand(page, 'docker volume create orders');
    await expect.poll(() => checklist(page)).toEqual(['true', 'false', 'false', 'false', 'false']);
    await page.evaluate(() => {
      const r = JSON.parse(localStorage.getItem('docker-course:progress')!);
      r.labs.volumes.start = 'an-older-setup';
      localStorage.setItem('docker-course:progress', JSON.stringify(r));
    });
    await page.reload();
    await page.waitForSelector('docker-lab[data-ready]');
    await expect(page.locator('[data-notice]').innerText()).resolves.toMatch(/could not be read/);
    await expect.poll(() => checklist(page)).toEqual(['false', 'false', 'false', 'false', 'false']);
    await context.close();
  });

  it('solves the bridge lesson’s exercise with the solution’s run buttons, in Korean', async () => {
    const context = await newContext({ locale: 'ko-KR' });
    const page = await open(context, 'ko/bridge-networks/');
    const panel = page.locator('docker-exercise').first();
    // on the default bridge the two containers already reach each other by address: only that check holds
    expect(await checklist(page)).toEqual(['false', 'false', 'false', 'false', 'true']);
    await expect(panel.locator('[data-summary]').innerText()).resolves.toBe('확인 항목 5개 중 1개 통과');
    await expect(panel.locator('[data-solution]').isVisible()).resolves.toBe(false);
    await panel.locator('[data-solution-button]').click();
    await panel.locator('[data-solution-yes]').click();
    const runs = panel.locator('[data-solution] button[data-run]');
    expect(await runs.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      await runs.nth(i).click();
      await page.waitForSelector('docker-lab:not([data-busy])');
      await expect.poll(async () => (await checklist(page))[0]).toBe('true'); // appnet exists from the first line on
    }
    await expect.poll(() => checklist(page)).toEqual(['true', 'true', 'true', 'true', 'true']);
    await expect(panel.locator('[data-live]').innerText()).resolves.toMatch(/해결했습니다/);
    await context.close();
  });

  it('answers a quiz question wrong, then right, with the explanation, and keeps the answer over a reload', async () => {
    const context = await newContext();
    const page = await open(context, 'en/volumes/');
    const question = page.locator('docker-quiz [data-question="rm-loses-layer"]');
    const explanation = question.locator('[data-explanation]');
    await expect(explanation.isVisible()).resolves.toBe(false);
    await question.locator('input[value="in-image"]').check();
    await question.locator('[data-check-answer]').click();
    await expect.poll(() => question.getAttribute('data-correct')).toBe('false');
    await expect(question.locator('[data-feedback]').innerText()).resolves.toMatch(/Not quite/);
    await expect(explanation.isVisible()).resolves.toBe(true);
    await expect(explanation.innerText()).resolves.toMatch(/writable layer/);

    await question.locator('input[value="gone"]').check();
    await question.locator('[data-check-answer]').click();
    await expect.poll(() => question.getAttribute('data-correct')).toBe('true');
    await expect(question.locator('[data-feedback]').innerText()).resolves.toMatch(/Correct/);
    await expect(page.locator('docker-quiz [data-score]').innerText()).resolves.toBe('1 of 8 answered correctly');
    expect((await record(page)).quizzes['volumes-basics']['rm-loses-layer'].correct).toBe(true);

    await page.reload();
    await expect.poll(() => question.getAttribute('data-correct')).toBe('true');
    await expect(question.locator('input[value="gone"]').isChecked()).resolves.toBe(true);
    await expect(explanation.isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('keeps what one tab saved when another tab saves next', async () => {
    const context = await newContext();
    const volumes = await open(context, 'en/volumes/');
    const bridge = await open(context, 'en/bridge-networks/');
    const question = volumes.locator('docker-quiz [data-question="prune-named"]');
    await question.locator('input[value="true"]').check();
    await question.locator('[data-check-answer]').click();
    await expect.poll(() => question.getAttribute('data-correct')).toBe('true');
    await typeCommand(bridge, 'docker network ls'); // the other tab saves its lab
    const saved = await record(bridge);
    expect(saved.quizzes['volumes-basics']['prune-named'].correct).toBe(true);
    expect(Object.keys((saved as unknown as { labs: object }).labs)).toContain('bridge-networks');
    await context.close();
  });

  it('exports progress to a file and imports it in another browser; a corrupt file changes nothing', async () => {
    const first = await newContext();
    const lesson = await open(first, 'en/volumes/');
    await lesson.locator('[data-mark-done]').click();
    const question = lesson.locator('docker-quiz [data-question="rm-keeps-volume"]');
    await question.locator('input[value="false"]').check();
    await question.locator('[data-check-answer]').click();
    await expect.poll(() => question.getAttribute('data-correct')).toBe('true');
    await lesson.goto(server.url('en/'));
    await expect(lesson.locator('[data-status-for="volumes"]').innerText()).resolves.toMatch(/Done/);
    const [download] = await Promise.all([lesson.waitForEvent('download'), lesson.locator('progress-transfer [data-export]').click()]);
    expect(download.suggestedFilename()).toMatch(/^docker-course-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(scratch, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('docker-course-progress');
    expect(exported.lessons.volumes).toBe('done');
    await first.close();

    const second = await newContext({ locale: 'ko-KR' });
    const index = await open(second, 'ko/', false);
    await expect(index.locator('[data-status-for="volumes"]').innerText()).resolves.toMatch(/시작 전/);
    await index.locator('progress-transfer [data-import]').setInputFiles(file);
    await expect.poll(() => index.locator('progress-transfer [data-message]').innerText()).toBe('진행 기록을 가져왔습니다.');
    await expect(index.locator('[data-status-for="volumes"]').innerText()).resolves.toMatch(/완료/);
    await expect(index.locator('li.lesson-card', { has: index.locator('[data-status-for="volumes"]') }).locator('[data-activities]').innerText()).resolves.toBe('30분 · 퀴즈: 8문제 중 1문제 정답');

    // a file that is not a progress record: a message, and the record is untouched
    const before = await index.evaluate(() => localStorage.getItem('docker-course:progress'));
    const corrupt = join(scratch, 'corrupt.json');
    writeFileSync(corrupt, '{"format":"docker-course-progress","version":1,"lessons":');
    await index.locator('progress-transfer [data-import]').setInputFiles(corrupt);
    await expect.poll(() => index.locator('progress-transfer [data-message]').innerText()).toMatch(/^아무것도 바뀌지 않았습니다: /);
    expect(await index.evaluate(() => localStorage.getItem('docker-course:progress'))).toBe(before);
    await expect(index.locator('[data-status-for="volumes"]').innerText()).resolves.toMatch(/완료/);

    // the imported answers are there on the lesson page
    const page = await open(second, 'ko/volumes/');
    await expect.poll(() => page.locator('docker-quiz [data-question="rm-keeps-volume"]').getAttribute('data-correct')).toBe('true');
    await expect(page.locator('[data-mark-done]').getAttribute('aria-pressed')).resolves.toBe('true');
    await second.close();
  });
});
