/**
 * What the simulated servers answer. HTTP servers serve files from their
 * document root in their own container's file system, with the headers and
 * error pages of the real servers (nginx, Apache httpd, Debian's apache2 under
 * WordPress, busybox httpd); the databases speak their own protocols, which
 * an HTTP client sees as a binary greeting or an empty reply.
 */
import type { Engine } from '../../engine/engine.ts';
import type { FileStat, FileSystem } from '../../vfs/types.ts';
import { httpDate, lookupHost } from './common.ts';
import { type Listener, connectTcp, listenerFs } from './services.ts';

export interface HttpRequest {
  method: string;
  /** the request target as sent: "/", "/a/b.html?x=1" */
  path: string;
  /** the Host header: "web", "localhost:8080" */
  host: string;
}

export interface HttpResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  /** absent for HEAD */
  body: string;
}

/** A server's answer: an HTTP response, bytes that are not HTTP, or the connection closed without a word. */
export type Reply = { kind: 'http'; response: HttpResponse } | { kind: 'raw'; data: string } | { kind: 'empty' };

const REASONS: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

const MIME: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  shtml: 'text/html',
  css: 'text/css',
  xml: 'text/xml',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  js: 'application/javascript',
  txt: 'text/plain',
  png: 'image/png',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  json: 'application/json',
  pdf: 'application/pdf',
  zip: 'application/zip',
  mp4: 'video/mp4',
  php: 'application/x-httpd-php',
};

function mimeOf(path: string, fallback: string): string {
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  return MIME[ext] ?? fallback;
}

/** The path part of a request target, percent-decoded, with . and .. resolved (never above /). */
export function cleanPath(target: string): { path: string; slash: boolean } {
  let p = target.split('?')[0].split('#')[0];
  try {
    p = decodeURIComponent(p);
  } catch {
    // keep it as sent
  }
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return { path: '/' + parts.join('/'), slash: p.endsWith('/') };
}

function statOf(fs: FileSystem, path: string): FileStat | null {
  try {
    return fs.stat(path);
  } catch {
    return null;
  }
}

function readOf(fs: FileSystem, path: string): string | null {
  try {
    return fs.readFile(path);
  } catch {
    return null;
  }
}

function listOf(fs: FileSystem, path: string): string[] {
  try {
    return fs.readdir(path).sort();
  } catch {
    return [];
  }
}

const join = (dir: string, name: string) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);
const byteLength = (s: string) => new TextEncoder().encode(s).length;
const hex = (n: number) => Math.max(0, Math.floor(n)).toString(16);
const hostOnly = (host: string) => (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]);
const portOfHost = (host: string, fallback: number) => {
  const m = /:(\d+)$/.exec(host);
  return m ? Number(m[1]) : fallback;
};

function response(status: number, headers: [string, string][], body: string, method: string, reason = REASONS[status] ?? ''): Reply {
  return { kind: 'http', response: { status, reason, headers, body: method === 'HEAD' ? '' : body } };
}

/** The file a request maps to under a document root: a file, a directory's index, or what went wrong. */
type Found =
  | { kind: 'file'; path: string; stat: FileStat }
  | { kind: 'redirect' }
  | { kind: 'dir'; path: string }
  | { kind: 'missing' };

function locate(fs: FileSystem, root: string, urlPath: string, slash: boolean, indexes: string[]): Found {
  const full = urlPath === '/' ? root : join(root, urlPath.slice(1));
  const st = statOf(fs, full);
  if (!st) return { kind: 'missing' };
  if (st.type !== 'dir') return slash ? { kind: 'missing' } : { kind: 'file', path: full, stat: st };
  if (!slash && urlPath !== '/') return { kind: 'redirect' };
  for (const name of indexes) {
    const p = join(full, name);
    const s = statOf(fs, p);
    if (s && s.type !== 'dir') return { kind: 'file', path: p, stat: s };
  }
  return { kind: 'dir', path: full };
}

// ---- nginx ------------------------------------------------------------------

