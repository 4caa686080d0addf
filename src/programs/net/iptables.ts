/**
 * iptables on the host (Ubuntu 24.04: iptables 1.8.10, nf_tables backend),
 * listing the rules Docker 28 programs: in nat, the DOCKER chain's DNAT per
 * published port and a MASQUERADE per bridge subnet; in filter, the
 * DOCKER-USER / DOCKER-FORWARD / DOCKER-CT / DOCKER-BRIDGE chains, the
 * per-port ACCEPT and per-bridge DROP of DOCKER; in raw, the direct-access
 * DROP per published container (moby integration/network/bridge/iptablesdoc).
 * `-L [CHAIN]` with -n, -v, --line-numbers, and `-S [CHAIN]`.
 *
 * 1.8.10 prints protocol names ("all", "tcp") with -n, where 1.8.9 printed
 * numbers ("0", "6"): the fix of netfilter bug 1729.
 */
import { bridgeNameFor } from '../../engine/network/networks.ts';
import { v4Configs } from '../../engine/network/endpoints.ts';
import { isValidIPv4 } from '../../engine/network/ipam.ts';
import type { EngineState, NetworkRecord } from '../../engine/state.ts';
import type { Program } from '../../shell/types.ts';
import type { NetPlace } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';

export const IPTABLES_VERSION = 'iptables v1.8.10 (nf_tables)';

interface Addr {
  addr: string;
  neg?: boolean;
}

interface Rule {
  target: string;
  proto: 'all' | 'tcp' | 'udp';
  src?: Addr;
  dst?: Addr;
  inIf?: Addr;
  outIf?: Addr;
  /** what -L prints after the addresses, each part with its leading space */
  list: string;
  /** the -S form after `-A CHAIN` */
  save: string;
}

interface Chain {
  name: string;
  policy?: 'ACCEPT' | 'DROP';
  rules: Rule[];
}

interface Bridge {
  name: string;
  subnet?: string;
  internal: boolean;
  masquerade: boolean;
}

function bridges(state: EngineState): Bridge[] {
  return Object.values(state.networks)
    .filter((n: NetworkRecord) => n.Driver === 'bridge' && !n.ConfigOnly)
    .map((n) => ({
      name: bridgeNameFor(n),
      subnet: v4Configs(n)[0]?.Subnet,
      internal: n.Internal,
      masquerade: n.Options['com.docker.network.bridge.enable_ip_masquerade'] !== 'false',
    }));
}

interface Published {
  bridge: string;
  containerIp: string;
  hostIp: string;
  hostPort: number;
  port: number;
  proto: 'tcp' | 'udp';
}

/** Published IPv4 ports of running containers, in start order. */
function published(state: EngineState): Published[] {
  const out: Published[] = [];
  const running = Object.values(state.containers).filter((c) => c.State.Running && c.Ports.length);
  running.sort((a, b) => (a.State.StartedAt < b.State.StartedAt ? -1 : a.State.StartedAt > b.State.StartedAt ? 1 : 0));
  for (const c of running) {
    const ep = Object.values(c.Networks).find((e) => e.EndpointID && state.networks[e.NetworkID]?.Driver === 'bridge');
    if (!ep?.IPAddress) continue;
    const bridge = bridgeNameFor(state.networks[ep.NetworkID]);
    for (const m of c.Ports) {
      if (!isValidIPv4(m.hostIp)) continue;
      const [port, proto] = m.port.split('/');
      out.push({ bridge, containerIp: ep.IPAddress, hostIp: m.hostIp, hostPort: m.hostPort, port: Number(port), proto: proto === 'udp' ? 'udp' : 'tcp' });
    }
  }
  return out;
}

const ANY: Addr = { addr: '0.0.0.0/0' };
const plain = (target: string, save: string, extra: Partial<Rule> = {}): Rule => ({ target, proto: 'all', list: '', save, ...extra });

