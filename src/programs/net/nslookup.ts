/**
 * nslookup: busybox's (the LEDE/OpenWrt implementation: A and AAAA queries
 * sent together, each reply printed as it comes, "Address: x:53") and
 * BIND 9's from dnsutils/bind-tools ("Address: x#53"). Both ask the first
 * nameserver of /etc/resolv.conf (or the one given) and never read
 * /etc/hosts. Replies are printed A first, then AAAA.
 */
import { INTERNAL_NAMESERVER, usesInternalResolver } from '../../engine/network/etc-files.ts';
import { namespaceOwner } from '../../engine/network/interfaces.ts';
import type { Program } from '../../shell/types.ts';
import { type NetPlace, isIPv4, isIPv6, lookupHost } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';
import { type RType, ask, nameservers, ptrName, serverReachable } from './dnsquery.ts';

const TYPES: RType[] = ['SOA', 'NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'PTR', 'SRV', 'ANY'];

/** Whether a DNS server answers on that address from here. */
function serverAnswers(place: NetPlace, server: string): boolean {
  if (server === INTERNAL_NAMESERVER) {
    if (place.from === 'host') return false;
    const owner = namespaceOwner(place.state, place.from);
    return owner !== 'host' && usesInternalResolver(place.state, owner);
  }
  if (server.startsWith('127.')) return false;
  return serverReachable(place, server);
}

interface Parsed {
  host: string;
  server?: string;
  types: RType[];
}

function parseArgs(cmd: NetCmd, bind: boolean): Parsed | number {
  const args = cmd.args;
  const types: RType[] = [];
  let i = 0;
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    const [key, val = ''] = args[i].slice(1).split(/=(.*)/s);
    const k = key.toLowerCase();
    if (['type', 'querytype', 'ty', 'q', 'qu', 'query'].includes(k) && (bind || k === 'type' || k === 'querytype')) {
      const t = TYPES.find((x) => x === val.toUpperCase());
      if (!t) {
        if (bind) {
          cmd.err(`unknown query type: ${val}\n`);
          return 1;
        }
        cmd.warn(`invalid query type "${val}"`);
        return 1;
      }
      types.push(t);
      continue;
    }
    if (['port', 'retry', 'debug', 't', 'timeout'].includes(k) || (bind && /^(no)?(debug|recurse|search|vc|d2|fail)$|^(class|cl|domain|do|po|ret|ndots|sil)$/.test(k))) continue;
    if (bind) {
      cmd.err(`*** Invalid option: ${args[i].slice(1)}\n`);
      continue;
    }
    cmd.usage();
    return 1;
  }
  const rest = args.slice(i);
  if (!rest.length || (!bind && rest.length > 2)) {
    if (bind) {
      // interactive mode: the prompt, then end of input
      cmd.out('> ');
      return 0;
    }
    cmd.usage();
    return 1;
  }
  return { host: rest[0], server: rest[1], types };
}

async function nslookup(cmd: NetCmd, place: NetPlace, bind: boolean): Promise<number> {
  if (!bind && cmd.args.length === 1 && cmd.args[0] === '--help') {
    cmd.usage();
    return 0;
  }
  const p = parseArgs(cmd, bind);
  if (typeof p === 'number') return p;
  let server = p.server;
  if (server !== undefined && !isIPv4(server) && !isIPv6(server)) {
    const r = lookupHost(place, server);
    if (!r.found || !r.addresses.length) {
      if (bind) cmd.err(`;; couldn't get address for '${server}': not found\n`);
      else cmd.warn(`bad address '${server}'`);
      return 1;
    }
    server = r.addresses[0];
  }
  const serverName = p.server ?? nameservers(place.from === 'host' ? place.engine.hostFs : cmd.ctx.fs)[0] ?? '127.0.0.1';
  const serverIp = server ?? serverName;
  const ptr = ptrName(p.host);
  const queries: { name: string; type: RType }[] = p.types.length
    ? p.types.map((type) => ({ name: p.host, type }))
    : ptr
      ? [{ name: ptr, type: 'PTR' }]
      : [{ name: p.host, type: 'A' }, { name: p.host, type: 'AAAA' }];

  if (!serverAnswers(place, serverIp)) {
    // busybox: two tries 2.5 s apart per server; BIND: three tries of 5 s
    await cmd.wait(bind ? 15_000 : 5_000);
    cmd.out(';; connection timed out; no servers could be reached\n\n');
    return 1;
  }
  const addr = serverIp.includes(':') ? `[${serverIp}]` : serverIp;
  cmd.out(bind ? `Server:\t\t${serverName}\nAddress:\t${serverIp}#53\n\n` : `Server:\t\t${serverName}\nAddress:\t${addr}:53\n\n`);
  if (bind) return bindAnswers(cmd, place, serverIp, queries);
  let failed = false;
  for (const q of queries) {
    const reply = ask(place, serverIp, q.name, q.type);
    const name = q.name.replace(/\.$/, '');
    if (reply.rcode !== 'NOERROR') {
      failed = true;
      cmd.out(`** server can't find ${name}: ${reply.rcode}\n\n`);
      continue;
    }
    cmd.out('Non-authoritative answer:\n');
    for (const a of reply.answers) {
      if (q.type === 'PTR') cmd.out(`${name}\tname = ${a}\n`);
      else cmd.out(`Name:\t${name}\nAddress: ${a}\n`);
    }
    cmd.out('\n');
  }
  return failed ? 1 : 0;
}

/** BIND's nslookup: one block for the A/AAAA pair, NXDOMAIN once, names with their final dot for PTR. */
function bindAnswers(cmd: NetCmd, place: NetPlace, server: string, queries: { name: string; type: RType }[]): number {
  const name = queries[0].name.replace(/\.$/, '');
  const replies = queries.map((q) => ({ q, r: ask(place, server, q.name, q.type) }));
  if (replies[0].r.rcode !== 'NOERROR') {
    cmd.out(`** server can't find ${name}: ${replies[0].r.rcode}\n\n`);
    return 1;
  }
  const lines: string[] = [];
  for (const { q, r } of replies) {
    for (const a of r.answers) lines.push(q.type === 'PTR' ? `${name}\tname = ${a}.` : `Name:\t${name}\nAddress: ${a}`);
  }
  if (!lines.length) {
    cmd.out(`Non-authoritative answer:\n*** Can't find ${name}: No answer\n\n`);
    return 1;
  }
  cmd.out(`Non-authoritative answer:\n${lines.join('\n')}\n\n`);
  if (queries.some((q) => q.type !== 'A' && q.type !== 'AAAA')) cmd.out('Authoritative answers can be found from:\n\n');
  return 0;
}

export const nslookupProgram = (flavour: Flavour): Program => netProgram('nslookup', flavour, (cmd, place) => nslookup(cmd, place, flavour === 'gnu'));
