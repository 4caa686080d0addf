/**
 * The service model: which address:port answers, and with what, as pure
 * functions over the engine state. A running container whose main process
 * is a server listens where that server listens by default (or where its
 * configuration file says): nginx and Apache on 80 serving their document
 * root from the container's own files (so a bind mount or a volume over it
 * shows), busybox httpd on its -p, MySQL on 3306 and 33060, PostgreSQL on
 * 5432, Redis on 6379. Containers sharing a network namespace (container:<x>,
 * --network host) listen in that namespace.
 *
 * A TCP connect follows the reachability rules of engine/network/reach.ts,
 * and on the host the published ports: DNAT for traffic arriving on a host
 * address, docker-proxy for loopback (a published port whose container does
 * not listen on the target port resets through the proxy, refuses otherwise).
 */
import { effectiveCommand, baseName } from '../../engine/containers/process.ts';
import type { Engine } from '../../engine/engine.ts';
import { namespaceOwner } from '../../engine/network/interfaces.ts';
import { findPublished } from '../../engine/network/ports.ts';
import { reachable } from '../../engine/network/reach.ts';
import type { ContainerRecord, EngineState } from '../../engine/state.ts';
import type { FileSystem } from '../../vfs/types.ts';

export type ServiceKind = 'nginx' | 'apache' | 'apache-debian' | 'busybox-httpd' | 'mysql' | 'mysqlx' | 'postgres' | 'redis';

export interface Listener {
  port: number;
  kind: ServiceKind;
  /** the container whose process listens */
  container: ContainerRecord;
  /** HTTP servers: the directory served */
  docroot?: string;
  /** the Server header's version ("1.31.3", "2.4.68") */
  version?: string;
}

export type ConnectError = 'refused' | 'timeout' | 'host-unreachable' | 'network-unreachable' | 'reset';

export type ConnectResult = { ok: true; listener: Listener } | { ok: false; error: ConnectError };

/** Whether a service speaks HTTP. */
export const isHttp = (kind: ServiceKind) => kind === 'nginx' || kind === 'apache' || kind === 'apache-debian' || kind === 'busybox-httpd';

function env(container: ContainerRecord, key: string): string | undefined {
  const e = container.Config.Env.find((x) => x.startsWith(`${key}=`));
  return e?.slice(key.length + 1);
}

function read(fs: FileSystem, path: string): string {
  try {
    return fs.readFile(path);
  } catch {
    return '';
  }
}

/** The value of `--name N`, `--name=N` or `-x N` in argv. */
function argValue(args: string[], ...names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    for (const n of names) {
      if (args[i] === n && i + 1 < args.length) return args[i + 1];
      if (n.startsWith('--') && args[i].startsWith(`${n}=`)) return args[i].slice(n.length + 1);
      if (!n.startsWith('--') && args[i].startsWith(n) && args[i].length > n.length) return args[i].slice(n.length);
    }
  }
  return undefined;
}

const portOf = (s: string | undefined, fallback: number) => {
  const m = /(\d+)$/.exec(s ?? '');
  const n = m ? Number(m[1]) : NaN;
  return n > 0 && n < 65536 ? n : fallback;
};

/** nginx: the first `listen` and the `root` of `location /` in conf.d/default.conf (the image's defaults otherwise). */
function nginxListener(engine: Engine, c: ContainerRecord): Listener[] {
  const conf = read(engine.containerFs(c), '/etc/nginx/conf.d/default.conf').replace(/#.*$/gm, '');
  const listen = /\blisten\s+(?:[\w.[\]:]*:)?(\d+)/.exec(conf);
  const root = /location\s+\/\s*\{[^}]*?\broot\s+([^;\s]+)\s*;/.exec(conf) ?? /\broot\s+([^;\s]+)\s*;/.exec(conf);
  return [
    {
      port: listen ? Number(listen[1]) : 80,
      kind: 'nginx',
      container: c,
      docroot: root ? root[1] : '/usr/share/nginx/html',
      version: env(c, 'NGINX_VERSION') ?? '1.31.3',
    },
  ];
}

/** Apache httpd: Listen and DocumentRoot of conf/httpd.conf. */
function httpdListener(engine: Engine, c: ContainerRecord): Listener[] {
  const conf = read(engine.containerFs(c), '/usr/local/apache2/conf/httpd.conf');
  const listen = /^\s*Listen\s+(?:\S*:)?(\d+)/m.exec(conf);
  const root = /^\s*DocumentRoot\s+"?([^"\s]+)"?/m.exec(conf);
  return [
    {
      port: listen ? Number(listen[1]) : 80,
      kind: 'apache',
      container: c,
      docroot: root ? root[1] : '/usr/local/apache2/htdocs',
      version: env(c, 'HTTPD_VERSION') ?? '2.4.68',
    },
  ];
}