function nginxPage(status: number, version: string): string {
  const title = `${status} ${REASONS[status]}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

function nginx(fs: FileSystem, l: Listener, req: HttpRequest, now: number): Reply {
  const version = l.version ?? '1.31.3';
  const base: [string, string][] = [
    ['Server', `nginx/${version}`],
    ['Date', httpDate(now)],
  ];
  const error = (status: number, extra: [string, string][] = []): Reply => {
    const body = nginxPage(status, version);
    return response(status, [...base, ['Content-Type', 'text/html'], ['Content-Length', String(byteLength(body))], ...extra, ['Connection', 'keep-alive']], body, req.method);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return error(405);
  const { path, slash } = cleanPath(req.path);
  const found = locate(fs, l.docroot ?? '/usr/share/nginx/html', path, slash, ['index.html', 'index.htm']);
  if (found.kind === 'missing') return error(404);
  if (found.kind === 'dir') return error(403);
  if (found.kind === 'redirect') {
    // absolute_redirect: the Host header's name and the port nginx listens on
    const port = l.port === 80 ? '' : `:${l.port}`;
    const location = `http://${hostOnly(req.host)}${port}${path}/`;
    const body = nginxPage(301, version);
    return response(301, [...base, ['Content-Type', 'text/html'], ['Content-Length', String(byteLength(body))], ['Location', location], ['Connection', 'keep-alive']], body, req.method);
  }
  const body = readOf(fs, found.path);
  if (body === null) return error(403);
  const size = byteLength(body);
  return response(
    200,
    [
      ...base,
      ['Content-Type', mimeOf(found.path, 'application/octet-stream')],
      ['Content-Length', String(size)],
      ['Last-Modified', httpDate(found.stat.mtime)],
      ['Connection', 'keep-alive'],
      ['ETag', `"${hex(found.stat.mtime / 1000)}-${hex(size)}"`],
      ['Accept-Ranges', 'bytes'],
    ],
    body,
    req.method,
  );
}

// ---- Apache -----------------------------------------------------------------

const APACHE_TEXT: Record<number, [string, string]> = {
  403: ['Forbidden', "<p>You don't have permission to access this resource.</p>"],
  404: ['Not Found', '<p>The requested URL was not found on this server.</p>'],
  405: ['Method Not Allowed', '<p>The requested method is not allowed for this URL.</p>'],
};

function apachePage(status: number, signature: string, extra?: string): string {
  const [title, text] = APACHE_TEXT[status] ?? [REASONS[status], extra ?? ''];
  return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${status} ${title}</title>\n</head><body>\n<h1>${title}</h1>\n${extra ?? text}\n${signature}</body></html>\n`;
}

function apacheIndex(fs: FileSystem, dir: string, urlPath: string): string {
  const shown = urlPath === '/' ? '/' : urlPath.replace(/\/?$/, '');
  let items = urlPath === '/' ? '' : '<li><a href="/"> Parent Directory</a></li>\n';
  for (const name of listOf(fs, dir)) {
    if (name.startsWith('.')) continue;
    const isDir = statOf(fs, join(dir, name))?.type === 'dir';
    const n = isDir ? `${name}/` : name;
    items += `<li><a href="${n}"> ${n}</a></li>\n`;
  }
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html>\n <head>\n  <title>Index of ${shown}</title>\n </head>\n <body>\n<h1>Index of ${shown}</h1>\n<ul>${items}</ul>\n</body></html>\n`;
}