function natTable(state: EngineState): Chain[] {
  const brs = bridges(state);
  const pubs = published(state);
  return [
    { name: 'PREROUTING', policy: 'ACCEPT', rules: [plain('DOCKER', '-m addrtype --dst-type LOCAL -j DOCKER', { list: ' ADDRTYPE match dst-type LOCAL' })] },
    { name: 'INPUT', policy: 'ACCEPT', rules: [] },
    {
      name: 'OUTPUT',
      policy: 'ACCEPT',
      rules: [plain('DOCKER', '! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER', { dst: { addr: '127.0.0.0/8', neg: true }, list: ' ADDRTYPE match dst-type LOCAL' })],
    },
    {
      name: 'POSTROUTING',
      policy: 'ACCEPT',
      // each new bridge's rule goes to the top
      rules: [...brs]
        .reverse()
        .filter((b) => b.subnet && !b.internal && b.masquerade)
        .map((b) => plain('MASQUERADE', `-s ${b.subnet} ! -o ${b.name} -j MASQUERADE`, { src: { addr: b.subnet! }, outIf: { addr: b.name, neg: true } })),
    },
    {
      name: 'DOCKER',
      rules: pubs.map((p) => {
        const d = p.hostIp === '0.0.0.0' ? '' : `-d ${p.hostIp}/32 `;
        return {
          target: 'DNAT',
          proto: p.proto,
          dst: p.hostIp === '0.0.0.0' ? undefined : { addr: p.hostIp },
          inIf: { addr: p.bridge, neg: true },
          list: ` ${p.proto} dpt:${p.hostPort} to:${p.containerIp}:${p.port}`,
          save: `${d}! -i ${p.bridge} -p ${p.proto} -m ${p.proto} --dport ${p.hostPort} -j DNAT --to-destination ${p.containerIp}:${p.port}`,
        };
      }),
    },
  ];
}

function filterTable(state: EngineState): Chain[] {
  const brs = bridges(state);
  const pubs = published(state);
  const accept: Rule[] = pubs
    .map((p) => ({
      target: 'ACCEPT',
      proto: p.proto,
      dst: { addr: p.containerIp },
      inIf: { addr: p.bridge, neg: true },
      outIf: { addr: p.bridge },
      list: ` ${p.proto} dpt:${p.port}`,
      save: `-d ${p.containerIp}/32 ! -i ${p.bridge} -o ${p.bridge} -p ${p.proto} -m ${p.proto} --dport ${p.port} -j ACCEPT`,
    }))
    .reverse();
  const internal = brs.filter((b) => b.internal && b.subnet);
  return [
    { name: 'INPUT', policy: 'ACCEPT', rules: [] },
    { name: 'FORWARD', policy: 'DROP', rules: [plain('DOCKER-USER', '-j DOCKER-USER'), plain('DOCKER-FORWARD', '-j DOCKER-FORWARD')] },
    { name: 'OUTPUT', policy: 'ACCEPT', rules: [] },
    {
      name: 'DOCKER',
      rules: [...accept, ...brs.map((b) => plain('DROP', `! -i ${b.name} -o ${b.name} -j DROP`, { inIf: { addr: b.name, neg: true }, outIf: { addr: b.name } }))],
    },
    { name: 'DOCKER-BRIDGE', rules: brs.map((b) => plain('DOCKER', `-o ${b.name} -j DOCKER`, { outIf: { addr: b.name } })) },
    {
      name: 'DOCKER-CT',
      rules: brs.map((b) => plain('ACCEPT', `-o ${b.name} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`, { outIf: { addr: b.name }, list: ' ctstate RELATED,ESTABLISHED' })),
    },
    {
      name: 'DOCKER-FORWARD',
      rules: [
        plain('DOCKER-CT', '-j DOCKER-CT'),
        plain('DOCKER-INTERNAL', '-j DOCKER-INTERNAL'),
        plain('DOCKER-BRIDGE', '-j DOCKER-BRIDGE'),
        ...brs.filter((b) => !b.internal).map((b) => plain('ACCEPT', `-i ${b.name} -j ACCEPT`, { inIf: { addr: b.name } })),
      ],
    },
    {
      name: 'DOCKER-INTERNAL',
      rules: internal.flatMap((b) => [
        plain('DROP', `! -d ${b.subnet} -i ${b.name} -j DROP`, { dst: { addr: b.subnet!, neg: true }, inIf: { addr: b.name } }),
        plain('DROP', `! -s ${b.subnet} -o ${b.name} -j DROP`, { src: { addr: b.subnet!, neg: true }, outIf: { addr: b.name } }),
      ]),
    },
    { name: 'DOCKER-USER', rules: [] },
  ];
}

