/**
 * nc: busybox's netcat 1.10 clone (busybox networking/nc_bloaty.c, the one
 * with -z, as Alpine builds it) and OpenBSD netcat (netcat-openbsd in
 * Debian/Ubuntu). `nc -z HOST PORT` checks a port; `nc HOST PORT` sends its
 * standard input and prints what the server answers (an HTTP request piped
 * in gets the page); `nc -l` waits for a connection until Ctrl+C.
 */
import type { Program } from '../../shell/types.ts';
import { type NetPlace, isIPv4, isIPv6, lookupHost } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';
import { exchange } from './client.ts';
import { headerBlock } from './http.ts';
import { type ConnectError, connectDelay, connectTcp, isHttp } from './services.ts';
import { getopt, has, last } from '../util/getopt.ts';

const ERRNO: Record<ConnectError, string> = {
  refused: 'Connection refused',
  reset: 'Connection reset by peer',
  timeout: 'Connection timed out',
  'host-unreachable': 'No route to host',
  'network-unreachable': 'Network is unreachable',
};

const SERVICES: Record<number, string> = { 21: 'ftp', 22: 'ssh', 25: 'smtp', 53: 'domain', 80: 'http', 443: 'https', 3306: 'mysql', 5432: 'postgresql', 8080: 'http-alt' };

/** What the server sends back to the bytes nc writes, and whether it then closes. */
function conversation(place: NetPlace, listener: Parameters<typeof exchange>[1], input: string): string {
  if (isHttp(listener.kind)) {
    const m = /^([A-Z]+) (\S+) HTTP\/1\.[01]\r?\n([\s\S]*)$/.exec(input);
    if (!m) return '';
    const host = /^host:\s*(\S+)/im.exec(m[3])?.[1] ?? '';
    const reply = exchange(place, listener, { method: m[1], path: m[2], host });
    return reply.kind === 'http' ? headerBlock(reply.response) + reply.response.body : '';
  }
  const reply = exchange(place, listener, { method: 'GET', path: '/', host: '' });
  if (listener.kind === 'redis' && input === '') return '';
  return reply.kind === 'raw' ? reply.data : '';
}

async function nc(cmd: NetCmd, place: NetPlace, openbsd: boolean): Promise<number> {
  if (!openbsd && cmd.args.length === 1 && cmd.args[0] === '--help') {
    cmd.usage();
    return 0;
  }
  const p = getopt(cmd.args, { short: openbsd ? '46bCDdFhI:i:klM:m:NnO:o:P:p:q:rSs:T:tUuV:vW:w:X:x:Zz' : 'np:s:uvw:lki:o:ze:' });
  if (p.error) {
    if (openbsd) {
      cmd.warn(cmd.optErrorLine(p.error));
      cmd.err('usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n\t  [destination] [port]\n');
      return 1;
    }
    cmd.optError(p.error);
    return 1;
  }
  const verbose = p.opts.filter((o) => o.key === 'v').length;
  const zero = has(p, 'z');
  const w = last(p, 'w');
  const waitMs = w !== undefined && /^\d+$/.test(w) ? Number(w) * 1000 : undefined;
  if (has(p, 'l')) {
    const port = last(p, 'p') ?? p.operands[openbsd ? 0 : 1];
    if (verbose) cmd.err(openbsd ? `Listening on 0.0.0.0 ${port ?? ''}\n` : `listening on [::]:${port ?? ''} ...\n`);
    // nobody connects in the lab: wait until Ctrl+C
    while (await cmd.wait(60_000));
    return openbsd ? 130 : 1;
  }
  const [host, portText] = p.operands;
  if (host === undefined || portText === undefined || p.operands.length > 2) {
    if (openbsd) {
      cmd.err('usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n\t  [destination] [port]\n');
      return 1;
    }
    cmd.usage();
    return 1;
  }
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    cmd.warn(openbsd ? `port number invalid: ${portText}` : `bad port '${portText}'`);
    return 1;
  }
  let ip = host;
  if (!isIPv4(host) && !isIPv6(host)) {
    const r = lookupHost(place, host);
    if (!r.found || !r.addresses.length) {
      cmd.warn(openbsd ? `getaddrinfo for host "${host}" port ${port}: Name or service not known` : `bad address '${host}'`);
      return 1;
    }
    ip = r.addresses[0];
  }
  const c = connectTcp(place.engine, place.from, ip, port);
  if (!c.ok) {
    let delay = connectDelay(c.error);
    let error = c.error;
    if (waitMs !== undefined && delay > waitMs) {
      delay = waitMs;
      error = 'timeout';
    }
    await cmd.wait(delay);
    if (openbsd) {
      if (verbose) cmd.warn(`connect to ${host} (${ip}) port ${port} (tcp) ${error === 'timeout' ? 'timed out: Operation now in progress' : `failed: ${ERRNO[error]}`}`);
    } else if (verbose > 1 || (verbose && error !== 'refused')) cmd.warn(`${host} (${ip}:${port}): ${ERRNO[error]}`);
    return 1;
  }
  if (verbose) {
    if (openbsd) cmd.err(`Connection to ${host} (${ip}) ${port} port [tcp/${SERVICES[port] ?? '*'}] succeeded!\n`);
    else cmd.err(`${host} (${ip}:${port}) open\n`);
  }
  if (zero) return 0;
  const answer = conversation(place, c.listener, cmd.ctx.stdin);
  if (answer) cmd.out(answer);
  else if (isHttp(c.listener.kind) && !cmd.ctx.stdin) {
    // an HTTP server waits for a request line, then gives up (nginx's client_header_timeout)
    await cmd.wait(60_000);
  }
  return 0;
}

export const ncProgram = (flavour: Flavour): Program => netProgram('nc', flavour, (cmd, place) => nc(cmd, place, flavour === 'gnu'));
