/**
 * The real metadata of the catalog's images, as the amd64 build of each tag
 * had it in the second half of 2026 (docker-library/repo-info: remote/<tag>.md
 * for ids, index digests, layer digests and compressed sizes, and the
 * Dockerfile history; local/<tag>.md for Env and on-disk size).
 *
 * `size` is what `docker images` shows (uncompressed, decimal units). Where
 * repo-info had no local size for the build the value is an estimate from the
 * compressed size and is marked `~` in the comment.
 */
import { APP_IMAGE_SPECS } from './catalog-images-apps.ts';
import { DEFAULT_PATH, type ImageSpec, MB, TRIXIE_0803, sha } from './catalog-spec.ts';

export { DEFAULT_PATH } from './catalog-spec.ts';
export type { AppKey, DistroKey, ImageSpec, PackageManager } from './catalog-spec.ts';

const UBUNTU_DESCRIPTION =
  'The Ubuntu container image maintained by Canonical\n\n' +
  'Ubuntu is a Debian-based Linux operating system that runs from the desktop to the cloud, to all your internet connected things.\n' +
  "It is the world's most popular operating system across public clouds and OpenStack clouds.\n" +
  'It is the number one platform for containers; from Docker to Kubernetes to LXD, Ubuntu can run your containers at scale.\n' +
  'Fast, secure and simple, Ubuntu powers millions of PCs worldwide.\n';

export const IMAGE_SPECS: ImageSpec[] = [
  {
    // BusyBox 1.38.0 (glibc), built on Debian 13. ~4.4 MB on disk (~).
    repository: 'busybox',
    tag: 'latest',
    id: sha('c6348fa86ba0fb2108c9334f5fe913ddc6d853313e655891f133a0127c30099f'),
    digest: sha('dc2d74b28e4cf8984fa52af1f39bc7c3d9c73760b41a74d629f5d11b1ab28616'),
    created: '2026-05-13T02:21:49Z',
    size: 4.43 * MB,
    layers: [[sha('b05093807bb0294152bb9cf86d64da722732dddaf7f8882fa1f120477dbc4db3'), 2226327]],
    config: { Env: [DEFAULT_PATH], Cmd: ['sh'] },
    userland: 'busybox',
    distro: 'busybox',
    packageManager: null,
  },
  {
    // alpine-minirootfs-3.24.2. ~8.4 MB on disk (~).
    repository: 'alpine',
    tag: 'latest',
    id: sha('320994c3b997e2ec6433f717f153e108023c5bec8fefa8d76b83451d16d05ea8'),
    digest: sha('5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60'),
    created: '2026-09-17T20:37:20Z',
    size: 8.44 * MB,
    layers: [[sha('e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5'), 3849738]],
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/sh'] },
    userland: 'alpine',
    distro: 'alpine-3.24',
    packageManager: 'apk',
  },
  {
    // ubuntu:latest is 26.04 LTS (Resolute Raccoon) since its release in April 2026.
    // Built by rockcraft: a second tiny "control data" layer. 100.17 MB (local, 2026-08-17 build).
    repository: 'ubuntu',
    tag: 'latest',
    id: sha('86a1a31fdd84f2dc79bd6d92272100d4369b085790753bc521069eab663074e9'),
    digest: sha('678c6550cc43645e08669028bc177f50be4e7c5b8cca677067b1914d4afc7a03'),
    created: '2026-07-24T12:48:28.650696Z',
    size: 100.17 * MB,
    layers: [
      [sha('617772c7d19b9f9c4141bc73b37e6f4c5e4e69729f6881a73d0dc23676dbbd60'), 41568275],
      [sha('a7fb98a8eddd1a70f99f205cb4b66e830a3e8ef4798f5636ece054a567b650de'), 389],
    ],
    config: {
      Env: [DEFAULT_PATH],
      Cmd: ['/bin/bash'],
      Labels: {
        'org.opencontainers.image.created': '2026-07-24T12:48:28.650696+00:00',
        'org.opencontainers.image.description': UBUNTU_DESCRIPTION,
        'org.opencontainers.image.title': 'ubuntu',
        'org.opencontainers.image.version': '26.04',
      },
    },
    userland: 'ubuntu',
    distro: 'ubuntu-26.04',
    packageManager: 'apt-get',
  },
  {
    // noble, Launchpad build of 2026-09-11. ~78 MB on disk (~).
    repository: 'ubuntu',
    tag: '24.04',
    id: sha('6232b38791000e3818b58d8847b5a8f5612d606929e01156dd8febc423e0f2ef'),
    digest: sha('69cecf4bbf72d2d44a9eef1b71fb98c7fb973d78af11399deccef19beb008ad9'),
    created: '2026-09-11T11:44:06Z',
    size: 78.1 * MB,
    layers: [[sha('edd1ed89f0d443580bd42e5a10cd8736aba5a3438b2a0645c2ebb50119bb0eba'), 29764116]],
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.version': '24.04' } },
    userland: 'ubuntu',
    distro: 'ubuntu-24.04',
    packageManager: 'apt-get',
  },
  {
    // jammy, Launchpad build of 2026-07-31. ~78 MB on disk (~).
    repository: 'ubuntu',
    tag: '22.04',
    id: sha('92947e844d1b996f5e199c8a36460610142e46a427f2767e0bfb0f0f85e35946'),
    digest: sha('3b06811b2afd352be909dd088a004166d665dc76d38b13eada33522a9d915c6f'),
    created: '2026-07-31T21:53:12Z',
    size: 77.9 * MB,
    layers: [[sha('39a945af8df2ad9343f141c82355d3f2c4b576d432eda34c460d630607462b60'), 29736517]],
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.version': '22.04' } },
    userland: 'ubuntu',
    distro: 'ubuntu-22.04',
    packageManager: 'apt-get',
  },
  {
    // trusty, the last build (2021-03-25), still pullable. 196.47 MB (local): `docker images` says 197MB.
    repository: 'ubuntu',
    tag: '14.04',
    id: sha('13b66b487594a1f2b75396013bc05d29d9f527852d96c5577cc4f187559875d0'),
    digest: sha('64483f3496c1373bfd55348e88694d1c4d0c9b660dee6bfef5e12f43b9933b30'),
    created: '2021-03-25T22:33:44.754436368Z',
    size: 196.47 * MB,
    layers: [
      [sha('2e6e20c8e2e69fa5c3fcc310f419975cef5fbeb6f7f2fe1374071141281b6a06'), 70691577],
      [sha('0551a797c01db074ab0233ceb567e66b8ebdcb9de9a2e7baa36d57dfbca463a3'), 72664],
      [sha('512123a864da5e2a62949e65b67106292c5c704eff90cac2b949fc8d7ac1e58e'), 189],
    ],
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/bash'] },
    userland: 'ubuntu',
    distro: 'ubuntu-14.04',
    packageManager: 'apt-get',
  },
  {
    // debian:latest = trixie (13.6), debuerreotype build for 2026-08-03. ~120 MB on disk (~).
    repository: 'debian',
    tag: 'latest',
    id: sha('826a5616954ee645ca5c165d4c8c960d4d8d444347838cf7bdc1ac555385358b'),
    digest: sha('34cd9e9fd437c0a095ec39cb2e73422c9f30821b0d0848ed74fd0d43bae4d958'),
    created: '2026-08-03T00:00:00Z',
    size: 120.2 * MB,
    layers: [TRIXIE_0803],
    config: { Env: [DEFAULT_PATH], Cmd: ['bash'] },
    userland: 'debian',
    distro: 'debian-13',
    packageManager: 'apt-get',
  },
  ...APP_IMAGE_SPECS,
];
