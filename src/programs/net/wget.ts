/**
 * wget: busybox's applet (busybox, alpine) and GNU Wget (the host,
 * `apt-get install wget`, `apk add wget`). Both fetch over the service
 * model: -q, -O FILE (- for stdout), -S, --spider, -T, -U, --header,
 * redirects; messages, progress lines and exit statuses as each prints them.
 */
import type { Program } from '../../shell/types.ts';
import { FsError } from '../../vfs/types.ts';
import { type NetPlace, hash32 } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';
import { type Url, absPath, addressesFor, byteLength, connectAny, exchange, parseUrl, resolveLocation } from './client.ts';
import { type HttpResponse, header } from './http.ts';
import type { ConnectError } from './services.ts';
import { getopt, has, last } from '../util/getopt.ts';

interface WgetOpts {
  quiet: boolean;
  output?: string;
  spider: boolean;
  serverResponse: boolean;
  timeoutMs?: number;
  urls: string[];
}

const BB_SPEC = {
  short: 'cqSO:o:P:Y:U:T:t:',
  long: {
    continue: { key: 'c' }, quiet: { key: 'q' }, 'server-response': { key: 'S' }, 'output-document': { key: 'O', arg: 'required' as const },
    'output-file': { key: 'o', arg: 'required' as const }, 'directory-prefix': { key: 'P', arg: 'required' as const }, proxy: { key: 'Y', arg: 'required' as const },
    'user-agent': { key: 'U', arg: 'required' as const }, timeout: { key: 'T', arg: 'required' as const }, tries: { key: 't', arg: 'required' as const },
    spider: { key: 'spider' }, header: { key: 'header', arg: 'required' as const }, 'post-data': { key: 'post-data', arg: 'required' as const },
    'post-file': { key: 'post-file', arg: 'required' as const }, 'no-check-certificate': { key: 'nocert' }, 'no-verbose': { key: 'nv' },
  },
};

const GNU_SPEC = {
  short: 'qvO:o:P:U:T:t:ScNhVd',
  long: {
    quiet: { key: 'q' }, verbose: { key: 'v' }, 'output-document': { key: 'O', arg: 'required' as const }, 'output-file': { key: 'o', arg: 'required' as const },
    'directory-prefix': { key: 'P', arg: 'required' as const }, 'user-agent': { key: 'U', arg: 'required' as const }, timeout: { key: 'T', arg: 'required' as const },
    tries: { key: 't', arg: 'required' as const }, 'server-response': { key: 'S' }, continue: { key: 'c' }, spider: { key: 'spider' },
    header: { key: 'header', arg: 'required' as const }, 'post-data': { key: 'post-data', arg: 'required' as const }, 'no-check-certificate': { key: 'nocert' },
    'no-verbose': { key: 'nv' }, help: { key: 'h' }, version: { key: 'V' }, debug: { key: 'd' }, 'timestamping': { key: 'N' },
  },
};

function parse(cmd: NetCmd, gnu: boolean): WgetOpts | number {
  if (!gnu && cmd.args.length === 1 && cmd.args[0] === '--help') {
    cmd.usage();
    return 0;
  }
  const p = getopt(cmd.args, gnu ? GNU_SPEC : BB_SPEC);
  if (p.error) {
    if (gnu) {
      cmd.warn(cmd.optErrorLine(p.error));
      cmd.err("Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n");
      return 2;
    }
    cmd.optError(p.error);
    return 1;
  }
  if (gnu && has(p, 'V')) {
    cmd.out('GNU Wget 1.21.4 built on linux-gnu.\n');
    return 0;
  }
  const t = last(p, 'T');
  const timeout = t !== undefined && /^\d+(\.\d+)?$/.test(t) ? Math.round(Number(t) * 1000) : undefined;
  if (!p.operands.length) {
    if (gnu) {
      cmd.warn('missing URL');
      cmd.err("Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n");
      return 1;
    }
    cmd.usage();
    return 1;
  }
  return { quiet: has(p, 'q'), output: last(p, 'O'), spider: has(p, 'spider'), serverResponse: has(p, 'S'), timeoutMs: timeout, urls: p.operands };
}

