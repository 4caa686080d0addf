/**
 * What `docker pull` (and `docker run`/`docker create` when the image is
 * missing) print while pulling a catalog image, as data the terminal can
 * animate and tests can check.
 *
 * Faithful to (classic image store):
 *  - docker/cli cli/command/image/pull.go: "Using default tag: latest" (stdout,
 *    only when no tag/digest was given, not with -q), the daemon's JSON stream
 *    rendered to stdout, then the full reference "docker.io/library/nginx:latest"
 *    on stdout (printed even with -q).
 *  - docker/cli cli/command/container/create.go: "Unable to find image
 *    'nginx:latest' locally" on stderr, then the same JSON stream rendered to
 *    **stderr** (stdout is kept for the container id); no default-tag line and
 *    no final reference line; -q silences all of it.
 *  - moby pkg/jsonmessage Display(): without a TTY, messages carrying a
 *    progress bar ("Downloading", "Extracting") are dropped, every other
 *    status is printed as "<id>: <status>\n". With a TTY each layer has one
 *    line rewritten in place; statuses without a bar are printed as
 *    "<status> " + "" (hence the trailing space of "Pull complete ").
 *  - moby distribution/xfer: "Pulling fs layer" (or "Already exists" when the
 *    layer chain is already in the store) for every layer in order, "Waiting"
 *    for the layers beyond the 3 concurrent downloads, then per layer
 *    "Verifying Checksum", "Download complete", and, extracting strictly in
 *    order, "Pull complete"; finally "Digest: sha256:…" and
 *    "Status: Downloaded newer image for nginx:latest" (or "Status: Image is
 *    up to date for nginx:latest" when nothing had to be fetched).
 */
import type { CatalogImage } from './types.ts';

export interface PullEvent {
  stream: 'stdout' | 'stderr';
  /** the line as shown, without the trailing newline */
  text: string;
  /** how long to wait before showing it, counted from the previous event */
  delayMs: number;
  /**
   * TTY mode only: the layer (12-hex short id) whose single line this event
   * rewrites. The first event of an id adds the line; later ones replace it.
   */
  line?: string;
}

export interface PullProgressOptions {
  /** 'pull': `docker pull`; 'run': `docker run`/`docker create` pulling a missing image */
  situation: 'pull' | 'run';
  /** the reference as the user typed it ("nginx", "nginx:latest"): decides "Using default tag" */
  requested?: string;
  /** the output stream is a terminal (progress bars, lines rewritten in place) */
  tty?: boolean;
  /** terminal width: bars are drawn only above 110 columns, like jsonmessage */
  columns?: number;
  /** -q / --quiet */
  quiet?: boolean;
  /**
   * 'run' only: print "Unable to find image '…' locally" first. True by default (the image was
   * missing, --pull=missing); false for `docker run --pull always`, which pulls before looking.
   */
  missing?: boolean;
  /** the image (same id) is already in the store: nothing is downloaded */
  upToDate?: boolean;
  /** layer digests already in the store; a layer "Already exists" only if all layers below it do too */
  existingLayers?: Iterable<string>;
  /** simulated download speed, bytes per millisecond for one layer (default 8000 ≈ 8 MB/s) */
  bytesPerMs?: number;
}

/** docker's max-concurrent-downloads default */
const CONCURRENT_DOWNLOADS = 3;
const MANIFEST_MS = 650;
const BLOB_START_MS = 180;
const EXTRACT_BYTES_PER_MS = 60_000;
const TICK_MS = 120;

/** go-units HumanSize: decimal units, 4 significant digits ("29.78MB", "626B", "1.21kB"). */
export function humanSize(bytes: number): string {
  const unitsList = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < unitsList.length - 1) {
    size /= 1000;
    i++;
  }
  return `${formatG4(size)}${unitsList[i]}`;
}

