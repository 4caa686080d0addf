/**
 * Who and where: whoami, id (users and groups from /etc/passwd and /etc/group
 * in ctx.fs, root when they are missing), uname (one kernel for the host and
 * every container, as they share it) and hostname (/etc/hostname; -i asks
 * `ctx.world.hostIp()` when the world has it).
 */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, hooks, make } from './common.ts';
import { attempt, isFail } from './fsx.ts';
import { type OptSpec, getopt, has } from './getopt.ts';

/** The kernel the Docker host runs (a Debian 12 cloud host); containers share it. */
export const KERNEL = {
  sysname: 'Linux',
  release: '6.1.0-28-amd64',
  version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)',
  machine: 'x86_64',
};

/** net-tools hostname prints this on stdout after an option error. */
const HOSTNAME_USAGE = "Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name\n       hostname                                 display host name\n\n       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)\n       {yp,nis,}domainname                      display NIS domain name\n\n       dnsdomainname                            display dns domain name\n\n       hostname -V|--version|-h|--help          print info and exit\n\nProgram name:\n       {yp,nis,}domainname=hostname -y\n       dnsdomainname=hostname -d\n\nProgram options:\n    -a, --alias            alias names\n    -A, --all-fqdns        all long host names (FQDNs)\n    -b, --boot             set default hostname if none available\n    -d, --domain           DNS domain name\n    -f, --fqdn, --long     long host name (FQDN)\n    -F, --file             read host name or NIS domain name from given file\n    -i, --ip-address       addresses for the host name\n    -I, --all-ip-addresses all addresses for the host\n    -s, --short            short host name\n    -y, --yp, --nis        NIS/YP domain name\n\nDescription:\n   This command can get or set the host name or the NIS domain name. You can\n   also get the DNS domain or the FQDN (fully qualified domain name).\n   Unless you are using bind or NIS for host lookups you can change the\n   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is\n   part of the FQDN) in the /etc/hosts file.\n";

interface User {
  name: string;
  uid: number;
  gid: number;
}

function readTable(cmd: Cmd, path: string): string[][] | undefined {
  const text = attempt(() => cmd.ctx.fs.readFile(path));
  if (isFail(text)) return undefined;
  return text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(':'));
}

function users(cmd: Cmd): User[] {
  const rows = readTable(cmd, '/etc/passwd');
  if (!rows) return [{ name: 'root', uid: 0, gid: 0 }];
  return rows.filter((r) => r.length >= 4).map((r) => ({ name: r[0], uid: Number(r[2]), gid: Number(r[3]) }));
}

function groups(cmd: Cmd): Array<{ name: string; gid: number; members: string[] }> | undefined {
  const rows = readTable(cmd, '/etc/group');
  return rows?.filter((r) => r.length >= 3).map((r) => ({ name: r[0], gid: Number(r[2]), members: (r[3] ?? '').split(',').filter(Boolean) }));
}

function groupName(cmd: Cmd, gid: number): string | undefined {
  const g = groups(cmd);
  if (!g) return gid === 0 ? 'root' : undefined;
  return g.find((x) => x.gid === gid)?.name;
}

function userName(cmd: Cmd, uid: number): string | undefined {
  return users(cmd).find((u) => u.uid === uid)?.name;
}

export const whoami = (flavour: Flavour): Program =>
  make('whoami', flavour, async (cmd) => {
    if (!cmd.gnu && cmd.args.length) {
      // busybox whoami takes no options: anything gets the usage
      cmd.usage();
      return cmd.args.length === 1 && cmd.args[0] === '--help' ? 0 : 1;
    }
    const p = cmd.parse({ short: '', long: { help: { key: 'help' }, version: { key: 'version' } } });
    if (typeof p === 'number') return p;
    if (p.operands.length) {
      if (cmd.gnu) {
        cmd.warn(`extra operand ${cmd.lq(p.operands[0])}`);
        cmd.tryHelp();
      } else cmd.usage();
      return 1;
    }
    const name = userName(cmd, 0);
    if (name === undefined) {
      cmd.warn(cmd.gnu ? 'cannot find name for user ID 0' : 'unknown uid 0');
      return 1;
    }
    cmd.out(name + '\n');
    return 0;
  });

const ID_GNU: OptSpec = {
  short: 'agnruzGZ',
  long: {
    context: { key: 'Z' }, group: { key: 'g' }, groups: { key: 'G' }, name: { key: 'n' }, real: { key: 'r' },
    user: { key: 'u' }, zero: { key: 'z' }, help: { key: 'help' }, version: { key: 'version' },
  },
};

