/**
 * `npm run bench`, the site's part: what a lesson page costs in headless
 * Chromium, built under /course/ and served from 127.0.0.1.
 *  - JavaScript bytes a lesson page loads (raw and gzip -9, as a server would send them);
 *  - time from navigation to a terminal that accepts input (the lab-ready
 *    mark), on cold loads, and again with the CPU slowed down 4x.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildSite, launchBrowser, serveStatic, type StaticServer } from '../test/browser/support.ts';

const LESSON = 'en/volumes/';
const RUNS = 5;

async function scriptBytes(browser: Browser, server: StaticServer, path: string): Promise<{ raw: number; gzip: number; files: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.body());
  });
  await page.goto(server.url(path));
  if (path !== 'en/') await page.waitForSelector('docker-lab[data-ready]');
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() => Array.from(document.querySelectorAll('script:not([src])')).map((s) => s.textContent ?? '').join(''));
  const all = [...(await Promise.all(bodies)), Buffer.from(inline)];
  await context.close();
  return { raw: all.reduce((n, b) => n + b.length, 0), gzip: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0), files: bodies.length };
}

async function readyTimes(browser: Browser, server: StaticServer, cpuSlowdown: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(server.url(LESSON));
    await page.waitForSelector('docker-lab[data-ready]');
    const marks = await page.evaluate(() =>
      Object.fromEntries(['lab-script', 'lab-xterm', 'lab-created', 'lab-ready'].map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? NaN])),
    );
    if (process.env.BENCH_VERBOSE) console.log(marks);
    times.push(marks['lab-ready']);
    await context.close();
  }
  return times.sort((a, b) => a - b);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (list: number[]) => `median ${list[Math.floor(list.length / 2)].toFixed(0)} ms (min ${list[0].toFixed(0)}, max ${list[list.length - 1].toFixed(0)})`;

const server = await serveStatic(await buildSite());
const browser = await launchBrowser();
try {
  const lesson = await scriptBytes(browser, server, LESSON);
  const index = await scriptBytes(browser, server, 'en/');
  console.log(`lesson page JavaScript: ${kb(lesson.gzip)} gzip (${kb(lesson.raw)} raw, ${lesson.files} files + inline)`);
  console.log(`course index JavaScript: ${kb(index.gzip)} gzip (${kb(index.raw)} raw, ${index.files} files + inline)`);
  console.log(`navigation to a terminal that accepts input, ${RUNS} cold loads: ${ms(await readyTimes(browser, server, 1))}`);
  console.log(`  same with the CPU slowed 4x: ${ms(await readyTimes(browser, server, 4))}`);
} finally {
  await browser.close();
  await server.close();
}
