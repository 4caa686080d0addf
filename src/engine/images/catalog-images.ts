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
import type { ImageConfig, Userland } from './types.ts';

/** Where an image's root file system comes from (see rootfs/index.ts). */
export type DistroKey =
  | 'busybox'
  | 'alpine-3.24'
  | 'debian-13'
  | 'debian-13-slim'
  | 'debian-12-slim'
  | 'ubuntu-26.04'
  | 'ubuntu-24.04'
  | 'ubuntu-22.04'
  | 'ubuntu-14.04'
  | 'oraclelinux-9'
  | 'oraclelinux-7';

export type AppKey =
  | 'nginx'
  | 'nginx-alpine'
  | 'httpd'
  | 'mysql'
  | 'mysql-5.7'
  | 'postgres'
  | 'postgres-17'
  | 'redis'
  | 'redis-7.4'
  | 'wordpress'
  | 'node'
  | 'python'
  | 'python-3.12';

export type PackageManager = 'apt-get' | 'apk' | 'microdnf' | 'yum' | null;

export interface ImageSpec {
  repository: string;
  tag: string;
  id: string;
  digest: string;
  created: string;
  size: number;
  /** [layer digest, compressed bytes] in order, bottom first */
  layers: [string, number][];
  config: Partial<ImageConfig> & Pick<ImageConfig, 'Env' | 'Cmd'>;
  userland: Userland;
  distro: DistroKey;
  app?: AppKey;
  packageManager: PackageManager;
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const MB = 1_000_000;
const sha = (hex: string) => `sha256:${hex}`;

const NGINX_LABELS = { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' };
const UBUNTU_DESCRIPTION =
  'The Ubuntu container image maintained by Canonical\n\n' +
  'Ubuntu is a Debian-based Linux operating system that runs from the desktop to the cloud, to all your internet connected things.\n' +
  "It is the world's most popular operating system across public clouds and OpenStack clouds.\n" +
  'It is the number one platform for containers; from Docker to Kubernetes to LXD, Ubuntu can run your containers at scale.\n' +
  'Fast, secure and simple, Ubuntu powers millions of PCs worldwide.\n';

/** trixie-slim, the first layer of nginx, httpd, postgres and redis (the same blob: "Already exists"). */
const TRIXIE_SLIM_0918: [string, number] = [sha('6b37362b3da78869050b894b799ad4df04f1f3b52774087db0d81151570244c8'), 29830418];
/** The empty layer BuildKit writes for WORKDIR/COPY of nothing; shared by many images. */
const EMPTY_LAYER: [string, number] = [sha('4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1'), 32];
/** debian:trixie of 2026-08-03, also the first layer of python:3.12. */
const TRIXIE_0803: [string, number] = [sha('1da3cb2f93f2ca3c5bdaf4c024a7f1ebd717938d20c858e4be4b9aa81fc8608c'), 49312314];

const PHPIZE_DEPS = 'autoconf \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\tlibc-dev \t\tmake \t\tpkg-config \t\tre2c';
const PHP_FLAGS = '-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64';
const PYTHON_PATH = 'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** WordPress 7.1 on php:8.3-apache (trixie); 24 layers. ~740 MB on disk (~). */
const WORDPRESS: ImageSpec = {
  repository: 'wordpress',
  tag: 'latest',
  id: sha('e3540baa2411c82f563c5fc89899790c4e539bd6a5428a0a2e9d59c742382451'),
  digest: sha('5a93c470ae8220fddf71f6ebe3bc94e615ddc2ae4d9810f795b830fb11c41a17'),
  created: '2026-08-25T01:37:34Z',
  size: 740 * MB,
  layers: (
    [
      ['6310eb16bf4251731feab01e8f633bf5e2d75a657ccad97f420b1f83cce457be', 29792658],
      ['26099c2520af8e1b16a1ee2db88099e14821eea4bd3b62c382dbd4821fade533', 225],
      ['932b172a46b4529965ff9d9fd1e2f4de4078c03239d44e48da218493b5d7db07', 117839084],
      ['94598c0333c24c6b16f08f9f2b48557c7795dd31f842fee4d8575810a3eb1f41', 226],
      ['a7a8575cd8da75371ec92584e66f2251f12390eadc40343ac902881f80cfdb7c', 4238998],
      ['9ee23f701a6399e2dbf833f0de5332c9e34fe36f2c67dd4551cae1134f2a0681', 430],
      ['b1890dc62d4f10a4abfb7e76f6d1bd7726b86574ee1c0bfd8cb1d51aa41510c2', 485],
      ['fffa43530262f5f545225d4f8081c7ed8ea9e0946d36502da8291b218056784a', 12779562],
      ['71dc02b0c4456cac8b7287ea2acdc0bef6d8cec3f2e103fea498a52a0ec469b0', 488],
      ['c56ba9ea3138fcf2117fb3de4aad982679663bcb9c25550199679f3aac7d9d68', 11715978],
      ['aba2157579c6ead4fbdeb0e9e5b9b03a6eed07931088bff88c87d73343f2274b', 2457],
      ['42778c36a165d4cff1cd1def7bc0cd5f57061640c7a6ffaf8e40d0e49793c6e6', 253],
      ['7d96e675fc118ae238737110d6c7bf8e9003897d76f3ea0061cb5c2dd929e786', 248],
      ['ecf99494936e32388461fc26f0446387761243a09fd9f331cc47f22b849ae814', 889],
      ['4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1', 32],
      ['ebf4deebcf5790f5e6f49d897e2165053cdc7c9d8a5fb8c3540092e538caed35', 32960902],
      ['2094ea7532ff7725d87882e558e0e7a24ae866514c58b877d796c639fa8e508d', 29955291],
      ['045109643db4f6c927b0f7f1a8c95298e5f8fc83bbf732828dc66f955fe86cc3', 315],
      ['e355f499f41205f190ff1b14fbca326d208045fc8437a1ca0e54e4fb6922cee5', 394],
      ['f985b85e8e029ab9f0b346e50c576f2032d515410f5736a0b54f99a84106e042', 18792],
      ['3b9b8787059527090d029cee35deb11ded6bca43e10eb231af7f69faa9b58054', 35383504],
      ['06ea3768eeab00f899583ee02120f74b8ca27dd4e985ff5af34d93a74147fd73', 2442],
      ['40f07d74952e6b3af7db1fdf1c2da7a2b86b330241c633a8e1f639ec079c677b', 1766],
      ['1d90a86c04ed16ac0e08f5aa0253d6d2770e174fd919a4030c3d830dedd7ef06', 197],
    ] as [string, number][]
  ).map(([hex, size]): [string, number] => [sha(hex), size]),
  config: {
    Env: [
      DEFAULT_PATH,
      `PHPIZE_DEPS=${PHPIZE_DEPS}`,
      'PHP_INI_DIR=/usr/local/etc/php',
      'APACHE_CONFDIR=/etc/apache2',
      'APACHE_ENVVARS=/etc/apache2/envvars',
      `PHP_CFLAGS=${PHP_FLAGS}`,
      `PHP_CPPFLAGS=${PHP_FLAGS}`,
      'PHP_LDFLAGS=-Wl,-O1 -pie',
      'GPG_KEYS=1198C0117593497A5EC5C199286AF1F9897469DC C28D937575603EB4ABB725861C0779DC5C0A9DE4 AFD8691FDAEDF03BDF6E460563F15A9B715376CA',
      'PHP_VERSION=8.3.33',
      'PHP_URL=https://www.php.net/distributions/php-8.3.33.tar.xz',
      'PHP_ASC_URL=https://www.php.net/distributions/php-8.3.33.tar.xz.asc',
      'PHP_SHA256=e293ed620cec74651bb4a071317892a478aa6840fab22db45c72d77cd42f9676',
    ],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['apache2-foreground'],
    WorkingDir: '/var/www/html',
    Volumes: { '/var/www/html': {} },
    ExposedPorts: { '80/tcp': {} },
    StopSignal: 'SIGWINCH',
  },
  userland: 'debian',
  distro: 'debian-13-slim',
  app: 'wordpress',
  packageManager: 'apt-get',
};

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
  {
    // nginx 1.31.3 (mainline) on trixie-slim. 161.33 MB (local).
    repository: 'nginx',
    tag: 'latest',
    id: sha('4e5db4761e0ff445f7fd29aad680ad28e8abf7d204895557f145d65535abcc1c'),
    digest: sha('5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942'),
    created: '2026-07-15T23:30:55.953154252Z',
    size: 161.33 * MB,
    layers: [
      [sha('062e450697faa5f02a3a74eba9864ee4d79bc9cfbd65769fc6cdff2c05c6a053'), 29780905],
      [sha('82454cdbf456a77f9ff1bb88b121c2a739e38c30ea689c135c7cca6249eabe4e'), 33325076],
      [sha('3c7ab7949321f47c96fc0918f9f72e8f51bd452cdef1e0dad9599880317380b9'), 626],
      [sha('cacfcdd01f309c65d69372716e799ea741065ac1b1e60880b3a6981ae105cb55'), 955],
      [sha('b6698f04e005497a7f495c0719358d43890cb3997ad7b4ab0b06748247c574a3'), 403],
      [sha('2bedaf25031a24fb70b9dc2d56cb17139186d1ae5fd2054ecbd0dfe1a69585ba'), 1210],
      [sha('d26f27cc8c41e321394cb3c9a80915d90d5f1f1d3cbbbcda3be00f13c53b041e'), 1397],
    ],
    config: {
      Env: [
        DEFAULT_PATH,
        'NGINX_VERSION=1.31.3',
        'NJS_VERSION=1.0.0',
        'NJS_RELEASE=1~trixie',
        'ACME_VERSION=0.4.1',
        'PKG_RELEASE=1~trixie',
        'DYNPKG_RELEASE=1~trixie',
      ],
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      ExposedPorts: { '80/tcp': {} },
      Labels: NGINX_LABELS,
      StopSignal: 'SIGQUIT',
    },
    userland: 'debian',
    distro: 'debian-13-slim',
    app: 'nginx',
    packageManager: 'apt-get',
  },
  {
    // nginx 1.31.6 on alpine 3.24.2, with the njs/acme/xslt/geoip/image-filter modules and curl. ~63 MB (~).
    repository: 'nginx',
    tag: 'alpine',
    id: sha('3dd08163706a20b20622f310ec10258cc96e9007ab357f7201955bc880ac17f4'),
    digest: sha('df221db836e1754089190208cee7eeda94f233197056426eda74a43ab1abeac2'),
    created: '2026-09-22T22:10:17Z',
    size: 63.1 * MB,
    layers: [
      [sha('e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5'), 3849738],
      [sha('d9aae54b58315e84b9c3ac5f00bad6610e0e28ad9ff28fcde694647e0be13131'), 1931156],
      [sha('6c53d0b2a666ed8f8fad8d9982e30cf24eb085036c17b27591665ca25e1ba40c'), 629],
      [sha('745dfb2690dd8627e1593941caccc756f14943df7930a478beb4e808c5695cb9'), 965],
      [sha('9a9a644fdd6a3681d43dace44c8cfef374cfd7b24f433113379ea483692498a8'), 404],
      [sha('64c8194480fee2c03e01cc561cf5542733627d2c7de493a028139677025f975c'), 1210],
      [sha('e76228b47809e8a4bd37a6ba52a04d282d8c72ddf0ff9e8b83fd6318631abd52'), 1400],
      [sha('e72112c14215406dc7f23ef8e5cfdfddeb8662176167382ad64ec86f52b7a88e'), 20525064],
    ],
    config: {
      Env: [
        DEFAULT_PATH,
        'NGINX_VERSION=1.31.6',
        'PKG_RELEASE=1',
        'DYNPKG_RELEASE=1',
        'NJS_VERSION=1.0.1',
        'NJS_RELEASE=1',
        'ACME_VERSION=0.4.1',
      ],
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      ExposedPorts: { '80/tcp': {} },
      Labels: NGINX_LABELS,
      StopSignal: 'SIGQUIT',
    },
    userland: 'alpine',
    distro: 'alpine-3.24',
    app: 'nginx-alpine',
    packageManager: 'apk',
  },
  {
    // Apache httpd 2.4.68 built from source on trixie-slim. 116.84 MB (local, 2026-08-25 build).
    repository: 'httpd',
    tag: 'latest',
    id: sha('92605b8e63296cc3f7f0a421d627b570a4278458b24b956de7de3bb282e24349'),
    digest: sha('454942557d44332cd7e4ae415e7ec9b4dbbf01b4a042491f423fcaf10a32ce9f'),
    created: '2026-09-19T00:20:50Z',
    size: 116.84 * MB,
    layers: [
      TRIXIE_SLIM_0918,
      [sha('6db0cf540580aa8f0b3a277f0a3be3a69e25eed5d29d42fb70945a96435077be'), 145],
      EMPTY_LAYER,
      [sha('2f4636dca22684179caab4ba0e071a0171aef880645944cc045ec9491c2f4451'), 2008639],
      [sha('1320c4426edffd04bccd36632e7ae850afbcd5197edb8c82bfa336e147dbd435'), 13453247],
      [sha('7a3bdd751d957324fe93e08b540c88e6d1f69f221b6740aa55d7aa80e61fb9fa'), 292],
    ],
    config: {
      Env: [
        'PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'HTTPD_PREFIX=/usr/local/apache2',
        'HTTPD_VERSION=2.4.68',
        'HTTPD_SHA256=68c74d4df38c26bed4dfbdb8f3baf1eb532f3872357becc1bba5d136f6b63c06',
        'HTTPD_PATCHES=',
      ],
      Cmd: ['httpd-foreground'],
      WorkingDir: '/usr/local/apache2',
      ExposedPorts: { '80/tcp': {} },
      StopSignal: 'SIGWINCH',
    },
    userland: 'debian',
    distro: 'debian-13-slim',
    app: 'httpd',
    packageManager: 'apt-get',
  },
  {
    // mysql:latest = the "innovation" series, 26.7.0, on oraclelinux:9-slim (microdnf, no apt). 945.14 MB (local).
    repository: 'mysql',
    tag: 'latest',
    id: sha('21ed0f5cc49429e295ee53a1c19e9726067987d14b4b29d6cd35599ad066c4eb'),
    digest: sha('45abdd9b4144660b5c93a5b7d0ebb21e024f0ba9851ecb4ab43bf83c6bf83592'),
    created: '2026-09-12T00:10:58.054657252Z',
    size: 945.14 * MB,
    layers: [
      [sha('13c85306055eb6ecca743420c9a29fec0936e01bea1df866947ecc554f9b7235'), 47931319],
      [sha('1efac44fb10451bb6c48afdee56aceb0234a31d09f9abff40b8a45d353e9f4eb'), 885],
      [sha('2f1d011bdd777410d8f289763994559a9be153f5771ebc32de2675a37147dfaf'), 783541],
      [sha('d61b3579fc6ca050cd58791db7a9ccb99553a828bf58f458693b95b22bfe699c'), 6193394],
      [sha('f5703b6421969ea9aff5cd6360efecae6e51b136dfa07a82656251d48e31b622'), 2605],
      [sha('24899866011650b17a308d6dbb0dec68226c20699b2a73c9fd4deb4444dd8b28'), 339],
      [sha('13707ba668372c347e859a0c18a470add82d4189cc26e7ed927f0c018e9ac25e'), 57457519],
      [sha('7c4ffcc46f7cdd865fd1da77be7e5e1ae404849c15875ca684e75d8e2d33b9c8'), 324],
      [sha('ee778d752aff96f367302483b39dcb42e27f91127326d1092469b3cc347b99bf'), 159975330],
      [sha('a869fc9d82872e499c0486dc9183f2bba06dc62f4256a28386987a67a0dbcede'), 5223],
    ],
    config: {
      Env: [
        DEFAULT_PATH,
        'GOSU_VERSION=1.19',
        'MYSQL_MAJOR=innovation',
        'MYSQL_VERSION=26.7.0-1.el9',
        'MYSQL_SHELL_VERSION=26.7.0-1.el9',
      ],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['mysqld'],
      Volumes: { '/var/lib/mysql': {} },
      ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} },
    },
    userland: 'debian', // really Oracle Linux: bash + GNU coreutils; see catalog.ts distroOf()
    distro: 'oraclelinux-9',
    app: 'mysql',
    packageManager: 'microdnf',
  },
  {
    // mysql:5.7 is end-of-life; this is the repo-info snapshot of 2023-01 (5.7.41 on oraclelinux:7-slim,
    // yum). ~455 MB on disk (~).
    repository: 'mysql',
    tag: '5.7',
    id: sha('e982339a20a53052bd5f2b2e8438b3c95c91013f653ee781a67934cd1f9f9631'),
    digest: sha('f04fc2e2f01e65d6e2828b4cce2c4761d9258aee71d989e273b2ae309f44a945'),
    created: '2023-01-17T21:08:43Z',
    size: 455 * MB,
    layers: [
      [sha('d26998a7c52d2b84e7927f97651d1d703a805c8e4d3f658a03138721f5a5dd44'), 49818482],
      [sha('4a9d8a3567e30df99576e0a4dbca773af581230fee203891610e6ccbdaa823d2'), 871],
      [sha('bfee1f0f349e08af59ed77c7d56ede70f0c5739daa2477ef54a4ee457f5e3e47'), 930227],
      [sha('71ff8dfb9b12b027c35d779fe4f06a9b3d0d26efed52153324cfa2f409423b0d'), 4539026],
      [sha('bf56cbebc916d35659623816867a456610961f77db6d9753e738c5564651dfa0'), 2658],
      [sha('9a7bdfff0f5b940a8450ad5ef0f25d73f40cc8cc13627bda09a9586e81b74502'), 336],
      [sha('b7677d20b791d5ee29bf70cce20582fa06c3634201945e98b8501f20a5f9f0da'), 25532144],
      [sha('b4bcfc1167c2472c268123c91440454fe1d68088dce3be90dae9b1fdf1080640'), 320],
      [sha('03f1c0b71b700b5f8b16e6ac83e1bb437b60e10229f74fbc58518cc4c621cf61'), 48449762],
      [sha('61aa2e026ac3ff90ad7fe835692787abbda5ed6bd469edfa416b1c42f331f78f'), 5393],
      [sha('3b784fa66c50879ee479e3153e735b274ebd3be28d34000d375ef2462f668446'), 121],
    ],
    config: {
      Env: [
        DEFAULT_PATH,
        'GOSU_VERSION=1.14',
        'MYSQL_MAJOR=5.7',
        'MYSQL_VERSION=5.7.41-1.el7',
        'MYSQL_SHELL_VERSION=8.0.32-1.el7',
      ],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['mysqld'],
      Volumes: { '/var/lib/mysql': {} },
      ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} },
    },
    userland: 'debian',
    distro: 'oraclelinux-7',
    app: 'mysql-5.7',
    packageManager: 'yum',
  },
  {
    // PostgreSQL 18.6 on trixie-slim. Since 18 the image's VOLUME is /var/lib/postgresql and PGDATA is
    // /var/lib/postgresql/18/docker (no longer /var/lib/postgresql/data). 456.26 MB (local, 18.4 build).
    repository: 'postgres',
    tag: 'latest',
    id: sha('662db3da228c2ea2649b3ae04db4b4479e85fea5979f6a917a7f6d5cb1e7ec39'),
    digest: sha('86c951e05bf56c93d95d397747fb8820ac76cc3bedb78f43abd83eedbe3666ae'),
    created: '2026-09-19T00:36:15Z',
    size: 456.26 * MB,
    layers: [
      TRIXIE_SLIM_0918,
      [sha('646f8088ba62f8210d5051c82da5008ed30cbc6430ea14a639097d3198c64801'), 1167],
      [sha('61c7e2f79e69a785e9b1b3109f7fdc478b95172987dc6e13a686aca284464743'), 6443022],
      [sha('4640014a8e8825dcbd114cad5aac7caafdac3ea2c7b83f5fbdf5397b1dbf9bd0'), 1256766],
      [sha('21e9cf2c46c2075ac039510aa6db6ce7f3489b29aff2ed50c9690e82b9a5d747'), 8203833],
      [sha('7ee6b8b2d25988a317c9443c18cc92ed31e7b44a6d17d684ce73da16256ecda4'), 1311722],
      [sha('580a6c126420b6325dd7753fe724f13d695891062014559c6d248d35ce998b9a'), 116],
      [sha('41837be3e54de999ce003863e6dd8e3277ef73edbf81552c8ff04bc3f2a9a44e'), 3138],
      [sha('bba753ffc208568fc94d34ee3ce93b8631b8651412d8dcc3839cf9724561f2c8'), 115397538],
      [sha('0e422c951642266793140d4d7a55962d74906cf8785c7eb0c518d26ca1b7c5bf'), 19418],
      [sha('dc5a76842a4c902d152f70802f0e46f23e4315b78d2397d9b64ab226e7f3d341'), 128],
      [sha('5696a7190adff79a2d3b424975302cd8c201057256a6842eef7045331e07d277'), 6108],
      [sha('3b0757c8de7f6e37bf2af30ccfcdaa8a2cf0a9a21e9b9ae56144ac84b00e0574'), 186],
    ],
    config: {
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/18/bin',
        'GOSU_VERSION=1.19',
        'LANG=en_US.utf8',
        'PG_MAJOR=18',
        'PG_VERSION=18.6-1.pgdg13+2',
        'PGDATA=/var/lib/postgresql/18/docker',
      ],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['postgres'],
      Volumes: { '/var/lib/postgresql': {} },
      ExposedPorts: { '5432/tcp': {} },
      StopSignal: 'SIGINT',
    },
    userland: 'debian',
    distro: 'debian-13-slim',
    app: 'postgres',
    packageManager: 'apt-get',
  },
  {
    // PostgreSQL 17.11, same build day as postgres:latest: still the classic VOLUME /var/lib/postgresql/data
    // and PGDATA=/var/lib/postgresql/data that most tutorials show. ~453 MB on disk (~).
    repository: 'postgres',
    tag: '17',
    id: sha('212aeeeb8faaef6c46498d86cbec6b9344d8d9492996b174664ff82c562ab685'),
    digest: sha('f4c66b820c6f974249089d3d16d86a3698eae11e8746eb6644b2271031e91232'),
    created: '2026-09-19T00:36:29Z',
    size: 453.1 * MB,
    layers: [
      TRIXIE_SLIM_0918,
      [sha('0725a8be915e7a30dc86bf6ea1a0f4cf86baab80e2cb64cd6e44c7ddf339d33f'), 1168],
      [sha('71f55f60a7865a4db54008e869fe30a31d9f4892dc9b263f7f8937b7ac2a4cfe'), 6443011],
      [sha('564dc3c4a6f9318ee29e1d8114629f671bb0f1f2f542752c9c6b68cfd078328c'), 1256748],
      [sha('752819419f5083c3e506de779021ccd8665bb34bf7845ff1653157fc6b7f0fef'), 8203817],
      [sha('8b51b92450517e64a2cf0917ae35f036e27a914dfa105c3fa287047b4f05ed37'), 1311669],
      [sha('498b9ff7d682c138421c7942f0cda63ab65e76974d8d802a0713fa46620edc20'), 116],
      [sha('755a851127eb2f3b84bca22392c3c49ce860f935433ccd87f53d614707f094cb'), 3140],
      [sha('bbe7b3469b205f9cc7335abb718cec1d92950322cdecf71b36948a24cba8eab3'), 114255852],
      [sha('73872941ba23adaea51292ee374cc100cebab858efd6334b0f049675514be537'), 10451],
      [sha('2f9b6cf2e417d1ebca90c92e2cdc069d01b0c71ded6ce877927eb38c9caaf86a'), 128],
      [sha('3feaebf93d15276bf6dd618d21f53f829b29119ddc6dee15736952bed7f47e97'), 167],
      [sha('50e228e2fe6d3720a722993a7dd9e2e433febf2c987606ffc2c9ee3c57ff0fca'), 6104],
      [sha('bed9376b51dc85386fab78123b01d461daad0f726d49887cf105258c0743b09d'), 185],
    ],
    config: {
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin',
        'GOSU_VERSION=1.19',
        'LANG=en_US.utf8',
        'PG_MAJOR=17',
        'PG_VERSION=17.11-1.pgdg13+2',
        'PGDATA=/var/lib/postgresql/data',
      ],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['postgres'],
      Volumes: { '/var/lib/postgresql/data': {} },
      ExposedPorts: { '5432/tcp': {} },
      StopSignal: 'SIGINT',
    },
    userland: 'debian',
    distro: 'debian-13-slim',
    app: 'postgres-17',
    packageManager: 'apt-get',
  },
  {
    // Redis 8.10.1 (with modules) on trixie-slim. The Redis 8 Dockerfile (redis/docker-library-redis) has
    // WORKDIR /data but no VOLUME any more. 142.6 MB (local, 8.8.0 build).
    repository: 'redis',
    tag: 'latest',
    id: sha('7e3b4d0d1a5d419fdb4a1fef04cb4033b04210c2f7383d596335265b8ff0b31d'),
    digest: sha('8a1efc5f479551822b47424ccae982026b633f28818eab0387348120a61e10e2'),
    created: '2026-09-19T00:43:15Z',
    size: 142.6 * MB,
    layers: [
      TRIXIE_SLIM_0918,
      [sha('cd2a24b5fb25c4844b2cdaa383d07858aba6053eaec806bd84cf3da1256272bc'), 1101],
      [sha('090bdb3db9ca070adacf9281d8aa8dd33aa2a615502350c6e4d62d3e581acf01'), 824],
      [sha('916bd9c149a39d26450a2da3d7cebc6d61eb639a195458fa0047ccb638d12ffe'), 25639861],
      [sha('325b1e560d63ad49c2f0e5c9b2430e83db7d567ecd837da4c5dff2952f8fccf0'), 97],
      EMPTY_LAYER,
      [sha('a7abbb3aa6cf2c19ce7974aba5bcf32d2c35e43753b5b450304b85a5cea0ae93'), 2109],
    ],
    config: {
      Env: [DEFAULT_PATH, 'REDIS_VERSION=8.10.1'],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['redis-server'],
      WorkingDir: '/data',
      ExposedPorts: { '6379/tcp': {} },
    },
    userland: 'debian',
    distro: 'debian-13-slim',
    app: 'redis',
    packageManager: 'apt-get',
  },
  {
    // Redis 7.4.11 on bookworm-slim: the last series whose Dockerfile still declares VOLUME /data. ~117 MB (~).
    repository: 'redis',
    tag: '7.4',
    id: sha('64035c2c9726d90bea2a217d43da49d7a3f13dde8647c1f409059e02e0e61287'),
    digest: sha('c6eabf748fc7a61dbb5a705c78bcf3d6377b1127a97d0ce965c11c44ba46896f'),
    created: '2026-09-19T00:38:19Z',
    size: 117.4 * MB,
    layers: [
      [sha('774043ccc8ccd0d0833a9ee0792142ab7ad93df971e59dd248fbf82db16d0150'), 28238443],
      [sha('428e012d30af8cc9965c3b138b9b75021d2a8ec2219488e0b65a2164ed164965'), 1101],
      [sha('630e622f045e046a8807223150da305fecf8e3e217acb6812c43ae66c4c27f91'), 874],
      [sha('a65475d5aa6fff0898b40c0487bcd079cdc5bd874d3b8fcb260c4faa4b1d44da'), 15352934],
      [sha('855021fb466748cd59a74e975a09be77550ceca16872d2badee5d8617fa365ac'), 96],
      EMPTY_LAYER,
      [sha('4b22123709300e0e1a1f0f1423f309f67603c28e81ccfd39726274df8ac449b0'), 597],
    ],
    config: {
      Env: [DEFAULT_PATH, 'REDIS_VERSION=7.4.11'],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['redis-server'],
      Volumes: { '/data': {} },
      WorkingDir: '/data',
      ExposedPorts: { '6379/tcp': {} },
    },
    userland: 'debian',
    distro: 'debian-12-slim',
    app: 'redis-7.4',
    packageManager: 'apt-get',
  },
  WORDPRESS,
  {
    // Node.js 26.5.0 on buildpack-deps:trixie (no yarn, no corepack in Node 26). ~1.15 GB on disk (~).
    repository: 'node',
    tag: 'latest',
    id: sha('2f49a06759a843e2cadcadc1b61d5ffe525645904c1c59fb0e4c5e44eb4e74ad'),
    digest: sha('926d6cafec97f338577041890465522f70fe74aa6fe4b021a4fd7f87a5996b25'),
    created: '2026-07-08T16:56:14Z',
    size: 1150 * MB,
    layers: [
      [sha('aa3e9ef32f73c30e8b065800ee66429992d3bfea6a1fb8224afdd878ab5b994f'), 49317255],
      [sha('3f59c84a786323367a79d4959142649bb24b16c989bbaae7f273550b47325959'), 25634938],
      [sha('30d0db852850114cc79598cc8ab1ec19da54691d9e3267288bb3458d7488f125'), 67778134],
      [sha('0252e6abaf0ff12562710faa97dc617e372a424bf144947f39dcb38700423e9f'), 236248824],
      [sha('03cd38be8291394d00f89eb68fb7e79c6ae30c0815711f4babf16d2d5cc19e79'), 3329],
      [sha('1a5230edbb6b3b636a2f1dc144243fe4dee9fa40394c3bc7bb116dd7378b6cf0'), 63411295],
      [sha('b3b166f5d4b281b22268295ba63bec484411828341c60682f37dccceb9d18f6c'), 446],
    ],
    config: { Env: [DEFAULT_PATH, 'NODE_VERSION=26.5.0'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] },
    userland: 'debian',
    distro: 'debian-13',
    app: 'node',
    packageManager: 'apt-get',
  },
  {
    // CPython 3.14.7 on buildpack-deps:trixie (no GPG_KEY/LANG since 3.14). ~1.12 GB on disk (~).
    repository: 'python',
    tag: 'latest',
    id: sha('691aea61c5aab0beca3e65c93e8cd94ce2c1beaf1ad83ffb545fbfc40cd34566'),
    digest: sha('e06cc1111ed84189e91866447f562b89faadbfbbb9937cd67e6bf4172cdb45df'),
    created: '2026-08-25T03:39:18Z',
    size: 1120 * MB,
    layers: [
      [sha('27ee9a8250487842a26b1ffa1215982ba9ae27010bce1997d52f9f8628578d17'), 49337828],
      [sha('00f78834a2fef03250be89a7741ff39d0e6bbd860298ea129a84ce5eadda1f6d'), 25639590],
      [sha('cbc19164244e861d91ebd80a17e2c78c5be43a8059a32ab6fc459a92002b22f2'), 67800074],
      [sha('44fed46b68cf907ddf6afb6bc4211842f016a0876b02fc27912582de4c2fed3b'), 236338551],
      [sha('e57589e7378368377a3c875b7eeb0e7979e2b40eb699302b53a84bb278a61cf4'), 6092327],
      [sha('7d973fba4a671df7ebaab6a756d0e633185b219e93138961e5871734dd105c49'), 29758423],
      [sha('3d3e89965547acc2b4813c775fcd12fb4989178f5a37f8f5fd06dc4c49d259d8'), 250],
    ],
    config: {
      Env: [
        PYTHON_PATH,
        'PYTHON_VERSION=3.14.7',
        'PYTHON_SHA256=3b48dac8fb59f62eaa67ac83c1eb12bda1b7a08406dd286e252c11a66be27f81',
      ],
      Cmd: ['python3'],
    },
    userland: 'debian',
    distro: 'debian-13',
    app: 'python',
    packageManager: 'apt-get',
  },
  {
    // CPython 3.12.14 on buildpack-deps:trixie; its first layer is debian:latest's. ~1.1 GB on disk (~).
    repository: 'python',
    tag: '3.12',
    id: sha('37ee34ed0a73271658c2a4ae71c0eff28365ed150c0e8421bbd105f13d5d22a7'),
    digest: sha('e5931cdb4a8cec0ad083277c16a39114f14123b8b6c858c8c9689b677789975c'),
    created: '2026-08-13T19:43:39Z',
    size: 1110 * MB,
    layers: [
      TRIXIE_0803,
      [sha('68b64c51cda3d04397bcf5742a29a9a1ba7adcfd18a376bacb8d114ed64cbd5a'), 25638637],
      [sha('ec935196e6a095bdd6ac865248321ea4fd33424071fe14264cd33900f8ae6212'), 67797999],
      [sha('d74736caedd40737be802d27bfe1d5d0e10377ddb1c7b4103391e0bbff5152e0'), 236319920],
      [sha('1e94118fbd5f4b7d107a700bbb3bf7165e3f9606e94f4ec70a4486af773641e0'), 6100758],
      [sha('27fa823e08a1688873a6b520c8c3b1ed1c11cfb7dde5f2fc185b2ff549505d0f'), 25738585],
      [sha('72a07b5b316d7734f3e7913c7621fec420f7ed6775cda93216d1b18693240342'), 246],
    ],
    config: {
      Env: [
        PYTHON_PATH,
        'LANG=C.UTF-8',
        'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
        'PYTHON_VERSION=3.12.14',
        'PYTHON_SHA256=5c8462af5790baf43a321a1559dbe0db06d1be4300fb85fb53c40060668e548a',
      ],
      Cmd: ['python3'],
    },
    userland: 'debian',
    distro: 'debian-13',
    app: 'python-3.12',
    packageManager: 'apt-get',
  },
];