function apache(engine: Engine, fs: FileSystem, l: Listener, req: HttpRequest, now: number): Reply {
  const debian = l.kind === 'apache-debian';
  const server = debian ? `Apache/${l.version ?? '2.4.65'} (Debian)` : `Apache/${l.version ?? '2.4.68'} (Unix)`;
  const signature = debian ? `<hr>\n<address>${server} Server at ${hostOnly(req.host)} Port ${portOfHost(req.host, 80)}</address>\n` : '';
  const base: [string, string][] = [
    ['Date', httpDate(now)],
    ['Server', server],
  ];
  const page = (status: number, extraHeaders: [string, string][] = [], extra?: string): Reply => {
    const body = apachePage(status, signature, extra);
    return response(status, [...base, ...extraHeaders, ['Content-Length', String(byteLength(body))], ['Content-Type', 'text/html; charset=iso-8859-1']], body, req.method);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') return page(405, [['Allow', 'GET,POST,OPTIONS,HEAD']]);
  const { path, slash } = cleanPath(req.path);
  const root = l.docroot ?? '/usr/local/apache2/htdocs';
  if (debian && wordpressInstalled(fs, root) && (path === '/' || path === '/index.php' || path.startsWith('/wp-admin/'))) {
    return wordpress(engine, l, req, now, server, path);
  }
  const found = locate(fs, root, path, slash, debian ? ['index.php', 'index.html'] : ['index.html']);
  if (found.kind === 'missing') return page(404);
  if (found.kind === 'redirect') {
    const location = `http://${req.host}${path}/`;
    return page(301, [['Location', location]], `<p>The document has moved <a href="${location}">here</a>.</p>`);
  }
  if (found.kind === 'dir') {
    if (debian) return page(403);
    const body = apacheIndex(fs, found.path, slash ? path + (path === '/' ? '' : '/') : path);
    return response(200, [...base, ['Content-Length', String(byteLength(body))], ['Content-Type', 'text/html;charset=ISO-8859-1']], body, req.method);
  }
  const body = readOf(fs, found.path);
  if (body === null) return page(403);
  const size = byteLength(body);
  return response(
    200,
    [
      ...base,
      ['Last-Modified', httpDate(found.stat.mtime)],
      ['ETag', `"${hex(size)}-${hex(found.stat.mtime * 1000)}"`],
      ['Accept-Ranges', 'bytes'],
      ['Content-Length', String(size)],
      ['Content-Type', mimeOf(found.path, 'text/plain')],
    ],
    body,
    req.method,
  );
}

// ---- WordPress (php:apache) ---------------------------------------------------

/**
 * The wordpress image's entrypoint copies WordPress into an empty
 * /var/www/html at first start; a running container therefore serves it
 * (from /usr/src/wordpress when the copy is not in the docroot).
 */
function wordpressInstalled(fs: FileSystem, root: string): boolean {
  return !!statOf(fs, join(root, 'index.php')) || !!statOf(fs, '/usr/src/wordpress/index.php');
}

const WP_DB_ERROR = `<!DOCTYPE html>
<html dir='ltr'>
<head>
\t<meta name="viewport" content="width=device-width, initial-scale=1.0">
\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
\t<meta name="viewport" content="width=device-width">
\t\t<meta name='robots' content='max-image-preview:large, noindex, follow' />
\t<title>Database Error</title>
</head>
<body id="error-page">
\t<div class="wp-die-message"><h1>Error establishing a database connection</h1></div></body>
</html>
`;

const WP_INSTALL = `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta name="viewport" content="width=device-width" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="robots" content="noindex,nofollow" />
	<title>WordPress &rsaquo; Installation</title>
</head>
<body class="wp-core-ui language-chooser">
<p id="logo">WordPress</p>
<h1 class="screen-reader-text">Select a default language</h1>
</body>
</html>
`;

function wordpress(engine: Engine, l: Listener, req: HttpRequest, now: number, server: string, path: string): Reply {
  const c = l.container;
  const envOf = (k: string) => c.Config.Env.find((e) => e.startsWith(`${k}=`))?.slice(k.length + 1);
  const php = envOf('PHP_VERSION') ?? '8.3.33';
  const dbHost = envOf('WORDPRESS_DB_HOST') || 'mysql';
  const [name, portText] = dbHost.split(':');
  const port = Number(portText) || 3306;
  const ip = lookupHost({ engine, state: engine.state, from: c, now: () => now }, name).addresses[0];
  const db = ip ? connectTcp(engine, c, ip, port) : undefined;
  const base: [string, string][] = [
    ['Date', httpDate(now)],
    ['Server', server],
    ['X-Powered-By', `PHP/${php}`],
  ];
  if (db?.ok && db.listener.kind === 'mysql' && path.startsWith('/wp-admin/')) {
    if (path !== '/wp-admin/install.php') {
      const location = `http://${req.host}/wp-admin/install.php`;
      return response(302, [...base, ['X-Redirect-By', 'WordPress'], ['Location', location], ['Content-Length', '0'], ['Content-Type', 'text/html; charset=UTF-8']], '', req.method);
    }
    return response(200, [...base, ['Vary', 'Accept-Encoding'], ['Content-Length', String(byteLength(WP_INSTALL))], ['Content-Type', 'text/html; charset=utf-8']], WP_INSTALL, req.method);
  }
  if (db?.ok && db.listener.kind === 'mysql') {
    const location = `http://${req.host}/wp-admin/install.php`;
    return response(302, [...base, ['Expires', 'Wed, 11 Jan 1984 05:00:00 GMT'], ['Cache-Control', 'no-cache, must-revalidate, max-age=0, no-store, private'], ['X-Redirect-By', 'WordPress'], ['Location', location], ['Content-Length', '0'], ['Content-Type', 'text/html; charset=UTF-8']], '', req.method);
  }
  return response(500, [...base, ['Content-Length', String(byteLength(WP_DB_ERROR))], ['Content-Type', 'text/html; charset=utf-8']], WP_DB_ERROR, req.method);
}

// ---- busybox httpd --------------------------------------------------------------

function busyboxPage(status: number, text: string): string {
  const title = `${status} ${REASONS[status]}`;
  return `<HTML><HEAD><TITLE>${title}</TITLE></HEAD>\n<BODY><H1>${title}</H1>\n${text}\n</BODY></HTML>\n`;
}

function busyboxHttpd(fs: FileSystem, l: Listener, req: HttpRequest, now: number): Reply {
  const base: [string, string][] = [
    ['Date', httpDate(now)],
    ['Connection', 'close'],
  ];
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
    return response(501, [...base, ['Content-type', 'text/html']], busyboxPage(501, 'The requested method is not recognized'), req.method);
  }
  const { path, slash } = cleanPath(req.path);
  const found = locate(fs, l.docroot ?? '/', path, slash, ['index.html']);
  if (found.kind === 'redirect') return response(302, [...base, ['Content-type', 'text/html'], ['Location', `${path}/`]], '', req.method);
  if (found.kind !== 'file') {
    return response(404, [...base, ['Content-type', 'text/html']], req.method === 'HEAD' ? '' : busyboxPage(404, 'The requested URL was not found'), req.method);
  }
  const body = readOf(fs, found.path) ?? '';
  const size = byteLength(body);
  return response(
    200,
    [
      ...base,
      ['Content-type', mimeOf(found.path, 'application/octet-stream')],
      ['Accept-Ranges', 'bytes'],
      ['Last-Modified', httpDate(found.stat.mtime)],
      ['ETag', `"${hex(found.stat.mtime / 1000)}-${hex(size)}"`],
      ['Content-Length', String(size)],
    ],
    body,
    req.method,
  );
}