/** The local file a URL saves to: its last path segment, or index.html. */
function remoteName(url: Url): string {
  const path = url.path.split('?')[0];
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base || 'index.html';
}

function writeOut(cmd: NetCmd, file: string, data: string, exclusive: boolean): string | undefined {
  const path = absPath(cmd.ctx.cwd || '/', file);
  try {
    if (exclusive && cmd.ctx.fs.stat(path)) return 'File exists';
    const st = cmd.ctx.fs.stat(path);
    if (st?.type === 'dir') return 'Is a directory';
    cmd.ctx.fs.writeFile(path, data);
    return undefined;
  } catch (e) {
    if (e instanceof FsError) return e.message.slice(e.message.indexOf(': ') + 2);
    throw e;
  }
}

const ERRNO: Record<ConnectError, string> = {
  refused: 'Connection refused',
  reset: 'Connection reset by peer',
  timeout: 'Connection timed out',
  'host-unreachable': 'No route to host',
  'network-unreachable': 'Network is unreachable',
};

// ---- busybox --------------------------------------------------------------------

/** busybox's progress line: name, 100%, 32 stars, the size in a 6-wide field. */
function bbProgress(name: string, size: number): string {
  let n = size;
  let i = 0;
  while (n >= 100000) {
    n = Math.floor(n / 1024);
    i++;
  }
  const field = `${n}${' kMGTPEZY'[i].trim()}`.padStart(6);
  return `${name.padEnd(20).slice(0, 20)} 100% |${'*'.repeat(32)}|${field}  0:00:00 ETA\n`;
}

async function busyboxWget(cmd: NetCmd, place: NetPlace, o: WgetOpts): Promise<number> {
  const say = (s: string) => {
    if (!o.quiet) cmd.err(s);
  };
  let status = 0;
  for (const text of o.urls) {
    let url = parseUrl(text);
    if ('error' in url) {
      cmd.warn(`not an http or ftp url: ${text}`);
      return 1;
    }
    let response: HttpResponse | undefined;
    for (let hops = 0; ; hops++) {
      const ips = addressesFor(place, url.host, 'wget');
      if (!ips.length) {
        cmd.warn(`bad address '${url.host}'`);
        return 1;
      }
      const ip = ips.find((x) => !x.includes(':')) ?? ips[0];
      const shown = url.explicitPort || /:\d+$/.test(url.hostHeader) ? url.hostHeader : url.host;
      say(`Connecting to ${shown} (${ip.includes(':') ? `[${ip}]` : ip}:${url.port})\n`);
      const c = connectAny(place, [ip], url.port, o.timeoutMs);
      if (!c.ok) {
        await cmd.wait(c.elapsedMs);
        if (o.timeoutMs !== undefined && c.error === 'timeout') cmd.warn('download timed out');
        else cmd.warn(`can't connect to remote host (${ip}): ${ERRNO[c.error]}`);
        return 1;
      }
      const reply = exchange(place, c.listener, { method: o.spider ? 'HEAD' : 'GET', path: url.path, host: url.hostHeader });
      if (reply.kind === 'empty') {
        cmd.warn('error getting response');
        return 1;
      }
      if (reply.kind === 'raw') {
        const lines = reply.data.split('\n');
        if (lines.length > 1 && lines[1] !== '' && !lines[1].includes(':')) cmd.warn(`bad header line: ${lines[1].split('\u0000')[0].replace(/\r$/, '')}`);
        else cmd.warn('error getting response');
        return 1;
      }
      const r = reply.response;
      if (o.serverResponse) {
        say(`  HTTP/1.1 ${r.status} ${r.reason}\n${r.headers.map(([k, v]) => `  ${k}: ${v}\n`).join('')}  \n`);
      }
      const location = header(r, 'Location');
      if (r.status >= 300 && r.status < 400 && location) {
        if (hops >= 20) {
          cmd.warn('too many redirections');
          return 1;
        }
        const next = parseUrl(resolveLocation(url, location));
        if ('error' in next) {
          cmd.warn(`not an http or ftp url: ${location}`);
          return 1;
        }
        url = next;
        continue;
      }
      if (r.status !== 200 && r.status !== 204 && r.status !== 206) {
        cmd.warn(`server returned error: HTTP/1.1 ${r.status} ${r.reason}`);
        return 1;
      }
      response = r;
      break;
    }
    if (o.spider) {
      say('remote file exists\n');
      continue;
    }
    const body = response.body;
    const toStdout = o.output === '-';
    const file = o.output ?? remoteName(url);
    if (toStdout) {
      say('writing to stdout\n');
      cmd.out(body);
      say(bbProgress('-', byteLength(body)));
      say('written to stdout\n');
      continue;
    }
    const err = writeOut(cmd, file, body, o.output === undefined);
    if (err) {
      cmd.warn(`can't open '${file}': ${err}`);
      return 1;
    }
    say(`saving to '${file}'\n`);
    say(bbProgress(file.slice(file.lastIndexOf('/') + 1), byteLength(body)));
    say(`'${file}' saved\n`);
    status = 0;
  }
  return status;
}