function rawTable(state: EngineState): Chain[] {
  const seen = new Set<string>();
  const rules: Rule[] = [];
  for (const p of published(state)) {
    if (seen.has(p.containerIp)) continue;
    seen.add(p.containerIp);
    rules.push(plain('DROP', `-d ${p.containerIp}/32 ! -i ${p.bridge} -j DROP`, { dst: { addr: p.containerIp }, inIf: { addr: p.bridge, neg: true } }));
  }
  return [
    { name: 'PREROUTING', policy: 'ACCEPT', rules },
    { name: 'OUTPUT', policy: 'ACCEPT', rules: [] },
  ];
}

function mangleTable(): Chain[] {
  return ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'].map((name) => ({ name, policy: 'ACCEPT', rules: [] }));
}

const SERVICES: Record<string, string> = { '80': 'http', '443': 'https', '8080': 'http-alt', '3306': 'mysql', '5432': 'postgresql', '22': 'ssh', '53': 'domain' };

function nameAddr(addr: string): string {
  if (addr === '0.0.0.0/0') return 'anywhere';
  if (addr === '127.0.0.0/8') return 'loopback/8';
  if (addr === '127.0.0.1') return 'localhost';
  return addr;
}

interface ListOpts {
  numeric: boolean;
  verbose: boolean;
  lineNumbers: boolean;
}

function headerLine(o: ListOpts): string {
  let s = o.lineNumbers ? 'num  ' : '';
  if (o.verbose) s += ' pkts bytes ';
  s += 'target     prot opt';
  if (o.verbose) s += ' in     out    ';
  return `${s} ${'source'.padEnd(19)}  ${'destination'.padEnd(19)} `;
}

function ruleLine(r: Rule, n: number, o: ListOpts): string {
  let s = o.lineNumbers ? `${String(n).padEnd(4)} ` : '';
  if (o.verbose) s += `${'0'.padStart(5)} ${'0'.padStart(5)} `;
  s += `${r.target.padEnd(9)}  ${r.proto.padEnd(4)} -- `;
  if (o.verbose) {
    const i = r.inIf ? `${r.inIf.neg ? '!' : ''}${r.inIf.addr}` : '*';
    const out = r.outIf ? `${r.outIf.neg ? '!' : ''}${r.outIf.addr}` : '*';
    s += ` ${i.padEnd(6)} ${out.padEnd(6)} `;
  }
  const addr = (a: Addr | undefined) => {
    const x = a ?? ANY;
    return `${x.neg ? '!' : ' '}${(o.numeric ? x.addr : nameAddr(x.addr)).padEnd(19)} `;
  };
  s += addr(r.src) + addr(r.dst);
  let list = r.list;
  if (!o.numeric) list = list.replace(/dpt:(\d+)/, (m, p: string) => (SERVICES[p] ? `dpt:${SERVICES[p]}` : m));
  return s + list;
}

const TABLES: Record<string, (s: EngineState) => Chain[]> = { nat: natTable, filter: filterTable, raw: rawTable, mangle: () => mangleTable() };

function references(chains: Chain[], name: string): number {
  return chains.reduce((n, c) => n + c.rules.filter((r) => r.target === name).length, 0);
}