export const id = (flavour: Flavour): Program =>
  make('id', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? ID_GNU : { short: 'ugGnrZ' });
    if (typeof p === 'number') return p;
    const only = ['u', 'g', 'G'].filter((k) => has(p, k));
    if (only.length > 1) {
      if (cmd.gnu) cmd.warn('cannot print "only" of more than one choice');
      else cmd.usage();
      return 1;
    }
    if ((has(p, 'n') || has(p, 'r')) && !only.length) {
      if (cmd.gnu) cmd.warn('cannot print only names or real IDs in default format');
      else cmd.usage();
      return 1;
    }
    let user: User | undefined = users(cmd).find((u) => u.uid === 0) ?? { name: 'root', uid: 0, gid: 0 };
    const named = p.operands[0];
    if (p.operands.length > 1) {
      if (cmd.gnu) {
        cmd.warn(`extra operand ${cmd.lq(p.operands[1])}`);
        cmd.tryHelp();
      } else cmd.usage();
      return 1;
    }
    if (named !== undefined) {
      user = users(cmd).find((u) => u.name === named || String(u.uid) === named);
      if (!user) {
        cmd.warn(cmd.gnu ? `${cmd.lq(named)}: no such user` : `unknown user ${named}`);
        return 1;
      }
    }
    const u = user;
    const table = groups(cmd);
    const gids = [u.gid, ...(table ?? []).filter((g) => g.members.includes(u.name) && g.gid !== u.gid).map((g) => g.gid)];
    const showGroups = cmd.gnu || named !== undefined || table !== undefined;
    const uname = userName(cmd, u.uid);
    const fmtG = (gid: number) => {
      const n = groupName(cmd, gid);
      return n === undefined ? String(gid) : `${gid}(${n})`;
    };
    const names = has(p, 'n');
    if (only[0] === 'u') cmd.out(`${names ? uname ?? u.uid : u.uid}\n`);
    else if (only[0] === 'g') cmd.out(`${names ? groupName(cmd, u.gid) ?? u.gid : u.gid}\n`);
    else if (only[0] === 'G') cmd.out(gids.map((g) => (names ? groupName(cmd, g) ?? g : g)).join(' ') + '\n');
    else {
      let line = `uid=${u.uid}${uname === undefined ? '' : `(${uname})`} gid=${fmtG(u.gid)}`;
      if (showGroups) line += ` groups=${gids.map(fmtG).join(',')}`;
      cmd.out(line + '\n');
    }
    return 0;
  });

function nodeName(cmd: Cmd): string {
  const text = attempt(() => cmd.ctx.fs.readFile('/etc/hostname'));
  const name = isFail(text) ? '' : text.split('\n')[0].trim();
  return name || 'localhost';
}

const UNAME_GNU: OptSpec = {
  short: 'asnrvmpio',
  long: {
    all: { key: 'a' }, 'kernel-name': { key: 's' }, nodename: { key: 'n' }, 'kernel-release': { key: 'r' },
    'kernel-version': { key: 'v' }, machine: { key: 'm' }, processor: { key: 'p' }, 'hardware-platform': { key: 'i' },
    'operating-system': { key: 'o' }, help: { key: 'help' }, version: { key: 'version' },
  },
};

export const uname = (flavour: Flavour): Program =>
  make('uname', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? UNAME_GNU : { short: 'amnrspvio' });
    if (typeof p === 'number') return p;
    if (p.operands.length) {
      if (cmd.gnu) {
        cmd.warn(`extra operand ${cmd.lq(p.operands[0])}`);
        cmd.tryHelp();
      } else cmd.usage();
      return 1;
    }
    const all = has(p, 'a');
    const os = cmd.gnu ? 'GNU/Linux' : 'Linux';
    const fields: Array<[string, string, boolean]> = [
      ['s', KERNEL.sysname, true], ['n', nodeName(cmd), true], ['r', KERNEL.release, true], ['v', KERNEL.version, true],
      ['m', KERNEL.machine, true], ['p', 'unknown', false], ['i', 'unknown', false], ['o', os, true],
    ];
    let out = fields.filter(([k, , inAll]) => has(p, k) || (all && inAll)).map(([, v]) => v);
    if (!out.length) out = [KERNEL.sysname];
    cmd.out(out.join(' ') + '\n');
    return 0;
  });

const HOSTNAME_GNU: OptSpec = {
  short: 'aAbdfF:iIsyVh',
  long: {
    alias: { key: 'a' }, 'all-fqdns': { key: 'A' }, boot: { key: 'b' }, domain: { key: 'd' }, fqdn: { key: 'f' }, long: { key: 'f' },
    file: { key: 'F', arg: 'required' }, 'ip-address': { key: 'i' }, 'all-ip-addresses': { key: 'I' }, short: { key: 's' },
    yp: { key: 'y' }, nis: { key: 'y' }, version: { key: 'V' }, help: { key: 'h' },
  },
};

export const hostname = (flavour: Flavour): Program =>
  make('hostname', flavour, async (cmd) => {
    let p;
    if (cmd.gnu) {
      p = getopt(cmd.args, HOSTNAME_GNU);
      if (p.error) {
        cmd.warn(cmd.optErrorLine(p.error));
        cmd.out(HOSTNAME_USAGE);
        return 255;
      }
      if (has(p, 'h')) {
        cmd.out(HOSTNAME_USAGE);
        return 0;
      }
      if (has(p, 'V')) {
        cmd.err('hostname 3.23\n');
        return 0;
      }
    } else {
      const r = cmd.parse({ short: 'sidfF:' });
      if (typeof r === 'number') return r;
      p = r;
    }
    if (p.operands.length || has(p, 'F')) {
      cmd.warn(cmd.gnu ? 'you must be root to change the host name' : 'sethostname: Operation not permitted');
      return 1;
    }
    const name = nodeName(cmd);
    if (has(p, 'i') || has(p, 'I')) {
      const ip = hooks(cmd.ctx).hostIp;
      if (!ip) {
        cmd.warn(cmd.gnu ? 'Name or service not known' : `${name}: Unknown host`);
        return 1;
      }
      cmd.out(`${ip().trim()}${cmd.gnu && has(p, 'I') ? ' ' : ''}\n`);
      return 0;
    }
    if (has(p, 'd') || has(p, 'y')) {
      const dot = name.indexOf('.');
      cmd.out(`${dot < 0 ? '' : name.slice(dot + 1)}\n`);
      return 0;
    }
    cmd.out(`${has(p, 's') ? name.split('.')[0] : name}\n`);
    return 0;
  });
