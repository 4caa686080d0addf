/**
 * The course in a real browser: the site is built under /course/ (as
 * BASE_PATH=/course/ npm run build does), served by a tiny static server on
 * 127.0.0.1 and driven in headless Chromium from the @sparticuz/chromium
 * package. Each test says what a learner would do.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchBrowser, PATH_SEP, seriousAxeViolations, serveStatic, type StaticServer } from './support.ts';

let server: StaticServer;
let builtDir: string;
let browser: Browser;
/** every URL any page asked for: none may leave the static server */
const requested = new Set<string>();

beforeAll(async () => {
  builtDir = await buildSite();
  server = await serveStatic(builtDir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newContext(options: { locale?: string; width?: number; height?: number } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  context.on('request', (r) => requested.add(r.url()));
  return context;
}

/** Opens a page of the course and waits for its terminal (if any) to accept input. */
async function open(context: BrowserContext, path: string, terminal = true): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(path));
  if (terminal) await page.waitForSelector('docker-lab[data-ready]', { timeout: 15_000 });
  return page;
}

/** What the terminal shows, one string per row, trailing blanks trimmed. */
async function screen(page: Page): Promise<string> {
  const text = await page.locator('docker-lab .xterm-rows').innerText();
  return text.replace(/\u00a0/g, ' ').replace(/[ \t]+$/gm, '');
}

async function waitForScreen(page: Page, pattern: RegExp, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await screen(page);
    if (pattern.test(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`terminal never showed ${pattern}; it shows:\n${last}`);
}

/** The row the cursor is on (the line being edited). */
async function currentLine(page: Page): Promise<string> {
  const rows = (await screen(page)).split('\n').filter((r) => r.trim() !== '');
  return rows[rows.length - 1] ?? '';
}

async function focusTerminal(page: Page): Promise<void> {
  await page.focus('docker-lab .xterm-helper-textarea');
}

async function typeCommand(page: Page, command: string): Promise<void> {
  await focusTerminal(page);
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

async function idle(page: Page): Promise<void> {
  await page.waitForSelector('docker-lab:not([data-busy])', { timeout: 10_000 });
}

// generous timeouts: CI machines run other test files beside this one
describe('the course site in Chromium', { timeout: 60_000 }, () => {
  it('opens a lesson whose terminal runs docker network ls and shows bridge, host and none', async () => {
    const context = await newContext();
    const page = await open(context, 'en/bridge-networks/');
    expect(await page.title()).toMatch(/user-defined bridge/i);
    await typeCommand(page, 'docker network ls');
    const out = await waitForScreen(page, /none\s+null\s+local/);
    expect(out).toMatch(/NETWORK ID\s+NAME\s+DRIVER\s+SCOPE/);
    expect(out).toMatch(/bridge\s+bridge\s+local/);
    expect(out).toMatch(/host\s+host\s+local/);
    await context.close();
  });

  describe('one learner, one browser', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await newContext();
    });
    afterAll(async () => context?.close());

    it('types a code block into the terminal with its run button, and keeps lab and history over a reload', async () => {
      const page = await open(context, 'en/volumes/');
      const run = page.locator('button[data-run="docker volume create mydata"]');
      await expect(run.getAttribute('aria-label')).resolves.toBe('Run in the terminal: docker volume create mydata');
      await run.click();
      await waitForScreen(page, /docker volume create mydata\n+mydata/);
      await idle(page);
      await typeCommand(page, 'docker volume ls');
      await waitForScreen(page, /local\s+mydata/);
      await idle(page);

      await page.reload();
      await page.waitForSelector('docker-lab[data-ready]');
      await expect(page.locator('[data-notice]').innerText()).resolves.toMatch(/restored/);
      expect(await screen(page)).not.toContain('mydata');
      await focusTerminal(page);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => currentLine(page)).toMatch(/# docker volume ls$/);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => currentLine(page)).toMatch(/# docker volume create mydata$/);
      await page.keyboard.press('Control+U');
      await page.keyboard.type('docker volume ls');
      await page.keyboard.press('Enter');
      await waitForScreen(page, /local\s+mydata/);
      await page.close();
    });

    it('switches to Korean on the same lesson, with the same lab, and the root remembers the choice', async () => {
      const page = await open(context, 'en/volumes/');
      await page.click('a[data-set-locale="ko"]');
      await page.waitForURL(/\/course\/ko\/volumes\/$/);
      await page.waitForSelector('docker-lab[data-ready]');
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
      expect(await page.locator('h1').innerText()).toBe('Docker 볼륨: 만들고, 공유하고, 정리하기');
      await typeCommand(page, 'docker volume ls');
      await waitForScreen(page, /local\s+mydata/);

      await page.goto(server.url(''));
      await page.waitForURL(/\/course\/ko\/$/);
      await page.close();
    });

    it('marks lessons visited and done in the course index', async () => {
      const page = await open(context, 'en/volumes/');
      const done = page.locator('[data-mark-done]');
      await expect(done.getAttribute('aria-pressed')).resolves.toBe('false');
      await done.click();
      await expect(done.getAttribute('aria-pressed')).resolves.toBe('true');
      await page.goto(server.url('en/'));
      await expect(page.locator('[data-status-for="volumes"]').innerText()).resolves.toMatch(/Done/);
      await expect(page.locator('[data-status-for="bridge-networks"]').innerText()).resolves.toMatch(/Not started/);
      await page.goto(server.url('en/bridge-networks/'));
      await page.goto(server.url('en/'));
      await expect(page.locator('[data-status-for="bridge-networks"]').innerText()).resolves.toMatch(/Visited/);
      // the index ships small inline bits and one module script: the export/import buttons'
      expect(await page.locator('script[type="module"], script[src]').count()).toBeLessThanOrEqual(1);
      await page.close();
    });

    it('resets the lab to the lesson’s starting state', async () => {
      const page = await open(context, 'en/volumes/');
      await page.click('[data-reset]');
      await expect.poll(() => page.locator('[data-status]').innerText()).toMatch(/reset/);
      await typeCommand(page, 'docker volume ls');
      await waitForScreen(page, /DRIVER\s+VOLUME NAME\n/);
      await idle(page);
      expect(await screen(page)).not.toMatch(/local\s+mydata/);
      await page.close();
    });
  });

  it('sends a first visit to the browser’s language', async () => {
    for (const [locale, expected] of [
      ['ko-KR', /\/course\/ko\/$/],
      ['en-GB', /\/course\/en\/$/],
      ['de-DE', /\/course\/en\/$/],
    ] as const) {
      const context = await newContext({ locale });
      const page = await context.newPage();
      await page.goto(server.url(''));
      await page.waitForURL(expected);
      await context.close();
    }
  });

  it('completes commands and names with Tab', async () => {
    const context = await newContext();
    const page = await open(context, 'en/bridge-networks/');
    await focusTerminal(page);
    // (the screen is read with trailing blanks trimmed: the next word typed shows the space Tab added)
    await page.keyboard.type('docker netw');
    await page.keyboard.press('Tab');
    await page.keyboard.type('insp');
    await expect.poll(() => currentLine(page)).toMatch(/# docker network insp$/);
    await page.keyboard.press('Tab');
    await page.keyboard.type('bri');
    await expect.poll(() => currentLine(page)).toMatch(/# docker network inspect bri$/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForScreen(page, /"com\.docker\.network\.bridge\.name": "docker0"/);
    await context.close();
  });

  it('stops a streaming command with Ctrl+C (tail -f)', async () => {
    const context = await newContext();
    const page = await open(context, 'en/volumes/');
    await typeCommand(page, 'tail -f /etc/hostname');
    await waitForScreen(page, /tail -f \/etc\/hostname\n+docker-host/);
    await page.waitForTimeout(300);
    expect(await page.getAttribute('docker-lab', 'data-busy')).not.toBeNull();
    await page.keyboard.press('Control+C');
    await idle(page);
    await waitForScreen(page, /\^C\n+root@docker-host:~#$/);
    await typeCommand(page, 'echo still here');
    await waitForScreen(page, /\nstill here\n/);
    await context.close();
  });

  it('stops a streaming ping with Ctrl+C', async () => {
    const context = await newContext();
    const page = await open(context, 'en/bridge-networks/');
    for (const line of ['docker network create mynet', 'docker run -d --name web --network mynet nginx', 'docker run -d --name client --network mynet busybox sleep 1d']) {
      await typeCommand(page, line);
      await idle(page);
    }
    await page.click('button[data-run="docker exec client ping web"]');
    await waitForScreen(page, /64 bytes from 172\.18\.0\.2: seq=0/);
    await waitForScreen(page, /seq=1 /, 5_000); // a line a second, for real
    expect(await page.getAttribute('docker-lab', 'data-busy')).not.toBeNull();
    await expect(page.locator('[data-running]').isVisible()).resolves.toBe(true);
    await focusTerminal(page);
    await page.keyboard.press('Control+C');
    await idle(page);
    await waitForScreen(page, /\^C[\s\S]*ping statistics[\s\S]*root@docker-host:~#$/);
    await context.close();
  });

  it('runs a pasted command continued over two lines with \\', async () => {
    const context = await newContext();
    const page = await open(context, 'en/volumes/');
    await focusTerminal(page);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'docker volume create \\\n  pasted\n');
      document.querySelector('docker-lab .xterm-helper-textarea')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const out = await waitForScreen(page, /\n> +pasted\n+pasted\n/);
    expect(out).toContain('docker volume create \\');
    await context.close();
  });

  it('copies the selection with Ctrl+Shift+C', async () => {
    const context = await newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await open(context, 'en/volumes/');
    await typeCommand(page, 'echo copy-me-please');
    await waitForScreen(page, /\ncopy-me-please\n/);
    const row = page.locator('docker-lab .xterm-rows > div', { hasText: /^copy-me-please\s*$/ });
    const box = (await row.boundingBox())!;
    await page.mouse.dblclick(box.x + 20, box.y + box.height / 2);
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('copy-me-please');
    await context.close();
  });

  it('can be used with the keyboard only: Tab reaches the terminal, Escape then Tab leaves it', async () => {
    const context = await newContext();
    const page = await open(context, 'en/volumes/');
    const active = () => page.evaluate(() => (document.activeElement?.className || document.activeElement?.tagName) ?? '');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the terminal');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // the reset button
    await page.keyboard.press('Tab');
    await expect.poll(active).toContain('xterm-helper-textarea');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('lab-hint');
    expect(await page.locator('#lab-hint').innerText()).toMatch(/press Escape, then Tab/);
    await page.keyboard.type('docker vol');
    await page.keyboard.press('Tab'); // completes, focus stays
    await page.keyboard.type('ls');
    await expect.poll(() => currentLine(page)).toMatch(/# docker volume ls$/);
    await expect.poll(active).toContain('xterm-helper-textarea');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect.poll(active).not.toContain('xterm-helper-textarea');
    await context.close();
  });

  it('drops an unreadable progress record or saved lab with a notice and still starts the terminal', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('docker-course:progress', '{"format":"docker-course-progress","version":1');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await open(context, 'en/volumes/');
    await expect(page.locator('[data-notice]').innerText()).resolves.toMatch(/could not be read/);
    await typeCommand(page, 'docker volume ls');
    await waitForScreen(page, /DRIVER\s+VOLUME NAME/);
    await idle(page);
    const record = () => page.evaluate(() => JSON.parse(localStorage.getItem('docker-course:progress') ?? 'null'));
    expect((await record()).labs.volumes.history).toEqual(['docker volume ls']);

    // a saved lab that passes the record's schema but not the engine's snapshot check: only the lab goes
    await page.evaluate(() => {
      const r = JSON.parse(localStorage.getItem('docker-course:progress')!);
      r.labs.volumes.snapshot = { version: 999 };
      localStorage.setItem('docker-course:progress', JSON.stringify(r));
    });
    await page.reload();
    await page.waitForSelector('docker-lab[data-ready]');
    await expect(page.locator('[data-notice]').innerText()).resolves.toMatch(/could not be read/);
    const after = await record();
    expect(after.labs.volumes).toBeUndefined();
    expect(after.lessons.volumes).toBe('visited');
    await context.close();
  });

  it('absorbs the site’s first storage keys into the course record, then removes them', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('docker-course:v1:progress', JSON.stringify({ version: 1, lessons: { volumes: 'done' } }));
        localStorage.setItem('docker-course:v1:locale', 'ko');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await open(context, 'en/', false);
    await expect(page.locator('[data-status-for="volumes"]').innerText()).resolves.toMatch(/Done/);
    await page.goto(server.url('en/bridge-networks/'));
    await page.waitForSelector('docker-lab[data-ready]');
    const stored = await page.evaluate(() => ({ ...localStorage }));
    expect(Object.keys(stored).filter((k) => k.startsWith('docker-course:v1:'))).toEqual([]);
    const record = JSON.parse(stored['docker-course:progress']);
    expect(record.lessons).toEqual({ volumes: 'done', 'bridge-networks': 'visited' });
    expect(record.locale).toBe('ko');
    await page.goto(server.url(''));
    await page.waitForURL(/\/course\/ko\/$/);
    await context.close();
  });

  it('lays a lesson out for a 375-pixel phone: terminal below the text, exercise and quiz below it, no sideways scrolling', async () => {
    for (const locale of ['en', 'ko']) {
      const context = await newContext({ width: 375, height: 812, locale: locale === 'ko' ? 'ko-KR' : 'en-US' });
      const page = await open(context, `${locale}/bridge-networks/`);
      // with the exercise's hints and solution open and a quiz question answered
      await page.click('docker-exercise [data-hint-button]');
      await page.click('docker-exercise [data-solution-button]');
      await page.click('docker-exercise [data-solution-yes]');
      await page.check('docker-quiz [data-question="default-bridge-names"] input[value="isolated"]');
      await page.click('docker-quiz [data-question="default-bridge-names"] [data-check-answer]');
      await page.waitForSelector('docker-quiz [data-question="default-bridge-names"] [data-explanation]:not([hidden])');
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const [article, lab, exercise, quiz] = ['article', '#lab', 'docker-exercise', 'docker-quiz'].map(box);
        return {
          scrollWidth: document.documentElement.scrollWidth,
          articleBottom: article.bottom,
          labTop: lab.top,
          labBottom: lab.bottom,
          labWidth: lab.width,
          labHeight: lab.height,
          exerciseTop: exercise.top,
          exerciseRight: exercise.right,
          exerciseBottom: exercise.bottom,
          quizTop: quiz.top,
          quizRight: quiz.right,
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(375);
      expect(layout.labTop).toBeGreaterThanOrEqual(layout.articleBottom);
      expect(layout.labWidth).toBeLessThanOrEqual(375);
      expect(layout.labHeight).toBeGreaterThan(300);
      // on a phone the exercise comes right below the terminal, then the quiz
      expect(layout.exerciseTop).toBeGreaterThanOrEqual(layout.labBottom);
      expect(layout.quizTop).toBeGreaterThanOrEqual(layout.exerciseBottom);
      expect(layout.exerciseRight).toBeLessThanOrEqual(375);
      expect(layout.quizRight).toBeLessThanOrEqual(375);
      await context.close();
    }
  });

  it('has no serious or critical axe-core violations on lesson (with exercise and quiz), index and playground pages', async () => {
    const context = await newContext();
    for (const path of ['en/volumes/', 'ko/bridge-networks/', 'ko/volumes/', 'en/', 'ko/', 'ko/playground/']) {
      const page = await open(context, path, !/^(en|ko)\/$/.test(path));
      if (await page.locator('docker-exercise').count()) {
        // the panels as a learner leaves them: a hint and the solution shown, a quiz question answered
        await page.click('docker-exercise [data-hint-button]');
        await page.click('docker-exercise [data-solution-button]');
        await page.click('docker-exercise [data-solution-yes]');
        await page.locator('docker-quiz [data-check-answer]').first().click(); // "choose an answer first"
        await page.locator('docker-quiz input[type="radio"]').first().check();
        await page.locator('docker-quiz [data-check-answer]').first().click();
        await page.waitForSelector('docker-quiz [data-explanation]:not([hidden])');
        const command = page.locator('docker-quiz [data-type="command"]').first();
        if (await command.count()) {
          // a wrong command answer: its checklist, output and one right answer
          await command.locator('input[type="text"]').fill('docker run -d --name app busybox sleep 1d');
          await command.locator('[data-check-answer]').click();
          await command.locator('[data-explanation]:not([hidden])').waitFor();
        }
      }
      const violations = await seriousAxeViolations(page);
      expect(violations, path).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('writes every link and asset under the base path, and each one leads to a file of the build', () => {
    const pages = readdirSync(builtDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const file of pages) {
      const html = readFileSync(join(builtDir, file), 'utf8');
      const urls = [...html.matchAll(/\b(?:href|src)="([^"]*)"|url\(([^)]*)\)/g)].map((m) => (m[1] ?? m[2]).replace(/^['"]|['"]$/g, ''));
      // absolute paths under /course/, or relative ones (a lesson's "../volumes/") that resolve there
      const page = new URL(`/course/${file.split(PATH_SEP).join('/')}`, 'http://course.test');
      const resolved = urls.filter((u) => !u.startsWith('#') && !u.startsWith('data:')).map((u) => ({ u, url: new URL(u, page) }));
      const outside = resolved.filter(({ url }) => url.origin !== page.origin || !url.pathname.startsWith('/course/')).map(({ u }) => u);
      expect(outside, file).toEqual([]);
      const broken = resolved
        .map(({ u, url }) => ({ u, path: join(builtDir, decodeURIComponent(url.pathname.slice('/course/'.length)), url.pathname.endsWith('/') ? 'index.html' : '') }))
        .filter(({ path }) => !existsSync(path))
        .map(({ u }) => u);
      expect(broken, `${file}: links to nothing`).toEqual([]);
      expect(html, file).not.toMatch(/"\/(en|ko)\/"/); // the root redirect's targets
    }
  });

  it('asked for nothing outside the course’s own server', () => {
    expect(requested.size).toBeGreaterThan(10);
    const foreign = [...requested].filter((u) => !u.startsWith(server.origin + '/'));
    expect(foreign).toEqual([]);
  });
});
