/**
 * `apt-get` (and `apt`) in Debian and Ubuntu containers: `update` fetches the
 * package lists (images ship without them, so `install` fails first with
 * "Unable to locate package", as in real images), `install [-y] PKG...`
 * adds the packages' commands. Output follows apt's own wording.
 */
import { distroOf } from '../../engine/images/catalog.ts';
import type { WorldProgram } from '../world.ts';
import { installCommands, isInstalled } from './install.ts';
import { aptSources, packageSizeKb, packageVersion } from './repositories.ts';

const LISTS_MARKER = '/var/lib/apt/lists/lock';

function kb(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(n >= 10000 ? 0 : 1)} MB` : `${n} kB`;
}

export const aptGet: WorldProgram = async (ctx) => {
  const self = ctx.argv[0].split('/').pop()!;
  const c = ctx.world.container;
  if (!c) return 1;
  const image = ctx.world.engine.imageOf(c);
  const distro = distroOf(image);
  const args = ctx.argv.slice(1);
  const words = args.filter((a) => !a.startsWith('-'));
  const assumeYes = args.some((a) => ['-y', '--yes', '--assume-yes', '-qy', '-yq'].includes(a));
  const quiet = args.some((a) => a.startsWith('-q'));
  const out = (s: string) => ctx.stdout.write(s + '\n');
  const done = ctx.isTTY ? ' Done' : '';
  if (self === 'apt' && !ctx.isTTY) ctx.stderr.write('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
  const command = words[0];
  if (!command) {
    out(`${self} 2.9.8 (amd64)\nUsage: ${self} [options] command\n\nMost used commands:\n  update - Retrieve new lists of packages\n  install - Install new packages (pkg is libc6 not libc6.deb)\n  remove - Remove packages`);
    return 1;
  }
  if (command === 'update') {
    const sources = aptSources(distro);
    let n = 1;
    for (const s of sources) {
      await ctx.sleep(150);
      out(`Get:${n++} ${s.url} ${s.suite} InRelease [${s.sizes[0]}]`);
    }
    for (const s of sources) {
      await ctx.sleep(250);
      out(`Get:${n++} ${s.url} ${s.suite}/main amd64 Packages [${s.sizes[1]}]`);
    }
    out(`Fetched 9943 kB in 1s (8133 kB/s)`);
    out(`Reading package lists...${done}`);
    ctx.fs.mkdir('/var/lib/apt/lists', { parents: true });
    ctx.fs.writeFile(LISTS_MARKER, '');
    return 0;
  }
  if (command === 'install') {
    const packages = words.slice(1);
    out(`Reading package lists...${done}`);
    out(`Building dependency tree...${done}`);
    out(`Reading state information...${done}`);
    const hasLists = !!ctx.fs.stat(LISTS_MARKER);
    const missing = packages.filter((p) => !hasLists || !Object.hasOwn(image.packages, p));
    if (missing.length) {
      ctx.stderr.write(`E: Unable to locate package ${missing[0]}\n`);
      return 100;
    }
    const fresh = packages.filter((p) => !isInstalled(ctx.fs, image.packages[p]));
    for (const p of packages.filter((x) => !fresh.includes(x))) out(`${p} is already the newest version (${packageVersion(p, 'deb')}).`);
    if (fresh.length === 0) {
      out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.');
      return 0;
    }
    const total = fresh.reduce((sum, p) => sum + packageSizeKb(p), 0);
    out('The following NEW packages will be installed:');
    out('  ' + fresh.join(' '));
    out(`0 upgraded, ${fresh.length} newly installed, 0 to remove and 0 not upgraded.`);
    out(`Need to get ${kb(total)} of archives.`);
    out(`After this operation, ${kb(total * 3)} of additional disk space will be used.`);
    if (!assumeYes) {
      if (!/^y/i.test(ctx.stdin.trim()) && !ctx.isTTY) {
        out('Do you want to continue? [Y/n] Abort.');
        return 1;
      }
      if (!/^y/i.test(ctx.stdin.trim()) && ctx.isTTY) out('Do you want to continue? [Y/n] Y');
    }
    const source = aptSources(distro)[0];
    fresh.forEach((p, i) => out(`Get:${i + 1} ${source.url} ${source.suite}/main amd64 ${p} amd64 ${packageVersion(p, 'deb')} [${packageSizeKb(p)} kB]`));
    await ctx.sleep(300);
    if (!quiet) out(`debconf: delaying package configuration, since apt-utils is not installed`);
    out(`Fetched ${kb(total)} in 0s (${kb(total * 4)}/s)`);
    for (const p of fresh) {
      out(`Selecting previously unselected package ${p}.`);
      out(`(Reading database ... 4${(p.length * 137) % 1000 + 100} files and directories currently installed.)`);
      out(`Preparing to unpack .../${p}_${packageVersion(p, 'deb')}_amd64.deb ...`);
      out(`Unpacking ${p} (${packageVersion(p, 'deb')}) ...`);
    }
    for (const p of fresh) {
      out(`Setting up ${p} (${packageVersion(p, 'deb')}) ...`);
      installCommands(ctx.fs, image.packages[p]);
    }
    return 0;
  }
  if (['upgrade', 'remove', 'purge', 'autoremove', 'clean', 'autoclean', 'dist-upgrade'].includes(command)) {
    out(`Reading package lists...${done}`);
    if (command === 'clean' || command === 'autoclean') return 0;
    out(`Building dependency tree...${done}`);
    out(`Reading state information...${done}`);
    out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.');
    return 0;
  }
  ctx.stderr.write(`E: Invalid operation ${command}\n`);
  return 100;
};