async function iptables(cmd: NetCmd, place: NetPlace): Promise<number> {
  const args = [...cmd.args];
  let table = 'filter';
  let command: 'L' | 'S' | undefined;
  let chain: string | undefined;
  const o: ListOpts = { numeric: false, verbose: false, lineNumbers: false };
  const usageTail = "Try `iptables -h' or 'iptables --help' for more information.\n";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => (args[i + 1] !== undefined && !args[i + 1].startsWith('-') ? args[++i] : undefined);
    if (a === '-t' || a === '--table') {
      const t = args[++i];
      if (t === undefined) {
        cmd.err(`${IPTABLES_VERSION}: option "${a}" requires an argument\n${usageTail}`);
        return 2;
      }
      table = t;
    } else if (a.startsWith('-t') && a.length > 2 && !a.startsWith('--')) table = a.slice(2);
    else if (a === '-L' || a === '--list') {
      command = 'L';
      chain = next();
    } else if (a === '-S' || a === '--list-rules') {
      command = 'S';
      chain = next();
    } else if (a === '-n' || a === '--numeric') o.numeric = true;
    else if (a === '-v' || a === '--verbose') o.verbose = true;
    else if (a === '-x' || a === '--exact') continue;
    else if (a === '--line-numbers') o.lineNumbers = true;
    else if (/^-[nvLSx]+$/.test(a)) {
      for (const ch of a.slice(1)) {
        if (ch === 'n') o.numeric = true;
        else if (ch === 'v') o.verbose = true;
        else if (ch === 'L' || ch === 'S') command = ch;
      }
      if (a.endsWith('L') || a.endsWith('S')) chain = next();
    } else if (a === '-V' || a === '--version') {
      cmd.out(`${IPTABLES_VERSION}\n`);
      return 0;
    } else if (a === '-h' || a === '--help') {
      cmd.out(`${IPTABLES_VERSION}\n\nUsage: iptables -[ACD] chain rule-specification [options]\n       iptables -L [chain [rulenum]] [options]\n       iptables -S [chain [rulenum]]\n       iptables -h (print this help information)\n`);
      return 0;
    } else if (/^-[ACDIRFZNXPE]$/.test(a) || /^--(append|check|delete|insert|replace|flush|zero|new-chain|delete-chain|policy|rename-chain)$/.test(a)) {
      cmd.err('iptables: changing the host\'s rules is not simulated in this course\n');
      return 1;
    } else {
      cmd.err(`${IPTABLES_VERSION}: unknown option "${a}"\n${usageTail}`);
      return 2;
    }
  }
  if (!Object.hasOwn(TABLES, table)) {
    cmd.err(`${IPTABLES_VERSION}: table '${table}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`);
    return 3;
  }
  if (!command) {
    cmd.err(`${IPTABLES_VERSION}: no command specified\n${usageTail}`);
    return 2;
  }
  const chains = TABLES[table](place.state);
  const selected = chain === undefined ? chains : chains.filter((c) => c.name === chain);
  if (!selected.length) {
    cmd.err('iptables: No chain/target/match by that name.\n');
    return 1;
  }
  if (command === 'S') {
    let out = '';
    for (const c of selected) out += c.policy ? `-P ${c.name} ${c.policy}\n` : `-N ${c.name}\n`;
    for (const c of selected) for (const r of c.rules) out += `-A ${c.name} ${r.save}\n`;
    cmd.out(out);
    return 0;
  }
  const blocks = selected.map((c) => {
    const head = c.policy ? `Chain ${c.name} (policy ${c.policy}${o.verbose ? ' 0 packets, 0 bytes' : ''})` : `Chain ${c.name} (${references(chains, c.name)} references)`;
    return [head, headerLine(o), ...c.rules.map((r, i) => ruleLine(r, i + 1, o))].map((l) => `${l}\n`).join('');
  });
  cmd.out(blocks.join('\n'));
  return 0;
}

export const iptablesProgram = (flavour: Flavour): Program => netProgram('iptables', flavour, (cmd, place) => iptables(cmd, place));
