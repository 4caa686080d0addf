/**
 * getent (glibc's, in Debian/Ubuntu images and on the host): `hosts` asks
 * like gethostbyname2 does, IPv6 first then IPv4, so `getent hosts
 * localhost` shows ::1; `ahosts`/`ahostsv4` list getaddrinfo's answers per
 * socket type; passwd and group read their files.
 */
import type { Program } from '../../shell/types.ts';
import { type NetPlace, isIPv4, isIPv6, reverseName } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';
import { resolveName } from '../../engine/network/dns.ts';

const DATABASES = ['ahosts', 'ahostsv4', 'ahostsv6', 'aliases', 'ethers', 'group', 'gshadow', 'hosts', 'initgroups', 'netgroup', 'networks', 'passwd', 'protocols', 'rpc', 'services', 'shadow'];

interface HostEntry {
  ip: string;
  names: string[];
}

/** /etc/hosts lines naming `name` for one family, else the nameserver's answer. */
/**
 * What the resolver answers for a name in one family: the first matching line
 * of /etc/hosts, or every address DNS returns (several for an alias that
 * containers share), as glibc's getent prints one line per address.
 */
function hostEntries(cmd: NetCmd, place: NetPlace, name: string, v6: boolean): HostEntry[] {
  if (v6 ? isIPv6(name) : isIPv4(name)) {
    const n = reverseName(place, name);
    return n ? [{ ip: name, names: [n] }] : [];
  }
  let text = '';
  try {
    text = cmd.ctx.fs.readFile('/etc/hosts');
  } catch {
    // DNS only
  }
  const wanted = name.toLowerCase();
  for (const raw of text.split('\n')) {
    const [ip, ...names] = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (!ip || !names.length || ip.includes(':') !== v6) continue;
    if (names.some((n) => n.toLowerCase() === wanted)) return [{ ip, names }];
  }
  const r = resolveName(place.state, place.from, name, { type: v6 ? 'AAAA' : 'A' });
  if (!r.found || r.source === 'hosts') return [];
  return r.addresses.map((ip) => ({ ip, names: [name] }));
}

function hosts(cmd: NetCmd, place: NetPlace, keys: string[]): number {
  let status = 0;
  for (const key of keys) {
    const v6 = hostEntries(cmd, place, key, true);
    const found = v6.length ? v6 : hostEntries(cmd, place, key, false);
    if (!found.length) {
      status = 2;
      continue;
    }
    for (const e of found) cmd.out(`${e.ip.padEnd(15)} ${e.names.join(' ')}\n`);
  }
  return status;
}

function ahosts(cmd: NetCmd, place: NetPlace, keys: string[], family: 'any' | 'v4' | 'v6'): number {
  let status = 0;
  for (const key of keys) {
    const entries: HostEntry[] = [];
    if (family !== 'v4') entries.push(...hostEntries(cmd, place, key, true));
    if (family !== 'v6') entries.push(...hostEntries(cmd, place, key, false));
    if (!entries.length) {
      status = 2;
      continue;
    }
    entries.forEach((e, i) => {
      cmd.out(`${e.ip.padEnd(15)} STREAM ${i === 0 ? key : ''}\n`);
      cmd.out(`${e.ip.padEnd(15)} DGRAM  \n`);
      cmd.out(`${e.ip.padEnd(15)} RAW    \n`);
    });
  }
  return status;
}

/** passwd, group ...: the file's lines, or those whose name (or numeric id) is asked. */
function fileDb(cmd: NetCmd, db: string, keys: string[]): number {
  let text = '';
  try {
    text = cmd.ctx.fs.readFile(`/etc/${db}`);
  } catch {
    return keys.length ? 2 : 0;
  }
  const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
  if (!keys.length) {
    cmd.out(lines.map((l) => `${l}\n`).join(''));
    return 0;
  }
  let status = 0;
  for (const key of keys) {
    const numeric = /^\d+$/.test(key) && (db === 'passwd' || db === 'group');
    const line = lines.find((l) => {
      const f = l.split(db === 'services' || db === 'protocols' ? /\s+/ : ':');
      return numeric ? f[2] === key : f[0] === key;
    });
    if (line) cmd.out(`${line}\n`);
    else status = 2;
  }
  return status;
}

async function getent(cmd: NetCmd, place: NetPlace): Promise<number> {
  const p = cmd.parse({ short: 's:i', long: { service: { key: 's', arg: 'required' }, 'no-idn': { key: 'i' }, help: { key: 'help' }, usage: { key: 'usage' }, version: { key: 'V' } } });
  if (typeof p === 'number') return p;
  if (p.opts.some((o) => o.key === 'help')) {
    cmd.out('Usage: getent [OPTION...] database [key ...]\nGet entries from administrative database.\n');
    return 0;
  }
  const [db, ...keys] = p.operands;
  if (db === undefined) {
    cmd.warn('wrong number of arguments');
    cmd.tryHelp();
    return 1;
  }
  if (!DATABASES.includes(db)) {
    cmd.err(`Unknown database: ${db}\n`);
    cmd.tryHelp();
    return 1;
  }
  switch (db) {
    case 'hosts':
      return keys.length ? hosts(cmd, place, keys) : fileDb(cmd, 'hosts', []);
    case 'ahosts':
      return ahosts(cmd, place, keys, 'any');
    case 'ahostsv4':
      return ahosts(cmd, place, keys, 'v4');
    case 'ahostsv6':
      return ahosts(cmd, place, keys, 'v6');
    default:
      return fileDb(cmd, db, keys);
  }
}

export const getentProgram = (flavour: Flavour): Program => netProgram('getent', flavour, (cmd, place) => getent(cmd, place));
