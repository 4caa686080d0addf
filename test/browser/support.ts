/**
 * What the browser tests, the screenshots and the page bench share: build
 * the site (once, reused while no source is newer), serve it from a tiny
 * static server on 127.0.0.1, and launch headless Chromium from the
 * @sparticuz/chromium npm package (or /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium as playwright } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The browser tests host the course under a sub-path, as BASE_PATH=/course/ builds it. */
export const BASE = '/course/';
const RESULTS = join(ROOT, 'test-results');

const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function sourcesMtime(): number {
  return Math.max(...SOURCES.map((s) => join(ROOT, s)).filter(existsSync).map(newestMtime));
}

let building: Promise<string> | null = null;

/**
 * The environment without what vitest adds: it sets BASE_URL, MODE, NODE_ENV...
 * in process.env, and Vite would read them back as import.meta.env in the build.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  }
  return env;
}

/**
 * Builds the site under BASE into test-results/site-<sources time>/, or
 * reuses that folder when a build of the same sources is already there. A
 * build goes to a scratch folder first and is renamed when complete, and
 * each version of the sources has its own folder, so test runs going on at
 * the same time (several people in one work tree) never change each other's
 * files. Builds older than an hour are removed. With `only` (lesson slugs),
 * a preview build of just those lessons (COURSE_ONLY_LESSONS).
 */
export function buildSite(only: string[] = []): Promise<string> {
  building ??= (async () => {
    const sources = Math.floor(sourcesMtime());
    const outDir = join(RESULTS, `site-${BASE.replace(/\W+/g, '')}-${sources}${only.length ? `-only-${only.join('-')}` : ''}`);
    if (existsSync(join(outDir, 'index.html'))) return outDir;
    // one build per version of the sources: the test files run in parallel workers, and the
    // first to get here builds while the others wait for its folder (a lock older than
    // ten minutes is a crashed build's and is taken over)
    mkdirSync(RESULTS, { recursive: true });
    const lock = `${outDir}.lock`;
    for (;;) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        if (existsSync(join(outDir, 'index.html'))) return outDir;
        if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 600_000) rmSync(lock, { recursive: true, force: true });
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    try {
      if (existsSync(join(outDir, 'index.html'))) return outDir;
      await buildInto(outDir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    for (const name of readdirSync(RESULTS)) {
      const path = join(RESULTS, name);
      if (name.startsWith('site-') && path !== outDir && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
    }
    return outDir;
  })();
  return building;

  async function buildInto(outDir: string): Promise<void> {
    const scratch = `${outDir}.build-${process.pid}`;
    const cache = `${outDir}.cache-${process.pid}`;
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'astro.js'), 'build', '--silent'], {
        cwd: ROOT,
        env: { ...buildEnv(), BASE_PATH: BASE, COURSE_OUT_DIR: scratch, COURSE_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', COURSE_ONLY_LESSONS: only.join(',') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let log = '';
      child.stdout.on('data', (c: Buffer) => (log += c.toString()));
      child.stderr.on('data', (c: Buffer) => (log += c.toString()));
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`astro build failed (${code}):\n${log.slice(-4000)}`))));
    }).finally(() => rmSync(cache, { recursive: true, force: true }));
    try {
      renameSync(scratch, outDir);
    } catch {
      rmSync(scratch, { recursive: true, force: true }); // another run finished the same build first
    }
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** origin + BASE + path */
  url(path?: string): string;
  close(): Promise<void>;
}

/** Serves `dir` under BASE on 127.0.0.1 (a free port), as a plain static host would: index.html for folders, 404.html otherwise. */
export async function serveStatic(dir: string, base = BASE): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(base) && path + '/' !== base) {
        res.writeHead(404).end('not under the base path');
        return;
      }
      let file = normalize(join(root, path.slice(base.length - 1)));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) {
          if (!path.endsWith('/')) {
            res.writeHead(301, { location: path + '/' }).end();
            return;
          }
          file = join(file, 'index.html');
        }
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
      } catch {
        const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
        res.writeHead(404, { 'content-type': TYPES['.html'] }).end(notFound);
      }
    })();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path = '') => origin + base + path.replace(/^\/+/, ''),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const EXTRA_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Headless Chromium: the binary inside @sparticuz/chromium, else /usr/bin/chromium. */
export async function launchBrowser(): Promise<Browser> {
  let executablePath: string | undefined;
  let args: string[] = [];
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    executablePath = await sparticuz.executablePath();
    args = sparticuz.args;
  } catch (e) {
    if (!existsSync('/usr/bin/chromium')) throw e;
  }
  if (!executablePath || !existsSync(executablePath)) executablePath = '/usr/bin/chromium';
  // "--single-process" makes each new context share one renderer; the tests want real pages
  args = args.filter((a) => a !== '--single-process');
  return playwright.launch({ executablePath, args: [...args, ...EXTRA_ARGS] });
}

export const PATH_SEP = sep;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Types a command line into the page's terminal and waits until the lab has run it. */
export async function typeCommand(page: Page, command: string): Promise<void> {
  await page.focus('docker-lab .xterm-helper-textarea');
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  await page.waitForSelector('docker-lab:not([data-busy])', { timeout: 10_000 });
}
