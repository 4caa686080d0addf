/**
 * curl: 8.5.0 on the Ubuntu host, 8.14 in Debian/Alpine images, 7.76 in the
 * Oracle Linux ones (mysql). Fetches over the service model with -s/-S, -I,
 * -i, -v, -o/-O, -w, -f, -L, -X, -H, -d, -A, -m/--connect-timeout; the
 * error lines, exit codes and progress meter of the real tool.
 */
import type { Program } from '../../shell/types.ts';
import { FsError } from '../../vfs/types.ts';
import { type NetPlace, hash32 } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';
import { type Url, absPath, addressesFor, byteLength, connectAny, exchange, parseUrl, resolveLocation } from './client.ts';
import { type HttpResponse, header, headerBlock } from './http.ts';
import { type OptSpec, getopt, has, last, all } from '../util/getopt.ts';

const SPEC: OptSpec = {
  short: 'sSIivo:Ow:fLX:H:m:d:A:46kqhVN#e:u:x:',
  long: {
    silent: { key: 's' }, 'show-error': { key: 'S' }, head: { key: 'I' }, include: { key: 'i' }, 'show-headers': { key: 'i' }, verbose: { key: 'v' },
    output: { key: 'o', arg: 'required' }, 'remote-name': { key: 'O' }, 'write-out': { key: 'w', arg: 'required' }, fail: { key: 'f' },
    'fail-with-body': { key: 'fail-with-body' }, location: { key: 'L' }, request: { key: 'X', arg: 'required' }, header: { key: 'H', arg: 'required' },
    'max-time': { key: 'm', arg: 'required' }, 'connect-timeout': { key: 'connect-timeout', arg: 'required' }, data: { key: 'd', arg: 'required' },
    'data-raw': { key: 'd', arg: 'required' }, 'data-binary': { key: 'd', arg: 'required' }, 'user-agent': { key: 'A', arg: 'required' },
    ipv4: { key: '4' }, ipv6: { key: '6' }, insecure: { key: 'k' }, help: { key: 'h' }, version: { key: 'V' }, 'no-buffer': { key: 'N' },
    'progress-bar': { key: '#' }, referer: { key: 'e', arg: 'required' }, user: { key: 'u', arg: 'required' }, proxy: { key: 'x', arg: 'required' },
    retry: { key: 'retry', arg: 'required' }, 'retry-delay': { key: 'retry-delay', arg: 'required' }, compressed: { key: 'compressed' },
    'http1.1': { key: 'http1.1' }, 'http1.0': { key: 'http1.0' }, 'max-redirs': { key: 'max-redirs', arg: 'required' },
  },
};

interface Version {
  number: string;
  /** 7.x words connect errors "port P: Connection refused", 8.x "port P after N ms: Couldn't connect to server" */
  modern: boolean;
}

function versionOf(cmd: NetCmd, place: NetPlace): Version {
  if (place.from === 'host') return { number: '8.5.0', modern: true };
  let release = '';
  try {
    release = cmd.ctx.fs.readFile('/etc/os-release');
  } catch {
    // unknown: a current build
  }
  if (/ID="?ol"?/.test(release)) return { number: '7.76.1', modern: false };
  return { number: '8.14.1', modern: true };
}

/** The progress meter's 5-wide numbers: 615, 20000, 1953k, 2.5M. */
function size5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * 1024) return `${Math.floor(n / 1024)}k`.padStart(5);
  if (n < 100 * 1024 * 1024) return `${(n / 1048576).toFixed(1)}M`.padStart(5);
  return `${Math.floor(n / 1048576)}M`.padStart(5);
}

const METER_HEAD = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';

function meterLine(total: number, received: number, speed: number): string {
  const pct = (a: number, b: number) => String(b > 0 ? Math.floor((a * 100) / b) : 0).padStart(3);
  const t = '--:--:--';
  return `\r${pct(received, total)} ${size5(total)}  ${pct(received, total)} ${size5(received)}  ${pct(0, 0)} ${size5(0)}  ${size5(speed)}  ${size5(0)} ${t} ${t} ${t} ${size5(speed)}`;
}

