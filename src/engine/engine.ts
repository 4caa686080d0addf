/**
 * The Docker daemon model: one object over the plain-data EngineState, with
 * the file systems it implies (the host's, each container's merged view).
 * No text formatting and no argv here: the CLI turns these calls into output.
 */
import { LayeredFs } from '../vfs/layered-fs.ts';
import { MountFs, type MountedFs, ReadOnlyFs, SubtreeFs, copyAcross } from '../vfs/mount-fs.ts';
import { dirNode, treeFromPaths, type DirNode } from '../vfs/node.ts';
import { dirname } from '../vfs/path.ts';
import { TmpfsFs } from '../vfs/tmpfs.ts';
import type { FileSystem } from '../vfs/types.ts';
import { type CreateRequest, createContainer } from './containers/create.ts';
import { containerDir, settleSleepers } from './containers/lifecycle.ts';
import { containerMounts } from './containers/mount-table.ts';
import { containerInterfaces } from './network/interfaces.ts';
import { type EnvState, initialEnv } from './env.ts';
import { initialHostTree } from './host.ts';
import { catalogOf } from './images/store.ts';
import type { CatalogImage } from './images/types.ts';
import { createPredefinedNetworks } from './network/networks.ts';
import { type ContainerRecord, type EngineState, STATE_VERSION } from './state.ts';

export function initialState(seed: number): EngineState {
  const env: EnvState = initialEnv(seed);
  const state: EngineState = {
    version: STATE_VERSION,
    env,
    host: initialHostTree(env.clock),
    images: {},
    containers: {},
    volumes: {},
    networks: {},
    swarm: false,
  };
  createPredefinedNetworks(state);
  return state;
}

export class Engine {
  readonly hostFs: LayeredFs;

  constructor(readonly state: EngineState) {
    this.hostFs = new LayeredFs(state.host, undefined, () => state.env.clock);
  }

  static create(seed = 1): Engine {
    return new Engine(initialState(seed));
  }

  now(): number {
    return this.state.env.clock;
  }

  /** Moves the clock on and lets time-bound processes (sleep N) finish. */
  advance(ms: number): void {
    this.state.env.clock += ms;
    settleSleepers(this.state);
  }

  imageOf(container: ContainerRecord): CatalogImage {
    return catalogOf(this.state.images[container.Image] ?? this.missingImage(container));
  }

  private missingImage(container: ContainerRecord): never {
    throw new Error(`container ${container.Id} refers to a missing image`);
  }

  /** Creates a container, its mount points in the writable layer, and fills empty volumes from the image. */
  create(req: CreateRequest): ContainerRecord {
    const container = createContainer(this.state, this.hostFs, req);
    const rootfs = this.imageOf(container).rootfs();
    const image = new LayeredFs(rootfs, undefined, () => this.now());
    const layer = new LayeredFs(container.layer, rootfs, () => this.now());
    for (const m of container.Mounts) {
      const isFile = m.Type === 'bind' && this.hostFs.stat(m.Source)?.type === 'file';
      if (!layer.stat(m.Destination)) {
        if (isFile) {
          layer.mkdir(dirname(m.Destination), { parents: true });
          layer.writeFile(m.Destination, '');
        } else layer.mkdir(m.Destination, { parents: true });
      }
      // a new, empty volume gets a copy of what the image has at that path
      if (m.Type === 'volume' && m.Name && this.hostFs.readdir(m.Source).length === 0 && image.stat(m.Destination)?.type === 'dir') {
        if (!m.Mode.split(',').includes('nocopy')) {
          for (const name of image.readdir(m.Destination)) {
            copyAcross(image, `${m.Destination}/${name}`, this.hostFs, `${m.Source}/${name}`);
          }
        }
      }
    }
    for (const dst of Object.keys(container.HostConfig.Tmpfs ?? {})) {
      if (!layer.stat(dst)) layer.mkdir(dst, { parents: true });
    }
    return container;
  }

  /** What a process inside the container sees: image + writable layer + mounts. */
  containerFs(container: ContainerRecord): FileSystem {
    const root = new LayeredFs(container.layer, this.imageOf(container).rootfs(), () => this.now());
    const mounts: MountedFs[] = [];
    const dir = containerDir(container.Id);
    for (const [file, target] of [
      ['hostname', '/etc/hostname'],
      ['hosts', '/etc/hosts'],
      ['resolv.conf', '/etc/resolv.conf'],
    ]) {
      if (this.hostFs.stat(`${dir}/${file}`)) mounts.push({ target, fs: new SubtreeFs(this.hostFs, `${dir}/${file}`) });
    }
    for (const m of container.Mounts) {
      let fs: FileSystem;
      if (m.Type === 'tmpfs') {
        const tree = container.tmpfs[m.Destination];
        if (!tree) continue;
        fs = new TmpfsFs(tree, undefined, () => this.now());
      } else fs = new SubtreeFs(this.hostFs, m.Source);
      mounts.push({ target: m.Destination, fs: m.RW ? fs : new ReadOnlyFs(fs) });
    }
    for (const [dst, opts] of Object.entries(container.HostConfig.Tmpfs ?? {})) {
      const tree = container.tmpfs[dst] ?? (container.tmpfs[dst] = dirNode(this.now()));
      const fs = new TmpfsFs(tree, undefined, () => this.now());
      mounts.push({ target: dst, fs: opts.split(',').includes('ro') ? new ReadOnlyFs(fs) : fs });
    }
    mounts.unshift({ target: '/proc', fs: new ReadOnlyFs(new LayeredFs(procTree(container, this.now()), undefined, () => this.now())) });
    mounts.unshift({ target: '/sys', fs: new ReadOnlyFs(new LayeredFs(sysTree(this.state, container, this.now()), undefined, () => this.now())) });
    return new MountFs(root, mounts);
  }
}

/** A container's /proc, as far as files go: the mount table and the kernel's identity. */
function procTree(container: ContainerRecord, now: number): DirNode {
  const mounts = containerMounts(container)
    .map((m) => `${m.source} ${m.target} ${m.fstype} ${m.options} 0 0`)
    .join('\n') + '\n';
  return treeFromPaths(
    {
      '/mounts': mounts,
      '/self/mounts': mounts,
      '/version': 'Linux version 6.1.0-28-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)\n',
      '/sys/kernel/hostname': `${container.Config.Hostname}\n`,
      '/1/cmdline': [container.Path, ...container.Args].join('\0') + '\0',
    },
    now,
  );
}

/** A container's /sys/class/net: one directory per interface, as `cat /sys/class/net/eth0/address` reads it. */
function sysTree(state: EngineState, container: ContainerRecord, now: number): DirNode {
  const files: Record<string, string | null> = { '/class/net/': null, '/fs/cgroup/': null };
  if (container.State.Running) {
    for (const iface of containerInterfaces(state, container)) {
      const dir = `/class/net/${iface.name}`;
      files[`${dir}/address`] = `${iface.mac}\n`;
      files[`${dir}/mtu`] = `${iface.mtu}\n`;
      files[`${dir}/ifindex`] = `${iface.index}\n`;
      files[`${dir}/operstate`] = iface.kind === 'loopback' ? 'unknown\n' : 'up\n';
      if (iface.peerIndex !== undefined) files[`${dir}/iflink`] = `${iface.peerIndex}\n`;
    }
  }
  return treeFromPaths(files, now);
}
