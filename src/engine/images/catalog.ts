/**
 * The simulated registry: the official images the course can pull, with the
 * real metadata of their late-2026 builds (catalog-images.ts), the commands
 * really on their PATH and what their package manager can add
 * (catalog-programs.ts), and lazily built root file systems (rootfs/).
 */
import type { DirNode } from '../../vfs/node.ts';
import { IMAGE_SPECS, type ImageSpec, type PackageManager } from './catalog-images.ts';
import { APK_PACKAGES, APT_PACKAGES, RPM_PACKAGES } from './catalog-programs.ts';
import { buildRootfs, imagePrograms } from './rootfs/index.ts';
import type { CatalogImage, ImageConfig } from './types.ts';

export type { DistroKey, PackageManager } from './catalog-images.ts';

function fullConfig(spec: ImageSpec): ImageConfig {
  const c = spec.config;
  const config: ImageConfig = {
    Hostname: '',
    Domainname: '',
    User: c.User ?? '',
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: [...c.Env],
    Cmd: c.Cmd ? [...c.Cmd] : null,
    Image: '',
    Volumes: c.Volumes ? { ...c.Volumes } : null,
    WorkingDir: c.WorkingDir ?? '',
    Entrypoint: c.Entrypoint ? [...c.Entrypoint] : null,
    OnBuild: null,
    Labels: c.Labels ? { ...c.Labels } : null,
  };
  if (c.ExposedPorts) config.ExposedPorts = { ...c.ExposedPorts };
  if (c.StopSignal) config.StopSignal = c.StopSignal;
  // docker inspect lists ExposedPorts before Tty: rebuild the key order for faithful JSON output
  return orderLikeDocker(config);
}

const KEY_ORDER: (keyof ImageConfig)[] = [
  'Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'ExposedPorts', 'Tty',
  'OpenStdin', 'StdinOnce', 'Env', 'Cmd', 'Image', 'Volumes', 'WorkingDir', 'Entrypoint', 'OnBuild', 'Labels',
  'StopSignal',
];

function orderLikeDocker(config: ImageConfig): ImageConfig {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (key in config) out[key] = config[key];
  return out as unknown as ImageConfig;
}

function packagesFor(manager: PackageManager): Record<string, string[]> {
  switch (manager) {
    case 'apt-get':
      return APT_PACKAGES;
    case 'apk':
      return APK_PACKAGES;
    case 'microdnf':
    case 'yum':
      return RPM_PACKAGES;
    default:
      return {};
  }
}

function toCatalogImage(spec: ImageSpec): CatalogImage {
  let tree: DirNode | undefined;
  const packages = packagesFor(spec.packageManager);
  return {
    repository: spec.repository,
    tag: spec.tag,
    id: spec.id,
    digest: spec.digest,
    created: spec.created,
    size: Math.round(spec.size),
    layers: spec.layers.map(([digest, size]) => ({ digest, size })),
    config: fullConfig(spec),
    userland: spec.userland,
    programs: imagePrograms(spec),
    packages: Object.fromEntries(Object.entries(packages).map(([k, v]) => [k, [...v]])),
    rootfs() {
      tree ??= buildRootfs(spec);
      return tree;
    },
  };
}

/**
 * The course follows the reference engine and the issue: postgres and redis
 * `latest` keep the classic anonymous VOLUMEs (/var/lib/postgresql/data,
 * /data). PostgreSQL 18 moved its VOLUME to /var/lib/postgresql and Redis 8
 * dropped it; those builds stay pullable as postgres:18 and redis:8.
 */
const RETAGGED: Record<string, { latestFrom: string; oldLatestAs: string }> = {
  postgres: { latestFrom: '17', oldLatestAs: '18' },
  redis: { latestFrom: '7.4', oldLatestAs: '8' },
};

const BASE = IMAGE_SPECS.map(toCatalogImage);
const SPEC_OF = new Map<CatalogImage, ImageSpec>(BASE.map((image, i) => [image, IMAGE_SPECS[i]]));

function retag(images: CatalogImage[]): CatalogImage[] {
  const out: CatalogImage[] = [];
  for (const image of images) {
    const rule = RETAGGED[image.repository];
    if (rule && image.tag === 'latest') {
      const moved = { ...image, tag: rule.oldLatestAs };
      SPEC_OF.set(moved, SPEC_OF.get(image)!);
      out.push(moved);
    } else out.push(image);
    if (rule && image.tag === rule.latestFrom) {
      const latest = { ...image, tag: 'latest' };
      SPEC_OF.set(latest, SPEC_OF.get(image)!);
      out.push(latest);
    }
  }
  return out;
}

export const CATALOG: CatalogImage[] = retag(BASE);

function normalizeRepository(repository: string): string {
  let repo = repository;
  for (const prefix of ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/']) {
    if (repo.startsWith(prefix)) repo = repo.slice(prefix.length);
  }
  if (repo.startsWith('library/')) repo = repo.slice('library/'.length);
  return repo;
}

/** The catalog entry for "nginx" + "latest" (also accepts "library/nginx", "docker.io/library/nginx"). */
export function findCatalogImage(repository: string, tag: string): CatalogImage | undefined {
  const repo = normalizeRepository(repository);
  return CATALOG.find((image) => image.repository === repo && image.tag === tag);
}

/** The catalog entry whose manifest digest (or image id) is `digest`, for `nginx@sha256:...` references. */
export function findCatalogImageByDigest(repository: string, digest: string): CatalogImage | undefined {
  const repo = normalizeRepository(repository);
  return CATALOG.find((image) => image.repository === repo && (image.digest === digest || image.id === digest));
}

/** Which package manager the image has (`types.ts` Userland has no "oraclelinux": mysql says debian there). */
export function packageManagerOf(image: CatalogImage): PackageManager {
  return SPEC_OF.get(image)?.packageManager ?? null;
}

/** The base distribution, finer than Userland: 'oraclelinux-9' for mysql, 'ubuntu-14.04', ... */
export function distroOf(image: CatalogImage): ImageSpec['distro'] | undefined {
  return SPEC_OF.get(image)?.distro;
}

/** "docker.io/library/nginx:latest" */
export function canonicalName(image: CatalogImage): string {
  return `docker.io/library/${image.repository}:${image.tag}`;
}
