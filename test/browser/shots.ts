/**
 * Screenshots of a lesson page for people to look at: desktop 1280x800 and
 * phone 375x812, English and Korean, after a couple of commands, with the
 * exercise panel (one hint shown, part solved) and the quiz (one answer). Writes
 * /tmp/shots/*.png (or the folder given as the first argument).
 *   npx tsx test/browser/shots.ts [outDir]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, launchBrowser, serveStatic } from './support.ts';

const out = process.argv[2] ?? '/tmp/shots';
mkdirSync(out, { recursive: true });
const dir = await buildSite();
const server = await serveStatic(dir);
const browser = await launchBrowser();
try {
  for (const locale of ['en', 'ko'] as const) {
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 375, height: 812 }],
    ] as const) {
      const context = await browser.newContext({ viewport, locale: locale === 'ko' ? 'ko-KR' : 'en-US' });
      const page = await context.newPage();
      await page.goto(server.url(`${locale}/bridge-networks/`));
      await page.waitForSelector('docker-lab[data-ready]');
      await page.focus('docker-lab .xterm-helper-textarea');
      await page.keyboard.type('docker network ls\n');
      await page.waitForTimeout(400);
      await page.keyboard.insertText('echo 안녕하세요, Docker');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(400);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(out, `lesson-${locale}-${name}.png`) });
      if (name === 'phone') {
        await page.locator('#lab').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(out, `lesson-${locale}-${name}-terminal.png`) });
      }
      // the exercise: a hint, part of it solved
      await page.click('docker-exercise [data-hint-button]');
      await page.focus('docker-lab .xterm-helper-textarea');
      await page.keyboard.type('docker network create --subnet 10.10.0.0/24 appnet\n');
      await page.waitForTimeout(600);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.evaluate(() => document.querySelector('docker-exercise')!.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(out, `exercise-${locale}-${name}.png`) });
      // the quiz: one wrong answer, one right
      await page.check('docker-quiz [data-question="default-bridge-names"] input[value="isolated"]');
      await page.click('docker-quiz [data-question="default-bridge-names"] [data-check-answer]');
      await page.check('docker-quiz [data-question="connect-keeps-others"] input[value="false"]');
      await page.click('docker-quiz [data-question="connect-keeps-others"] [data-check-answer]');
      await page.waitForTimeout(300);
      await page.evaluate(() => document.querySelector('docker-quiz')!.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(out, `quiz-${locale}-${name}.png`) });
      await page.goto(server.url(`${locale}/`));
      await page.screenshot({ path: join(out, `index-${locale}-${name}.png`) });
      await page.goto(server.url(`${locale}/playground/`));
      await page.waitForSelector('docker-lab[data-ready]');
      await page.screenshot({ path: join(out, `playground-${locale}-${name}.png`) });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
