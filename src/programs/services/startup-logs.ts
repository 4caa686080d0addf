/**
 * What the official images' servers print when they start, as `docker logs`
 * shows it: nginx's entrypoint scripts and notices, Apache's AH00558, Redis's
 * banner, MySQL's and PostgreSQL's readiness lines. Times come from the lab clock.
 */
import type { ContainerRecord, LogLine } from '../../engine/state.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function envOf(c: ContainerRecord, key: string, fallback: string): string {
  return c.Config.Env.find((e) => e.startsWith(key + '='))?.slice(key.length + 1) ?? fallback;
}

function nginx(c: ContainerRecord, t: Date): LogLine[] {
  const stamp = `${t.getUTCFullYear()}/${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  const out = [
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
    '/docker-entrypoint.sh: Configuration complete; ready for start up',
  ];
  const err = [
    'using the "epoll" event method',
    `nginx/${envOf(c, 'NGINX_VERSION', '1.31.3')}`,
    'built by gcc 14.2.0 (Debian 14.2.0-19)',
    'OS: Linux 6.1.0-28-amd64',
    'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
    'start worker processes',
    'start worker process 29',
    'start worker process 30',
  ].map((m) => `${stamp} [notice] 1#1: ${m}`);
  return [...lines('stdout', out, t), ...lines('stderr', err, t)];
}

/**
 * Apache's start: the ServerName warning (twice: config check, then start) and
 * the MPM's "resuming normal operations". `binary` is the name Apache logs
 * under and was started as; `ready` the rest of the MPM's notice.
 */
function apache(c: ContainerRecord, t: Date, binary: string, ready: string): LogLine[] {
  const ip = Object.values(c.Networks).find((n) => n.IPAddress)?.IPAddress ?? '127.0.0.1';
  const when = `${DAYS[t.getUTCDay()]} ${MONTHS[t.getUTCMonth()]} ${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}.${pad(t.getUTCMilliseconds(), 3)}123 ${t.getUTCFullYear()}`;
  const fqdn = `AH00558: ${binary}: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
  return lines('stderr', [fqdn, fqdn, `[${when}] ${ready}`, `[${when}] [core:notice] [pid 1:tid 1] AH00094: Command line: '${binary} -D FOREGROUND'`], t);
}

/** The httpd image: Apache built from source with the event MPM. */
const httpd = (c: ContainerRecord, t: Date) =>
  apache(c, t, 'httpd', `[mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${envOf(c, 'HTTPD_VERSION', '2.4.68')} (Unix) configured -- resuming normal operations`);

/** The php:apache base (wordpress): Debian's apache2 with the prefork MPM that mod_php needs. */
const apache2 = (c: ContainerRecord, t: Date) =>
  apache(c, t, 'apache2', `[mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.65 (Debian) PHP/${envOf(c, 'PHP_VERSION', '8.3.33')} configured -- resuming normal operations`);

function redis(c: ContainerRecord, t: Date): LogLine[] {
  const when = `${pad(t.getUTCDate())} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}.${pad(t.getUTCMilliseconds(), 3)}`;
  return lines('stdout', [
    `1:C ${when} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
    `1:C ${when} * Redis version=${envOf(c, 'REDIS_VERSION', '7.4.11')}, bits=64, commit=00000000, modified=0, pid=1, just started`,
    `1:C ${when} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
    `1:M ${when} * monotonic clock: POSIX clock_gettime`,
    `1:M ${when} * Running mode=standalone, port=6379.`,
    `1:M ${when} * Server initialized`,
    `1:M ${when} * Ready to accept connections tcp`,
  ], t);
}

function mysql(c: ContainerRecord, t: Date): LogLine[] {
  const iso = t.toISOString().slice(0, 19).replace('T', ' ');
  const version = envOf(c, 'MYSQL_VERSION', '9.5.0');
  return lines('stdout', [
    `${iso}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server ${version} started.`,
    `${iso}+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
    `${iso}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server ${version} started.`,
    `${t.toISOString().replace('Z', '000Z')} 0 [System] [MY-015015] [Server] MySQL Server - start.`,
    `${t.toISOString().replace('Z', '000Z')} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${version.split('-')[0]}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
  ], t);
}

function postgres(c: ContainerRecord, t: Date): LogLine[] {
  const when = `${t.toISOString().slice(0, 23).replace('T', ' ')} UTC`;
  return lines('stderr', [
    `${when} [1] LOG:  starting PostgreSQL ${envOf(c, 'PG_VERSION', '17.11-1.pgdg13+1').split('-')[0]} on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit`,
    `${when} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
    `${when} [1] LOG:  listening on IPv6 address "::", port 5432`,
    `${when} [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`,
    `${when} [1] LOG:  database system is ready to accept connections`,
  ], t);
}

function lines(stream: 'stdout' | 'stderr', texts: string[], t: Date): LogLine[] {
  return texts.map((text) => ({ stream, text: text + '\n', time: t.getTime() }));
}

const BY_PROGRAM: Record<string, (c: ContainerRecord, t: Date) => LogLine[]> = {
  nginx,
  httpd,
  'httpd-foreground': httpd,
  'apache2-foreground': apache2,
  'redis-server': redis,
  mysqld: mysql,
  postgres,
};

/** The lines a service container's main program logs when it starts (none for others). */
export function startupLogs(container: ContainerRecord, startedAt: number, entrypoint: string[] = [], options: { busybox?: boolean } = {}): LogLine[] {
  if (container.process.kind !== 'service') return [];
  // busybox's own httpd applet (`busybox httpd -f`) prints nothing when it starts
  const make = options.busybox && container.process.program === 'httpd' ? undefined : BY_PROGRAM[container.process.program];
  const t = new Date(startedAt);
  return [...lines('stderr', entrypoint, t), ...(make ? make(container, t) : [])];
}
