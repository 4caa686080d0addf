/**
 * Which programs exist where. The host has the GNU tools and the docker
 * client; a container has what its image really has: a program runs only if
 * its file is on the container's PATH (so `apt-get install curl` adds it) and
 * we simulate it for the image's userland.
 */
import type { CatalogImage } from '../engine/images/types.ts';
import { dockerProgram } from '../programs/docker.ts';
import { busyboxDf, gnuDf } from '../programs/system/df.ts';
import { busyboxPs, procpsPs } from '../programs/system/ps.ts';
import { mountProgram } from '../programs/system/mount.ts';
import { dockerEntrypoint } from '../programs/entrypoint/docker-entrypoint.ts';
import { apk } from '../programs/packages/apk.ts';
import { aptGet } from '../programs/packages/apt-get.ts';
import { busyboxApplets, coreutils } from '../programs/util/registry.ts';
import { HOST_NET_PROGRAMS, netProgramFor } from '../programs/net/registry.ts';
import type { WorldProgram } from '../programs/world.ts';
import { createShProgram } from '../shell/index.ts';
import type { FileSystem } from '../vfs/types.ts';

export const HOST_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const HOST: Record<string, WorldProgram> = {
  ...(coreutils as Record<string, WorldProgram>),
  ...(HOST_NET_PROGRAMS as Record<string, WorldProgram>),
  docker: dockerProgram,
};

const SHARED_IN_CONTAINERS: Record<string, WorldProgram> = {
  mount: mountProgram,
  'docker-entrypoint.sh': dockerEntrypoint,
  'apt-get': aptGet,
  apt: aptGet,
  apk,
};

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

const hostShellProgram: WorldProgram = createShProgram<import('../programs/world.ts').World>({
  dialect: 'bash',
  lookup: (name) => hostProgram(name),
});

/** Names on the host's PATH, for completion. */
export function hostProgramNames(): string[] {
  return [...Object.keys(HOST), ...SHELLS];
}

export function hostProgram(name: string): WorldProgram | undefined {
  const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
  if (SHELLS.has(base)) return hostShellProgram;
  return Object.hasOwn(HOST, base) ? HOST[base] : undefined;
}

export function isBusyboxUserland(image: CatalogImage): boolean {
  return image.userland === 'busybox' || image.userland === 'alpine';
}

function implementationFor(image: CatalogImage, name: string, fs: FileSystem, file: string): WorldProgram | undefined {
  // networking tools: the flavour of the executable itself (a busybox applet, or a package's binary)
  const net = netProgramFor(name, fs, file);
  if (net) return net as WorldProgram;
  const busybox = isBusyboxUserland(image);
  if (name === 'df') return busybox ? busyboxDf : gnuDf;
  if (name === 'ps') return busybox ? busyboxPs : procpsPs;
  if (Object.hasOwn(SHARED_IN_CONTAINERS, name)) return SHARED_IN_CONTAINERS[name];
  const table = (busybox ? busyboxApplets : coreutils) as Record<string, WorldProgram>;
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** Finds an executable file for `name` on PATH (or at the path given) in a container's file system. */
export function findExecutable(fs: FileSystem, name: string, path: string): string | null {
  if (name.includes('/')) return fs.stat(name)?.type === 'file' ? name : null;
  for (const dir of path.split(':')) {
    if (!dir) continue;
    const candidate = `${dir}/${name}`;
    if (fs.stat(candidate)?.type === 'file') return candidate;
  }
  return null;
}

/** The program a container runs for `name`, if its file is there and we simulate it. */
export function containerProgram(image: CatalogImage, fs: FileSystem, name: string, path: string): WorldProgram | undefined {
  const file = findExecutable(fs, name, path);
  if (!file) return undefined;
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (SHELLS.has(base)) {
    // busybox sh is ash; in Debian and Ubuntu images sh is dash and bash is bash; in Oracle Linux
    // (mysql) sh is a link to bash, which then runs as bash and names itself sh in messages
    const link = fs.readlink(file);
    const real = link ? link.slice(link.lastIndexOf('/') + 1) : base;
    return createShProgram({
      dialect: isBusyboxUserland(image) ? 'ash' : real === 'bash' ? 'bash' : 'dash',
      lookup: (n) => containerProgram(image, fs, n, path),
    });
  }
  return implementationFor(image, base, fs, file) ?? unsimulated(base);
}

/** A real program of the image that the course does not simulate: says so instead of pretending. */
function unsimulated(name: string): WorldProgram {
  return async (ctx) => {
    ctx.stderr.write(`${name}: this program is not simulated in this course\n`);
    return 1;
  };
}
