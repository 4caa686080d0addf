/**
 * Builds an image's root tree from its spec: the base distribution, then the
 * application's files, then any program of the image's list that is not yet
 * on its PATH. Callers get the shared tree (see catalog.ts, which caches it):
 * it must never be mutated; containers copy up into their own layer.
 */
import type { DirNode } from '../../../vfs/node.ts';
import type { AppKey, DistroKey, ImageSpec } from '../catalog-images.ts';
import {
  ALPINE_BUSYBOX,
  ALPINE_EXTRA,
  BUILDPACK_EXTRA,
  BUSYBOX_APPLETS,
  COREUTILS,
  DEBIAN_BASE,
  UBUNTU_TRUSTY_EXTRA,
} from '../catalog-programs.ts';
import { buildAlpine, buildBusybox } from './alpine.ts';
import { TreeBuilder } from './builder.ts';
import { buildDebianLike, buildOracleLinux } from './debian.ts';
import { SERVICE_PROGRAMS, buildServiceApp } from './services.ts';
import { WEB_PROGRAMS, buildWebApp, type ProgramPlacement } from './web.ts';

const words = (s: string) => s.trim().split(/\s+/);

/**
 * Oracle Linux 9 slim as the mysql image has it (its rpm list in repo-info):
 * bash, coreutils-single, findutils, gawk, grep, sed, gzip, tar, xz, zstd,
 * bzip2, openssl, curl, microdnf, rpm, gnupg2, shadow-utils, glibc-common.
 * No procps-ng (ps), iputils (ping), iproute (ip), hostname or util-linux (mount).
 */
const EL9_BASE = words(`bash sh find xargs awk gawk grep egrep fgrep sed gzip gunzip zcat tar xz unxz xzcat zstd
  unzstd zstdcat bzip2 bunzip2 bzcat openssl curl microdnf rpm rpm2cpio gpg gpgv useradd userdel usermod
  groupadd groupdel groupmod newgrp ldconfig ldd getent iconv locale alternatives update-ca-trust`);

/**
 * Oracle Linux 7 slim under mysql:5.7: yum instead of microdnf; findutils is
 * not installed by that Dockerfile and could not be confirmed in the base (absent).
 */
const EL7_BASE = words(`bash sh awk gawk grep egrep fgrep sed gzip gunzip zcat tar xz unxz xzcat zstd unzstd
  bzip2 bunzip2 bzcat openssl curl yum rpm gpg useradd userdel usermod groupadd groupdel groupmod ldconfig ldd
  getent iconv locale`);

/** The commands of a distribution's base image. */
export function basePrograms(distro: DistroKey): string[] {
  switch (distro) {
    case 'busybox':
      return ['busybox', ...BUSYBOX_APPLETS, 'getconf'];
    case 'alpine-3.24':
      return [...Object.values(ALPINE_BUSYBOX).flat(), ...Object.values(ALPINE_EXTRA).flat()];
    case 'ubuntu-14.04':
      return [...DEBIAN_BASE, ...UBUNTU_TRUSTY_EXTRA];
    case 'oraclelinux-9':
      return [...EL9_BASE, ...COREUTILS]; // coreutils-single: the same command names
    case 'oraclelinux-7':
      return [...EL7_BASE, ...COREUTILS];
    default:
      return [...DEBIAN_BASE];
  }
}

function appPlacements(app: AppKey | undefined): ProgramPlacement[] {
  if (!app) return [];
  return WEB_PROGRAMS[app] ?? SERVICE_PROGRAMS[app] ?? [];
}

/** Every command on the image's PATH: base + application (+ buildpack-deps for node/python). */
export function imagePrograms(spec: Pick<ImageSpec, 'distro' | 'app'>): string[] {
  const all = [...basePrograms(spec.distro)];
  if (spec.app === 'node' || spec.app === 'python' || spec.app === 'python-3.12') all.push(...BUILDPACK_EXTRA);
  for (const [, names] of appPlacements(spec.app)) all.push(...names);
  return [...new Set(all)].sort();
}

function pathDirs(spec: ImageSpec): string[] {
  const path = spec.config.Env.find((e) => e.startsWith('PATH='));
  return (path ?? 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').slice(5).split(':');
}

export function buildRootfs(spec: ImageSpec): DirNode {
  const b = new TreeBuilder(Date.parse(spec.created));
  const base = basePrograms(spec.distro);
  switch (spec.distro) {
    case 'busybox':
      buildBusybox(b);
      break;
    case 'alpine-3.24':
      buildAlpine(b);
      break;
    case 'oraclelinux-9':
    case 'oraclelinux-7':
      buildOracleLinux(b, spec.distro, base);
      break;
    default:
      buildDebianLike(b, spec.distro, base);
  }
  if (spec.app) {
    for (const [dir, names] of appPlacements(spec.app)) b.bins(dir, names);
    buildWebApp(b, spec.app);
    buildServiceApp(b, spec.app);
  }
  // anything of the program list not yet reachable through PATH goes to /usr/bin (/bin on busybox)
  const dirs = pathDirs(spec);
  const fallback = spec.distro === 'busybox' ? '/bin' : '/usr/bin';
  for (const name of imagePrograms(spec)) {
    if (!dirs.some((d) => b.exists(`${d}/${name}`))) b.bins(fallback, [name]);
  }
  for (const dir of [spec.config.WorkingDir, ...Object.keys(spec.config.Volumes ?? {})]) {
    if (dir && !b.exists(dir)) b.dir(dir);
  }
  return b.root;
}