/** -w: %{variable} and \n \r \t escapes. */
function writeOut(cmd: NetCmd, format: string, vars: Record<string, string>): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\' && i + 1 < format.length) {
      const e = format[++i];
      out += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e === '\\' ? '\\' : `\\${e}`;
    } else if (c === '%' && format[i + 1] === '%') {
      out += '%';
      i++;
    } else if (c === '%' && format[i + 1] === '{') {
      const end = format.indexOf('}', i);
      if (end < 0) {
        out += format.slice(i);
        break;
      }
      const name = format.slice(i + 2, end);
      if (Object.hasOwn(vars, name)) out += vars[name];
      else cmd.err(`curl: unknown --write-out variable: '${name}'\n`);
      i = end;
    } else out += c;
  }
  return out;
}

interface Outcome {
  code: number;
  message?: string;
}

async function curl(cmd: NetCmd, place: NetPlace): Promise<number> {
  const v = versionOf(cmd, place);
  const p = getopt(cmd.args, SPEC);
  const tryHelp = () => cmd.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
  if (p.error) {
    const opt = p.error.opt.split('=')[0];
    cmd.err(p.error.kind === 'missing' || p.error.kind === 'missing-long' ? `curl: option ${p.error.kind === 'missing' ? `-${opt}` : opt}: requires parameter\n` : `curl: option ${p.error.kind === 'invalid' ? `-${opt}` : opt}: is unknown\n`);
    tryHelp();
    return 2;
  }
  if (has(p, 'V')) {
    cmd.out(`curl ${v.number} (x86_64-pc-linux-gnu) libcurl/${v.number}\nRelease-Date: [unreleased]\nProtocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp\nFeatures: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n`);
    return 0;
  }
  if (has(p, 'h')) {
    cmd.out('Usage: curl [options...] <url>\n -d, --data <data>          HTTP POST data\n -f, --fail                 Fail fast with no output on HTTP errors\n -h, --help <category>      Get help for commands\n -i, --include              Include protocol response headers in the output\n -o, --output <file>        Write to file instead of stdout\n -O, --remote-name          Write output to a file named as the remote file\n -s, --silent               Silent mode\n -T, --upload-file <file>   Transfer local FILE to destination\n -u, --user <user:password> Server user and password\n -A, --user-agent <name>    Send User-Agent <name> to server\n -v, --verbose              Make the operation more talkative\n -V, --version              Show version number and quit\n\nThis is not the full help, this menu is stripped into categories.\nUse "--help category" to get an overview of all categories.\nFor all options use the manual or "--help all".\n');
    return 0;
  }
  if (!p.operands.length) {
    cmd.err('curl: no URL specified!\n');
    tryHelp();
    return 2;
  }
  const silent = has(p, 's');
  const showError = !silent || has(p, 'S');
  const verbose = has(p, 'v');
  const headOnly = has(p, 'I');
  const include = has(p, 'i');
  const fail = has(p, 'f');
  const follow = has(p, 'L');
  const data = last(p, 'd');
  const method = last(p, 'X') ?? (headOnly ? 'HEAD' : data !== undefined ? 'POST' : 'GET');
  const outFile = last(p, 'o');
  const remoteName = has(p, 'O');
  const secs = (key: string) => {
    const s = last(p, key);
    return s !== undefined && /^\d+(\.\d+)?$/.test(s) ? Math.round(Number(s) * 1000) : undefined;
  };
  const maxTime = secs('m');
  const connectTimeout = [secs('connect-timeout'), maxTime].filter((x): x is number => x !== undefined).reduce<number | undefined>((a, b) => (a === undefined ? b : Math.min(a, b)), undefined);
  const agent = last(p, 'A') ?? `curl/${v.number}`;
  const extraHeaders = all(p, 'H');
  const showMeter = !silent && (!cmd.ctx.isTTY || outFile !== undefined || remoteName);
  let status = 0;

  for (const text of p.operands) {
    let url = parseUrl(text);
    let redirects = 0;
    let received = 0;
    let total = 0;
    let lastResponse: HttpResponse | undefined;
    let remoteIp = '';
    const finish = (o: Outcome): number => {
      // the meter starts at zero and is redrawn (after a \r) when the transfer ends
      if (showMeter) cmd.err(`${METER_HEAD}${meterLine(0, 0, 0)}${total || received ? meterLine(total, received, received * 1000) : ''}\n`);
      if (o.message && showError) cmd.err(`curl: (${o.code}) ${o.message}\n`);
      return o.code;
    };
    if ('error' in url) {
      status = finish(url.error === 'scheme' ? { code: 1, message: v.modern ? `Protocol "${url.scheme}" not supported` : `Protocol "${url.scheme}" not supported or disabled in libcurl` } : { code: 3, message: v.modern ? 'URL rejected: Malformed input to a URL function' : 'URL using bad/illegal format or missing URL' });
      continue;
    }
    let outcome: Outcome | undefined;
    let body = '';
    for (;;) {
      const ips = addressesFor(place, url.host, 'curl').filter((ip) => (has(p, '4') ? !ip.includes(':') : has(p, '6') ? ip.includes(':') : true));
      if (!ips.length) {
        outcome = { code: 6, message: `Could not resolve host: ${url.host}` };
        break;
      }
      if (verbose && v.modern && !/^[\d.]+$/.test(url.host) && !url.host.includes(':')) {
        const six = ips.filter((x) => x.includes(':'));
        const four = ips.filter((x) => !x.includes(':'));
        cmd.err(`* Host ${url.host}:${url.port} was resolved.\n* IPv6: ${six.join(', ') || '(none)'}\n* IPv4: ${four.join(', ') || '(none)'}\n`);
      }
      const c = connectAny(place, ips, url.port, connectTimeout);
      const bracket = (ip: string) => (ip.includes(':') ? `[${ip}]` : ip);
      if (verbose) for (const t of c.ok ? [{ ip: c.ip }] : c.tried) cmd.err(`*   Trying ${bracket(t.ip)}:${url.port}...\n`);
      if (!c.ok) {
        await cmd.wait(c.elapsedMs);
        const ms = c.elapsedMs + (c.error === 'timeout' ? hash32(text) % 900 : 0);
        if (c.error === 'reset') {
          if (verbose) cmd.err(`* Connected to ${url.host} (${c.ip}) port ${url.port}\n`);
          outcome = { code: 56, message: 'Recv failure: Connection reset by peer' };
        } else if (c.error === 'timeout' && connectTimeout !== undefined) {
          outcome = { code: 28, message: v.modern ? `Failed to connect to ${url.host} port ${url.port} after ${c.elapsedMs} ms: Timeout was reached` : `Connection timed out after ${c.elapsedMs} milliseconds` };
        } else if (v.modern) {
          outcome = { code: c.error === 'timeout' ? 28 : 7, message: `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Couldn't connect to server` };
        } else {
          const why = { refused: 'Connection refused', timeout: 'Connection timed out', 'host-unreachable': 'No route to host', 'network-unreachable': 'Network is unreachable', reset: 'Connection reset by peer' }[c.error];
          outcome = { code: c.error === 'timeout' ? 28 : 7, message: `Failed to connect to ${url.host} port ${url.port}: ${why}` };
        }
        if (verbose && c.error !== 'reset') cmd.err(`* ${outcome.message}\n* Closing connection${v.modern ? '' : ' 0'}\n`);
        break;
      }
      remoteIp = c.ip;
      if (verbose) cmd.err(`* Connected to ${url.host} (${c.ip}) port ${url.port}${v.modern ? '' : ' (#0)'}\n`);
      const reqHeaders = [`Host: ${url.hostHeader}`, `User-Agent: ${agent}`, 'Accept: */*', ...(data !== undefined ? [`Content-Length: ${byteLength(data)}`, 'Content-Type: application/x-www-form-urlencoded'] : []), ...extraHeaders];
      if (verbose) cmd.err(`> ${method} ${url.path} HTTP/1.1\r\n${reqHeaders.map((h) => `> ${h}\r\n`).join('')}> \r\n`);
      const reply = exchange(place, c.listener, { method, path: url.path, host: url.hostHeader });
      if (reply.kind === 'empty') {
        outcome = { code: 52, message: 'Empty reply from server' };
        if (verbose) cmd.err('* Empty reply from server\n* Closing connection\n');
        break;
      }
      if (reply.kind === 'raw') {
        outcome = { code: 1, message: 'Received HTTP/0.9 when not allowed' };
        if (verbose) cmd.err('* Received HTTP/0.9 when not allowed\n* Closing connection\n');
        break;
      }
      const r = reply.response;
      lastResponse = r;
      total = Number(header(r, 'Content-Length') ?? 0) || 0;
      if (verbose) cmd.err(headerBlock(r).split('\r\n').slice(0, -1).map((l) => `< ${l}\r\n`).join(''));
      const location = header(r, 'Location');
      if (follow && location && r.status >= 300 && r.status < 400) {
        const next = resolveLocation(url, location);
        if (include) cmd.out(headerBlock(r));
        if (verbose) cmd.err(`* Connection #0 to host ${url.host} left intact\n* Issue another request to this URL: '${next}'\n`);
        const parsed = parseUrl(next);
        if ('error' in parsed) {
          outcome = { code: 1, message: `Protocol "${parsed.error === 'scheme' ? parsed.scheme : ''}" not supported` };
          break;
        }
        if (++redirects > 50) {
          outcome = { code: 47, message: 'Maximum (50) redirects followed' };
          break;
        }
        url = parsed;
        continue;
      }
      if (fail && r.status >= 400) {
        outcome = { code: 22, message: v.modern ? `The requested URL returned error: ${r.status}` : `The requested URL returned error: ${r.status} ${r.reason}` };
        if (verbose) cmd.err(`* ${outcome.message}\n* Closing connection\n`);
        break;
      }
      const showBody = method !== 'HEAD';
      body = (headOnly || include ? headerBlock(r) : '') + (showBody ? r.body : '');
      received = showBody ? byteLength(r.body) : 0;
      if (verbose && showMeter && received) cmd.err(`{ [${received} bytes data]\n`);
      const keepAlive = (header(r, 'Connection') ?? '').toLowerCase() !== 'close';
      if (verbose) cmd.err(keepAlive ? `* Connection #0 to host ${url.host} left intact\n` : `* Closing connection${v.modern ? '' : ' 0'}\n`);
      outcome = { code: 0 };
      break;
    }
    // the body goes where -o/-O says
    if (outcome.code === 0) {
      const target = outFile ?? (remoteName ? url.path.split('?')[0].slice(url.path.split('?')[0].lastIndexOf('/') + 1) : undefined);
      if (remoteName && !target) {
        outcome = { code: 23, message: 'Remote file name has no length' };
      } else if (target !== undefined && target !== '-' && target !== '/dev/null') {
        try {
          cmd.ctx.fs.writeFile(absPath(cmd.ctx.cwd || '/', target), body);
        } catch (e) {
          if (!(e instanceof FsError)) throw e;
          if (showError && !silent) cmd.err(`Warning: Failed to open the file ${target}: ${e.message.slice(e.message.indexOf(': ') + 2)}\n`);
          outcome = { code: 23, message: v.modern ? 'Failure writing output to destination' : 'Failed writing body' };
        }
      } else if (target !== '/dev/null') cmd.out(body);
    }
    const code = finish(outcome);
    const fmt = last(p, 'w');
    if (fmt !== undefined) {
      const r = lastResponse;
      cmd.out(
        writeOut(cmd, fmt, {
          http_code: String(r?.status ?? 0).padStart(3, '0'),
          response_code: String(r?.status ?? 0).padStart(3, '0'),
          size_download: String(received),
          size_header: String(r ? byteLength(headerBlock(r)) : 0),
          content_type: (r && header(r, 'Content-Type')) ?? '',
          remote_ip: remoteIp,
          remote_port: remoteIp ? String((url as Url).port) : '0',
          url_effective: `${(url as Url).scheme}://${(url as Url).hostHeader}${(url as Url).path}`,
          redirect_url: r && !follow && header(r, 'Location') ? resolveLocation(url as Url, header(r, 'Location')!) : '',
          num_redirects: String(redirects),
          method,
          exitcode: String(code),
          errormsg: outcome.message ?? '',
          http_version: r ? '1.1' : '0',
          time_total: `0.00${(hash32(text) % 9000 + 1000).toString()}`,
          time_connect: '0.000321',
          time_namelookup: '0.000123',
        }),
      );
    }
    if (code) status = code;
  }
  return status;
}

export const curlProgram = (flavour: Flavour): Program => netProgram('curl', flavour, (cmd, place) => curl(cmd, place));