/** Go's %.4g for the values HumanSize produces (0 <= v < 1000). */
function formatG4(v: number): string {
  if (v === 0) return '0';
  const digits = Math.floor(Math.log10(Math.abs(v))) + 1;
  const decimals = Math.max(0, 4 - digits);
  let s = v.toFixed(decimals);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

/** Go's time.Duration String() for whole seconds: "4s", "1m2s", "1h0m5s". */
export function goDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s}s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}h${m}m${sec}s` : `${m}m${sec}s`;
}

/** jsonmessage JSONProgress.String() for a byte count with a known total. */
export function progressBar(current: number, total: number, columns = 120, secondsLeft?: number): string {
  let percentage = Math.floor(Math.floor((current / total) * 100) / 2);
  if (percentage > 50) percentage = 50;
  const bar = columns > 110 ? `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] ` : '';
  const numbers = current > total ? humanSize(current).padStart(8) : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  const left = secondsLeft !== undefined && current > 0 && percentage < 50 && columns > 50 ? ` ${goDuration(secondsLeft)}` : '';
  return bar + numbers + left;
}

/** "docker.io/library/nginx:latest" for an official image. */
export function fullReference(image: CatalogImage): string {
  return `docker.io/${repositoryPath(image)}:${image.tag}`;
}

function repositoryPath(image: CatalogImage): string {
  return image.repository.includes('/') ? image.repository : `library/${image.repository}`;
}

function tagWasGiven(requested: string | undefined): boolean {
  if (requested === undefined) return true;
  if (requested.includes('@')) return true;
  const lastSlash = requested.lastIndexOf('/');
  return requested.lastIndexOf(':') > lastSlash;
}

interface Timed {
  at: number;
  seq: number;
  text: string;
  line?: string;
}

/** The layer-by-layer timeline of one pull (absolute times in ms). */
function layerTimeline(image: CatalogImage, opts: PullProgressOptions, start: number, out: Timed[]): number {
  const tty = opts.tty ?? false;
  const columns = opts.columns ?? 120;
  const speed = opts.bytesPerMs ?? 8000;
  const existing = new Set(opts.existingLayers ?? []);
  let seq = out.length;
  const emit = (at: number, text: string, line?: string) => out.push({ at, seq: seq++, text, line });
  const layers = image.layers.map((l) => ({ ...l, short: l.digest.replace(/^sha256:/, '').slice(0, 12) }));

  // chain semantics: a layer is reused only if every layer below it is too
  let reused = 0;
  while (reused < layers.length && existing.has(layers[reused].digest)) reused++;

  for (let i = 0; i < layers.length; i++) {
    const status = i < reused ? 'Already exists' : 'Pulling fs layer';
    emit(start, tty ? `${layers[i].short}: ${status} ` : `${layers[i].short}: ${status}`, tty ? layers[i].short : undefined);
  }
  const toFetch = layers.slice(reused);
  toFetch.forEach((l, i) => {
    if (i >= CONCURRENT_DOWNLOADS) emit(start, tty ? `${l.short}: Waiting ` : `${l.short}: Waiting`, tty ? l.short : undefined);
  });

  // downloads: at most 3 at once, each at `speed`
  const slots: number[] = Array(Math.min(CONCURRENT_DOWNLOADS, toFetch.length)).fill(start);
  const downloaded: number[] = [];
  toFetch.forEach((l, i) => {
    const slot = slots.indexOf(Math.min(...slots));
    const begin = slots[slot] + BLOB_START_MS;
    const duration = Math.max(40, l.size / speed);
    const end = begin + duration;
    if (tty) {
      for (let t = begin; t < end; t += TICK_MS) {
        // the daemon reports after its first 32 KiB read
        const current = Math.min(l.size, Math.max(32768, Math.round(((t - begin) / duration) * l.size)));
        const left = Math.ceil((end - t) / 1000);
        emit(t, `${l.short}: Downloading ${progressBar(current, l.size, columns, left)}`, l.short);
      }
    }
    emit(end, tty ? `${l.short}: Verifying Checksum ` : `${l.short}: Verifying Checksum`, tty ? l.short : undefined);
    emit(end + 1, tty ? `${l.short}: Download complete ` : `${l.short}: Download complete`, tty ? l.short : undefined);
    downloaded[i] = end + 1;
    slots[slot] = end + 1;
  });

  // extraction: strictly in order, each after its download and the previous extraction
  let previous = start;
  toFetch.forEach((l, i) => {
    const begin = Math.max(previous, downloaded[i]) + 5;
    const duration = Math.max(20, l.size / EXTRACT_BYTES_PER_MS);
    const end = begin + duration;
    if (tty) {
      for (let t = begin; t < end; t += TICK_MS) {
        const current = Math.min(l.size, Math.max(32768, Math.round(((t - begin) / duration) * l.size)));
        emit(t, `${l.short}: Extracting ${progressBar(current, l.size, columns)}`, l.short);
      }
    }
    emit(end, tty ? `${l.short}: Pull complete ` : `${l.short}: Pull complete`, tty ? l.short : undefined);
    previous = end;
  });
  return previous;
}

/**
 * The lines docker prints for pulling `image`, in order, with their streams
 * and pacing. Join the texts with "\n" (or use renderPull) to get the final
 * transcript.
 */
export function pullProgress(image: CatalogImage, opts: PullProgressOptions): PullEvent[] {
  const familiar = `${image.repository}:${image.tag}`;
  const jsonStream: 'stdout' | 'stderr' = opts.situation === 'pull' ? 'stdout' : 'stderr';
  const timed: Timed[] = [];
  const before: PullEvent[] = [];
  const after: PullEvent[] = [];

  if (opts.situation === 'run') {
    if (opts.quiet) return [];
    if (opts.missing ?? !opts.upToDate) {
      before.push({ stream: 'stderr', text: `Unable to find image '${familiar}' locally`, delayMs: 0 });
    }
  } else if (!opts.quiet && !tagWasGiven(opts.requested)) {
    before.push({ stream: 'stdout', text: 'Using default tag: latest', delayMs: 0 });
  }

  if (!opts.quiet) {
    timed.push({ at: MANIFEST_MS, seq: 0, text: `${image.tag}: Pulling from ${repositoryPath(image)}` });
    let end = MANIFEST_MS;
    if (!opts.upToDate) end = layerTimeline(image, opts, MANIFEST_MS + 120, timed);
    timed.push({ at: end + 60, seq: timed.length, text: `Digest: ${image.digest}` });
    const status = opts.upToDate ? `Image is up to date for ${familiar}` : `Downloaded newer image for ${familiar}`;
    timed.push({ at: end + 61, seq: timed.length, text: `Status: ${status}` });
  }
  if (opts.situation === 'pull') {
    after.push({ stream: 'stdout', text: fullReference(image), delayMs: opts.quiet ? MANIFEST_MS : 1 });
  }

  timed.sort((a, b) => a.at - b.at || a.seq - b.seq);
  const events: PullEvent[] = [...before];
  let last = 0;
  for (const t of timed) {
    const event: PullEvent = { stream: jsonStream, text: t.text, delayMs: Math.round(t.at - last) };
    if (t.line) event.line = t.line;
    events.push(event);
    last = t.at;
  }
  return [...events, ...after];
}

/**
 * The screen after the events ran: one entry per visible line. In TTY mode a
 * layer's line keeps only its last text; pass a stream to keep only its lines.
 */
export function renderPull(events: PullEvent[], stream?: 'stdout' | 'stderr'): string[] {
  const lines: string[] = [];
  const where = new Map<string, number>();
  for (const e of events) {
    if (stream && e.stream !== stream) continue;
    if (e.line === undefined) {
      where.clear(); // jsonmessage forgets the layer lines after any line without an id
      lines.push(e.text);
      continue;
    }
    const at = where.get(e.line);
    if (at === undefined) {
      where.set(e.line, lines.length);
      lines.push(e.text);
    } else {
      lines[at] = e.text;
    }
  }
  return lines;
}
