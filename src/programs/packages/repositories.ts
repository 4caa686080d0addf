/**
 * The package mirrors each distribution's apt or apk talks to, as their
 * real configuration names them, with plausible index sizes. The simulated
 * mirrors answer offline: installing puts the package's commands on PATH.
 */
import type { DistroKey } from '../../engine/images/catalog-images.ts';

export interface AptSource {
  url: string;
  suite: string;
  /** InRelease size, Packages size */
  sizes: [string, string];
}

export function aptSources(distro: DistroKey | undefined): AptSource[] {
  switch (distro) {
    case 'ubuntu-26.04':
      return ubuntu('resolute');
    case 'ubuntu-24.04':
      return ubuntu('noble');
    case 'ubuntu-22.04':
      return ubuntu('jammy');
    case 'ubuntu-14.04':
      return ubuntu('trusty');
    case 'debian-12-slim':
      return debian('bookworm');
    default:
      return debian('trixie');
  }
}

function ubuntu(suite: string): AptSource[] {
  return [
    { url: 'http://archive.ubuntu.com/ubuntu', suite, sizes: ['256 kB', '19.3 MB'] },
    { url: 'http://archive.ubuntu.com/ubuntu', suite: `${suite}-updates`, sizes: ['126 kB', '1401 kB'] },
    { url: 'http://archive.ubuntu.com/ubuntu', suite: `${suite}-backports`, sizes: ['126 kB', '48.8 kB'] },
    { url: 'http://security.ubuntu.com/ubuntu', suite: `${suite}-security`, sizes: ['126 kB', '1099 kB'] },
  ];
}

function debian(suite: string): AptSource[] {
  return [
    { url: 'http://deb.debian.org/debian', suite, sizes: ['140 kB', '9670 kB'] },
    { url: 'http://deb.debian.org/debian', suite: `${suite}-updates`, sizes: ['47.3 kB', '5412 B'] },
    { url: 'http://deb.debian.org/debian-security', suite: `${suite}-security`, sizes: ['43.4 kB', '37.5 kB'] },
  ];
}

export function alpineBranch(distro: DistroKey | undefined): string {
  return distro?.startsWith('alpine-') ? `v${distro.slice('alpine-'.length)}` : 'v3.24';
}

/** A deterministic, plausible version string for a package (real repositories vary by day). */
export function packageVersion(name: string, flavour: 'deb' | 'apk'): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const major = 1 + (h % 9);
  const minor = (h >>> 4) % 20;
  const patch = (h >>> 9) % 10;
  return flavour === 'deb' ? `${major}.${minor}.${patch}-${1 + ((h >>> 13) % 3)}` : `${major}.${minor}.${patch}-r${(h >>> 13) % 4}`;
}

export function packageSizeKb(name: string): number {
  let h = 7;
  for (const ch of name) h = (h * 33 + ch.charCodeAt(0)) >>> 0;
  return 40 + (h % 900);
}
