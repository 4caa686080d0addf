/**
 * `apk` in Alpine containers: `apk update`, `apk add [--no-cache] PKG...`
 * (fetching the index first when there is no cache), with apk's wording.
 */
import { distroOf } from '../../engine/images/catalog.ts';
import type { WorldProgram } from '../world.ts';
import { installCommands, isInstalled } from './install.ts';
import { alpineBranch, packageVersion } from './repositories.ts';

const INDEX_MARKER = '/var/cache/apk/APKINDEX.tar.gz';

export const apk: WorldProgram = async (ctx) => {
  const c = ctx.world.container;
  if (!c) return 1;
  const image = ctx.world.engine.imageOf(c);
  const branch = alpineBranch(distroOf(image));
  const args = ctx.argv.slice(1);
  const words = args.filter((a) => !a.startsWith('-'));
  const noCache = args.includes('--no-cache');
  const out = (s: string) => ctx.stdout.write(s + '\n');
  const fetchIndexes = async () => {
    for (const repo of ['main', 'community']) {
      await ctx.sleep(200);
      out(`fetch https://dl-cdn.alpinelinux.org/alpine/${branch}/${repo}/x86_64/APKINDEX.tar.gz`);
    }
  };
  const installedCount = () => 15 + Object.keys(image.packages).filter((p) => isInstalled(ctx.fs, image.packages[p])).length;
  switch (words[0]) {
    case 'update':
      await fetchIndexes();
      out(`${branch}-0-g0000000 [https://dl-cdn.alpinelinux.org/alpine/${branch}/main]`);
      out(`${branch}-0-g0000000 [https://dl-cdn.alpinelinux.org/alpine/${branch}/community]`);
      out('OK: 26371 distinct packages available');
      if (!noCache) {
        ctx.fs.mkdir('/var/cache/apk', { parents: true });
        ctx.fs.writeFile(INDEX_MARKER, '');
      }
      return 0;
    case 'add': {
      const packages = words.slice(1);
      if (packages.length === 0) return 0;
      if (noCache || !ctx.fs.stat(INDEX_MARKER)) await fetchIndexes();
      const missing = packages.filter((p) => !Object.hasOwn(image.packages, p));
      if (missing.length) {
        ctx.stderr.write('ERROR: unable to select packages:\n');
        for (const p of missing) ctx.stderr.write(`  ${p} (no such package):\n    required by: world[${p}]\n`);
        return missing.length;
      }
      const fresh = packages.filter((p) => !isInstalled(ctx.fs, image.packages[p]));
      fresh.forEach((p, i) => out(`(${i + 1}/${fresh.length}) Installing ${p} (${packageVersion(p, 'apk')})`));
      for (const p of fresh) installCommands(ctx.fs, image.packages[p]);
      if (fresh.length) out('Executing busybox-1.37.0-r18.trigger');
      out(`OK: ${8 + fresh.length * 2} MiB in ${installedCount()} packages`);
      return 0;
    }
    default:
      ctx.stderr.write(`apk-tools 2.14.10, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n`);
      return 1;
  }
};
