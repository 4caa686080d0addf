import { describe, expect, it } from 'vitest';
import { findCatalogImage } from '../../../src/engine/images/catalog.ts';
import {
  fullReference,
  goDuration,
  humanSize,
  progressBar,
  pullProgress,
  renderPull,
  type PullEvent,
} from '../../../src/engine/images/pull-progress.ts';
import type { CatalogImage } from '../../../src/engine/images/types.ts';

function image(repo: string, tag = 'latest'): CatalogImage {
  const found = findCatalogImage(repo, tag);
  if (!found) throw new Error(`no ${repo}:${tag}`);
  return found;
}

const nginx = image('nginx');
const shorts = nginx.layers.map((l) => l.digest.slice(7, 19));
const texts = (events: PullEvent[]) => events.map((e) => e.text);

describe('docker pull nginx (no TTY)', () => {
  const events = pullProgress(nginx, { situation: 'pull', requested: 'nginx' });

  it('prints the default tag, the layers and the summary, all on stdout', () => {
    expect(events.every((e) => e.stream === 'stdout')).toBe(true);
    const lines = texts(events);
    expect(lines.slice(0, 2)).toEqual(['Using default tag: latest', 'latest: Pulling from library/nginx']);
    expect(lines.slice(2, 9)).toEqual(shorts.map((s) => `${s}: Pulling fs layer`));
    // only 3 downloads at once: the 4th layer onwards waits
    expect(lines.slice(9, 13)).toEqual(shorts.slice(3).map((s) => `${s}: Waiting`));
    expect(lines.slice(-3)).toEqual([
      'Digest: sha256:5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942',
      'Status: Downloaded newer image for nginx:latest',
      'docker.io/library/nginx:latest',
    ]);
  });

  it('verifies and completes every layer, extracting strictly in order, with no progress bars', () => {
    const lines = texts(events);
    for (const s of shorts) {
      const verify = lines.indexOf(`${s}: Verifying Checksum`);
      const done = lines.indexOf(`${s}: Download complete`);
      const pulled = lines.indexOf(`${s}: Pull complete`);
      expect(verify).toBeGreaterThan(0);
      expect(done).toBe(verify + 1);
      expect(pulled).toBeGreaterThan(done);
    }
    const completes = lines.filter((l) => l.endsWith(': Pull complete')).map((l) => l.slice(0, 12));
    expect(completes).toEqual(shorts);
    expect(lines.some((l) => l.includes('Downloading') || l.includes('Extracting') || l.includes('['))).toBe(false);
    expect(lines.every((l) => !l.endsWith(' '))).toBe(true);
  });

  it('paces the lines with non-negative delays that add up to a few seconds', () => {
    expect(events.every((e) => e.delayMs >= 0 && Number.isInteger(e.delayMs))).toBe(true);
    const total = events.reduce((n, e) => n + e.delayMs, 0);
    expect(total).toBeGreaterThan(1000);
    expect(total).toBeLessThan(30000);
  });

  it('omits "Using default tag" when a tag was typed, and prints only the reference with -q', () => {
    expect(texts(pullProgress(nginx, { situation: 'pull', requested: 'nginx:latest' }))[0]).toBe('latest: Pulling from library/nginx');
    expect(texts(pullProgress(nginx, { situation: 'pull', requested: 'nginx', quiet: true }))).toEqual(['docker.io/library/nginx:latest']);
    expect(fullReference(image('ubuntu', '22.04'))).toBe('docker.io/library/ubuntu:22.04');
  });

  it('says "Image is up to date" when the image is already there', () => {
    const lines = texts(pullProgress(nginx, { situation: 'pull', requested: 'nginx', upToDate: true }));
    expect(lines).toEqual([
      'Using default tag: latest',
      'latest: Pulling from library/nginx',
      `Digest: ${nginx.digest}`,
      'Status: Image is up to date for nginx:latest',
      'docker.io/library/nginx:latest',
    ]);
  });
});