// ---- GNU Wget --------------------------------------------------------------------

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
}

/** A made-up but repeatable transfer rate, bytes per second. */
function rate(key: string): number {
  return (30 + (hash32(key) % 600) / 10) * 1024 * 1024;
}

function rateText(bps: number, long: boolean): string {
  const units = long ? ['B/s', 'KB/s', 'MB/s', 'GB/s'] : ['', 'K', 'M', 'G'];
  let v = bps;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = v >= 99.95 ? 0 : v >= 9.995 ? 1 : 2;
  return long ? `${v.toFixed(digits)} ${units[i]}` : `${v.toFixed(digits)}${units[i]}`;
}

function dots(size: number, bps: number): string {
  const k = Math.floor(size / 1024);
  let area = '';
  for (let g = 0; g < 5; g++) {
    const n = Math.max(0, Math.min(10, k - g * 10));
    if (n === 0) break;
    area += ` ${'.'.repeat(n)}`;
  }
  return `     0K${area.padEnd(55)}100% ${rateText(bps, false).padStart(5)}=0s\n`;
}

function lengthLine(r: HttpResponse): string {
  const len = Number(header(r, 'Content-Length') ?? NaN);
  const type = header(r, 'Content-Type');
  if (Number.isNaN(len)) return `Length: unspecified${type ? ` [${type}]` : ''}\n`;
  const human = len >= 1024 ? ` (${Math.round(len / 1024)}K)` : '';
  return `Length: ${len}${human}${type ? ` [${type}]` : ''}\n`;
}

