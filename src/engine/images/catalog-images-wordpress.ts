/**
 * The real metadata of the wordpress image (php:8.3-apache based): see
 * catalog-images.ts for the sources and conventions.
 */
import { DEFAULT_PATH, type ImageSpec, MB, sha } from './catalog-spec.ts';

const PHPIZE_DEPS = 'autoconf \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\tlibc-dev \t\tmake \t\tpkg-config \t\tre2c';
const PHP_FLAGS = '-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64';

/** WordPress 7.1 on php:8.3-apache (trixie); 24 layers. ~740 MB on disk (~). */
export const WORDPRESS: ImageSpec = {
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