describe('docker run pulling a missing image', () => {
  it('writes everything to stderr, starting with "Unable to find image", without the reference line', () => {
    const events = pullProgress(nginx, { situation: 'run', requested: 'nginx' });
    expect(events.every((e) => e.stream === 'stderr')).toBe(true);
    const lines = texts(events);
    expect(lines.slice(0, 2)).toEqual(["Unable to find image 'nginx:latest' locally", 'latest: Pulling from library/nginx']);
    expect(lines).not.toContain('Using default tag: latest');
    expect(lines.at(-1)).toBe('Status: Downloaded newer image for nginx:latest');
    expect(pullProgress(nginx, { situation: 'run', quiet: true })).toEqual([]);
  });

  it('does not announce a missing image for --pull always on a present image', () => {
    const lines = texts(pullProgress(nginx, { situation: 'run', upToDate: true }));
    expect(lines).toEqual(['latest: Pulling from library/nginx', `Digest: ${nginx.digest}`, 'Status: Image is up to date for nginx:latest']);
  });

  it('reuses the layers another image brought ("Already exists"), chain by chain', () => {
    const redis = image('redis', '8');
    const postgres = image('postgres', '18');
    const lines = texts(pullProgress(postgres, { situation: 'run', existingLayers: redis.layers.map((l) => l.digest) }));
    expect(lines[2]).toBe('6b37362b3da7: Already exists');
    expect(lines[3]).toBe('646f8088ba62: Pulling fs layer');
    expect(lines.filter((l) => l.startsWith('6b37362b3da7'))).toHaveLength(1);
    // a matching blob above a missing one is not reused
    const onlyTop = pullProgress(postgres, { situation: 'run', existingLayers: [postgres.layers[1].digest] });
    expect(texts(onlyTop)[2]).toBe('6b37362b3da7: Pulling fs layer');
  });
});

describe('TTY rendering', () => {
  const events = pullProgress(nginx, { situation: 'pull', requested: 'nginx', tty: true });

  it('ends with one line per layer, rewritten in place, like the terminal shows it', () => {
    expect(renderPull(events)).toEqual([
      'Using default tag: latest',
      'latest: Pulling from library/nginx',
      ...shorts.map((s) => `${s}: Pull complete `),
      `Digest: ${nginx.digest}`,
      'Status: Downloaded newer image for nginx:latest',
      'docker.io/library/nginx:latest',
    ]);
  });

  it('animates Downloading and Extracting bars on the layer lines', () => {
    const first = events.filter((e) => e.line === shorts[0]).map((e) => e.text);
    expect(first[0]).toBe(`${shorts[0]}: Pulling fs layer `);
    expect(first.some((t) => /^062e450697fa: Downloading \[=*>\s*\] +[\d.]+[kM]?B\/29\.78MB \d+s$/.test(t))).toBe(true);
    expect(first.some((t) => t.startsWith('062e450697fa: Extracting ['))).toBe(true);
    expect(first.at(-1)).toBe('062e450697fa: Pull complete ');
  });
});

describe('progress formatting', () => {
  it('matches go-units HumanSize and jsonmessage', () => {
    expect(humanSize(29780905)).toBe('29.78MB');
    expect(humanSize(626)).toBe('626B');
    expect(humanSize(1210)).toBe('1.21kB');
    expect(humanSize(159975330)).toBe('160MB');
    expect(humanSize(2226327)).toBe('2.226MB');
    expect(goDuration(4)).toBe('4s');
    expect(goDuration(125)).toBe('2m5s');
    expect(progressBar(14890453, 29780905, 120, 3)).toBe(`[${'='.repeat(25)}>${' '.repeat(25)}]  14.89MB/29.78MB 3s`);
    expect(progressBar(14890453, 29780905, 80)).toBe(' 14.89MB/29.78MB');
  });
});