async function gnuWget(cmd: NetCmd, place: NetPlace, o: WgetOpts): Promise<number> {
  const say = (s: string) => {
    if (!o.quiet) cmd.err(s);
  };
  const q = (s: string) => cmd.lq(s);
  let status = 0;
  if (o.spider) say('Spider mode enabled. Check if remote file exists.\n');
  for (const text of o.urls) {
    let url = parseUrl(text);
    if ('error' in url) {
      cmd.err(`${text}: Unsupported scheme ${q(url.error === 'scheme' ? url.scheme : text)}.\n`);
      status = 1;
      continue;
    }
    let response: HttpResponse | undefined;
    for (let hops = 0; ; hops++) {
      const shownUrl = `${url.scheme}://${url.hostHeader}${url.path}`;
      say(`--${stamp(place.now())}--  ${shownUrl}\n`);
      const literal = /^[\d.]+$/.test(url.host) || url.host.includes(':');
      const ips = addressesFor(place, url.host, 'wget');
      if (!ips.length) {
        say(`Resolving ${url.host} (${url.host})... failed: Name or service not known.\n`);
        cmd.warn(`unable to resolve host address ${q(url.host)}`);
        return 4;
      }
      if (!literal) say(`Resolving ${url.host} (${url.host})... ${ips.join(', ')}\n`);
      const ip = ips[0];
      const where = literal ? `${url.hostHeader.includes(':') ? url.hostHeader : `${url.host}:${url.port}`}` : `${url.host} (${url.host})|${ip}|:${url.port}`;
      const c = connectAny(place, [ip], url.port, o.timeoutMs);
      if (!c.ok) {
        await cmd.wait(c.elapsedMs);
        say(`Connecting to ${where}... failed: ${ERRNO[c.error]}.\n`);
        return 4;
      }
      say(`Connecting to ${where}... connected.\n`);
      const reply = exchange(place, c.listener, { method: o.spider ? 'HEAD' : 'GET', path: url.path, host: url.hostHeader });
      if (reply.kind !== 'http') {
        say(reply.kind === 'empty' ? 'HTTP request sent, awaiting response... No data received.\n' : 'HTTP request sent, awaiting response... 200 No headers, assuming HTTP/0.9\n');
        if (reply.kind === 'empty') {
          say('Retrying.\n\n');
          return 4;
        }
        response = { status: 200, reason: 'OK', headers: [], body: reply.data };
        break;
      }
      const r = reply.response;
      say(`HTTP request sent, awaiting response... ${r.status} ${r.reason}\n`);
      if (o.serverResponse) say(`  HTTP/1.1 ${r.status} ${r.reason}\n${r.headers.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`);
      const location = header(r, 'Location');
      if (r.status >= 300 && r.status < 400 && location) {
        say(`Location: ${location} [following]\n`);
        const next = parseUrl(resolveLocation(url, location));
        if ('error' in next || hops >= 20) return 8;
        url = next;
        continue;
      }
      if (r.status >= 400) {
        if (o.spider) say('Remote file does not exist -- broken link!!!\n');
        else say(`${stamp(place.now())} ERROR ${r.status}: ${r.reason}.\n\n`);
        return 8;
      }
      response = r;
      break;
    }
    say(lengthLine(response));
    if (o.spider) {
      say('Remote file exists.\n\n');
      continue;
    }
    const body = response.body;
    const size = byteLength(body);
    const bps = rate(`${text}|${place.now()}`);
    const toStdout = o.output === '-';
    let file = o.output ?? remoteName(url);
    if (!toStdout && o.output === undefined) {
      for (let n = 1; cmd.ctx.fs.stat(absPath(cmd.ctx.cwd || '/', file)); n++) file = `${remoteName(url)}.${n}`;
    }
    say(`Saving to: ${q(toStdout ? 'STDOUT' : file)}\n\n`);
    if (toStdout) cmd.out(body);
    else {
      const err = writeOut(cmd, file, body, false);
      if (err) {
        cmd.err(`${file}: ${err}\n`);
        return 3;
      }
    }
    say(dots(size, bps));
    say(`\n${stamp(place.now())} (${rateText(bps, true)}) - ${toStdout ? 'written to stdout' : `${q(file)} saved`} [${size}/${size}]\n\n`);
  }
  return status;
}

async function wget(cmd: NetCmd, place: NetPlace, gnu: boolean): Promise<number> {
  const o = parse(cmd, gnu);
  if (typeof o === 'number') return o;
  return gnu ? gnuWget(cmd, place, o) : busyboxWget(cmd, place, o);
}

export const wgetProgram = (flavour: Flavour): Program => netProgram('wget', flavour, (cmd, place) => wget(cmd, place, flavour === 'gnu'));