/** What the container's main process listens on, if it is a server. */
export function containerListeners(engine: Engine, c: ContainerRecord): Listener[] {
  if (!c.State.Running) return [];
  const argv = effectiveCommand([c.Path, ...c.Args].filter((a) => a !== ''));
  const program = baseName(argv[0] ?? '');
  const args = argv.slice(1);
  switch (program) {
    case 'nginx':
    case 'nginx-debug':
      return nginxListener(engine, c);
    case 'httpd-foreground':
      return httpdListener(engine, c);
    case 'httpd': {
      const image = engine.imageOf(c);
      if (image.userland === 'busybox') {
        const port = portOf(argValue(args, '-p'), 80);
        return [{ port, kind: 'busybox-httpd', container: c, docroot: argValue(args, '-h') ?? (c.Config.WorkingDir || '/') }];
      }
      return httpdListener(engine, c);
    }
    case 'apache2-foreground':
    case 'apache2':
      return [{ port: 80, kind: 'apache-debian', container: c, docroot: '/var/www/html', version: '2.4.65' }];
    case 'mysqld':
    case 'mariadbd':
      return [
        { port: portOf(argValue(args, '--port', '-P'), 3306), kind: 'mysql', container: c },
        { port: 33060, kind: 'mysqlx', container: c },
      ];
    case 'postgres':
      return [{ port: portOf(argValue(args, '-p', '--port'), 5432), kind: 'postgres', container: c }];
    case 'redis-server':
      return [{ port: portOf(argValue(args, '--port'), 6379), kind: 'redis', container: c }];
    default:
      return [];
  }
}

/** Everything listening in a network namespace: a container's (with the containers sharing it) or the host's. */
export function namespaceListeners(engine: Engine, owner: ContainerRecord | 'host'): Listener[] {
  const state = engine.state;
  const out: Listener[] = [];
  for (const c of Object.values(state.containers)) {
    if (!c.State.Running) continue;
    if (namespaceOwner(state, c) !== owner) continue;
    out.push(...containerListeners(engine, c));
  }
  return out;
}

const isLoopback = (ip: string) => ip === '::1' || ip.startsWith('127.');

/** A published port on the host: the container and port it forwards to. */
export function publishedTarget(state: EngineState, hostIp: string, port: number): { container: ContainerRecord; port: number } | undefined {
  const target = hostIp.startsWith('127.') ? '127.0.0.1' : hostIp;
  return findPublished(state, target, port, 'tcp');
}

/**
 * A TCP connection from a place to ip:port. Paused containers and dropped
 * packets time out; nothing listening refuses.
 */
export function connectTcp(engine: Engine, from: ContainerRecord | 'host', ip: string, port: number): ConnectResult {
  const state = engine.state;
  const r = reachable(state, from, ip);
  if (!r.ok) return { ok: false, error: r.reason === 'filtered' ? 'timeout' : r.reason };
  const t = r.target;
  if (t.kind === 'container') {
    if (t.container.State.Paused) return { ok: false, error: 'timeout' };
    const l = namespaceListeners(engine, t.container).find((x) => x.port === port);
    return l ? (l.container.State.Paused ? { ok: false, error: 'timeout' } : { ok: true, listener: l }) : { ok: false, error: 'refused' };
  }
  if (t.kind === 'host') {
    const own = namespaceListeners(engine, 'host').find((x) => x.port === port);
    if (own) return { ok: true, listener: own };
    const pub = publishedTarget(state, ip, port);
    if (pub) {
      if (pub.container.State.Paused) return { ok: false, error: 'timeout' };
      const l = namespaceListeners(engine, pub.container).find((x) => x.port === pub.port);
      if (l) return { ok: true, listener: l };
      // docker-proxy accepts on loopback, then its own connect is refused: the client sees a reset
      return { ok: false, error: isLoopback(ip) && from === 'host' ? 'reset' : 'refused' };
    }
    return { ok: false, error: 'refused' };
  }
  if (t.kind === 'router') return { ok: false, error: 'refused' };
  return { ok: false, error: 'timeout' };
}

/** How long a failed connect takes on the clock (ms): the kernel's SYN retries, the ARP timeout. */
export function connectDelay(error: ConnectError): number {
  switch (error) {
    case 'timeout':
      return 127_000;
    case 'host-unreachable':
      return 3_060;
    default:
      return 0;
  }
}

/** The readable file system of the container a listener runs in. */
export function listenerFs(engine: Engine, l: Listener): FileSystem {
  return engine.containerFs(l.container);
}