// ---- the rest -------------------------------------------------------------------

/** The MySQL server greeting (protocol 10) as a client's terminal shows it. */
function mysqlGreeting(l: Listener): string {
  const v = (l.container.Config.Env.find((e) => e.startsWith('MYSQL_VERSION='))?.slice(14) ?? '8.4.0').split('-')[0];
  return `J\u0000\u0000\u0000\n${v}\u0000\u000b\u0000\u0000\u0000`;
}

/** What a server sends back to an HTTP request. */
export function serve(engine: Engine, l: Listener, req: HttpRequest, now: number): Reply {
  switch (l.kind) {
    case 'nginx':
      return nginx(listenerFs(engine, l), l, req, now);
    case 'apache':
    case 'apache-debian':
      return apache(engine, listenerFs(engine, l), l, req, now);
    case 'busybox-httpd':
      return busyboxHttpd(listenerFs(engine, l), l, req, now);
    case 'mysql':
      return { kind: 'raw', data: mysqlGreeting(l) };
    case 'redis':
      return { kind: 'raw', data: "-ERR wrong number of arguments for 'get' command\r\n" };
    default:
      // postgres reads a bogus startup packet length and hangs up; mysqlx drops the bad frame
      return { kind: 'empty' };
  }
}

/** A response's status line and headers as sent: "HTTP/1.1 200 OK\r\n...\r\n\r\n". */
export function headerBlock(r: HttpResponse): string {
  return `HTTP/1.1 ${r.status} ${r.reason}\r\n${r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

export function header(r: HttpResponse, name: string): string | undefined {
  const lower = name.toLowerCase();
  return r.headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}
