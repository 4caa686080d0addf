import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  distroOf,
  findCatalogImage,
  findCatalogImageByDigest,
  packageManagerOf,
} from '../../../src/engine/images/catalog.ts';
import { fakeDigest, sha256Hex } from '../../../src/engine/images/catalog-hash.ts';
import type { CatalogImage } from '../../../src/engine/images/types.ts';
import { LayeredFs } from '../../../src/vfs/layered-fs.ts';
import { dirNode } from '../../../src/vfs/node.ts';

const SHA = /^sha256:[0-9a-f]{64}$/;

function image(ref: string): CatalogImage {
  const [repo, tag = 'latest'] = ref.split(':');
  const found = findCatalogImage(repo, tag);
  if (!found) throw new Error(`no ${ref} in the catalog`);
  return found;
}

function has(ref: string, program: string): boolean {
  return image(ref).programs.includes(program);
}

const REQUIRED = [
  'busybox:latest',
  'alpine:latest',
  'ubuntu:latest',
  'ubuntu:24.04',
  'ubuntu:22.04',
  'ubuntu:14.04',
  'debian:latest',
  'nginx:latest',
  'nginx:alpine',
  'httpd:latest',
  'mysql:latest',
  'mysql:5.7',
  'postgres:latest',
  'redis:latest',
  'wordpress:latest',
  'node:latest',
  'python:latest',
  'python:3.12',
  'postgres:17',
  'redis:7.4',
  'postgres:18',
  'redis:8',
];

describe('catalog metadata', () => {
  it('has every image the course uses', () => {
    for (const ref of REQUIRED) expect(image(ref), ref).toBeDefined();
  });

  it('finds images by library/ and docker.io/ names and by digest, and nothing else', () => {
    expect(findCatalogImage('library/nginx', 'latest')).toBe(image('nginx'));
    expect(findCatalogImage('docker.io/library/nginx', 'latest')).toBe(image('nginx'));
    expect(findCatalogImage('nginx', 'nope')).toBeUndefined();
    expect(findCatalogImage('notanimage', 'latest')).toBeUndefined();
    expect(findCatalogImageByDigest('nginx', image('nginx').digest)).toBe(image('nginx'));
  });

  it('gives every image a well-formed, unique id and digest and real-looking layers', () => {
    const ids = new Set<string>();
    const refs = new Set<string>();
    for (const img of CATALOG) {
      const ref = `${img.repository}:${img.tag}`;
      expect(img.id, ref).toMatch(SHA);
      expect(img.digest, ref).toMatch(SHA);
      expect(img.id).not.toBe(img.digest);
      // two tags of one build (postgres:latest and postgres:17) share the id; nothing else does
      const twin = CATALOG.find((o) => o !== img && o.id === img.id);
      if (twin) expect(twin.repository === img.repository && twin.digest === img.digest, ref).toBe(true);
      else expect(ids.has(img.id), ref).toBe(false);
      expect(refs.has(ref), ref).toBe(false);
      ids.add(img.id);
      refs.add(ref);
      expect(img.layers.length, ref).toBeGreaterThan(0);
      for (const layer of img.layers) {
        expect(layer.digest, ref).toMatch(SHA);
        expect(layer.size, ref).toBeGreaterThan(0);
      }
      const compressed = img.layers.reduce((n, l) => n + l.size, 0);
      expect(compressed, ref).toBeLessThan(img.size);
      expect(Number.isNaN(Date.parse(img.created)), ref).toBe(false);
      expect(img.created, ref).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    }
  });

  it('has the real layer counts and sizes', () => {
    expect(image('nginx').layers).toHaveLength(7);
    expect(image('ubuntu:24.04').layers).toHaveLength(1);
    expect(image('busybox').layers).toHaveLength(1);
    expect(image('alpine').layers).toHaveLength(1);
    expect(image('mysql').layers).toHaveLength(10);
    expect(image('ubuntu:14.04').id).toBe('sha256:13b66b487594a1f2b75396013bc05d29d9f527852d96c5577cc4f187559875d0');
    expect(Math.round(image('ubuntu:14.04').size / 1e6)).toBe(196);
    expect(Math.round(image('nginx').size / 1e6)).toBe(161);
    expect(image('busybox').size).toBeLessThan(5e6);
    expect(image('node').size).toBeGreaterThan(1e9);
  });

  it('has consistent Env: one PATH, NAME=value entries, and the versions docker inspect shows', () => {
    for (const img of CATALOG) {
      const ref = `${img.repository}:${img.tag}`;
      const paths = img.config.Env.filter((e) => e.startsWith('PATH='));
      expect(paths, ref).toHaveLength(1);
      expect(paths[0], ref).toContain('/usr/bin');
      for (const e of img.config.Env) expect(e, ref).toMatch(/^[A-Z_][A-Z0-9_]*=/);
    }
    expect(image('nginx').config.Env).toContain('NGINX_VERSION=1.31.3');
    expect(image('nginx').config.Env).toContain('PKG_RELEASE=1~trixie');
    expect(image('nginx').config.Env).toContain('DYNPKG_RELEASE=1~trixie');
    expect(image('httpd').config.Env[0]).toBe('PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    expect(image('httpd').config.Env).toContain('HTTPD_PREFIX=/usr/local/apache2');
    expect(image('mysql').config.Env).toContain('MYSQL_MAJOR=innovation');
    expect(image('mysql:5.7').config.Env).toContain('MYSQL_MAJOR=5.7');
    expect(image('postgres:18').config.Env).toContain('PG_MAJOR=18');
    expect(image('postgres:18').config.Env).toContain('PGDATA=/var/lib/postgresql/18/docker');
    expect(image('postgres:18').config.Env).toContain('LANG=en_US.utf8');
    expect(image('redis:8').config.Env).toContain('REDIS_VERSION=8.10.1');
    expect(image('node').config.Env).toContain('NODE_VERSION=26.5.0');
    expect(image('python').config.Env).toContain('PYTHON_VERSION=3.14.7');
    expect(image('python:3.12').config.Env).toContain('GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305');
    expect(image('wordpress').config.Env).toContain('PHP_VERSION=8.3.33');
  });

  it('has the real Volumes', () => {
    expect(image('mysql').config.Volumes).toEqual({ '/var/lib/mysql': {} });
    expect(image('mysql:5.7').config.Volumes).toEqual({ '/var/lib/mysql': {} });
    // PostgreSQL 18 images moved the VOLUME up from /var/lib/postgresql/data
    expect(image('postgres:18').config.Volumes).toEqual({ '/var/lib/postgresql': {} });
    // Redis 8 images (redis/docker-library-redis) dropped VOLUME /data; WORKDIR is still /data
    expect(image('redis:8').config.Volumes).toBeNull();
    expect(image('redis:8').config.WorkingDir).toBe('/data');
    // the course's `latest` keeps the classic VOLUMEs, as the reference engine and the course text do
    expect(image('postgres').config.Volumes).toEqual({ '/var/lib/postgresql/data': {} });
    expect(image('redis').config.Volumes).toEqual({ '/data': {} });
    expect(image('wordpress').config.Volumes).toEqual({ '/var/www/html': {} });
    // the tags tutorials pin still have the classic volumes
    expect(image('postgres:17').config.Volumes).toEqual({ '/var/lib/postgresql/data': {} });
    expect(image('postgres:17').config.Env).toContain('PGDATA=/var/lib/postgresql/data');
    expect(image('redis:7.4').config.Volumes).toEqual({ '/data': {} });
    for (const ref of ['nginx', 'httpd', 'ubuntu', 'busybox', 'alpine', 'node', 'python']) {
      expect(image(ref).config.Volumes, ref).toBeNull();
    }
  });

  it('has the real ExposedPorts, Cmd, Entrypoint and StopSignal', () => {
    expect(image('nginx').config.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(image('httpd').config.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(image('mysql').config.ExposedPorts).toEqual({ '3306/tcp': {}, '33060/tcp': {} });
    expect(image('postgres').config.ExposedPorts).toEqual({ '5432/tcp': {} });
    expect(image('redis').config.ExposedPorts).toEqual({ '6379/tcp': {} });
    expect(image('wordpress').config.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(image('ubuntu').config.ExposedPorts).toBeUndefined();
    expect(image('nginx').config.StopSignal).toBe('SIGQUIT');
    expect(image('httpd').config.StopSignal).toBe('SIGWINCH');
    expect(image('wordpress').config.StopSignal).toBe('SIGWINCH');
    expect(image('postgres').config.StopSignal).toBe('SIGINT');
    expect(image('redis:8').config.StopSignal).toBeUndefined();
    expect(image('nginx').config.Entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(image('nginx').config.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect(image('busybox').config.Cmd).toEqual(['sh']);
    expect(image('alpine').config.Cmd).toEqual(['/bin/sh']);
    expect(image('ubuntu').config.Cmd).toEqual(['/bin/bash']);
    expect(image('debian').config.Cmd).toEqual(['bash']);
    expect(image('mysql').config.Entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(image('python').config.Entrypoint).toBeNull();
    expect(image('httpd').config.WorkingDir).toBe('/usr/local/apache2');
  });

  it('has the labels the images really carry', () => {
    expect(image('nginx').config.Labels).toEqual({ maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' });
    expect(image('ubuntu').config.Labels?.['org.opencontainers.image.version']).toBe('26.04');
    expect(image('ubuntu:24.04').config.Labels).toEqual({ 'org.opencontainers.image.version': '24.04' });
    expect(image('ubuntu:14.04').config.Labels).toBeNull();
    expect(image('redis:8').config.Labels).toBeNull();
  });

  it('orders Config keys like docker inspect', () => {
    const keys = Object.keys(image('nginx').config);
    expect(keys.slice(0, 8)).toEqual(['Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'ExposedPorts', 'Tty']);
    expect(keys.at(-1)).toBe('StopSignal');
  });
});

describe('programs and packages', () => {
  it('has ping only where the real image has it', () => {
    for (const ref of ['busybox', 'alpine', 'nginx:alpine', 'ubuntu:14.04']) expect(has(ref, 'ping'), ref).toBe(true);
    for (const ref of ['ubuntu', 'ubuntu:24.04', 'ubuntu:22.04', 'debian', 'nginx', 'httpd', 'mysql', 'mysql:5.7', 'postgres', 'redis', 'wordpress', 'node', 'python']) {
      expect(has(ref, 'ping'), ref).toBe(false);
    }
  });

  it('has curl, ps, ip and the shells where they really are', () => {
    for (const ref of ['nginx', 'nginx:alpine', 'wordpress', 'node', 'python', 'mysql']) expect(has(ref, 'curl'), ref).toBe(true);
    for (const ref of ['ubuntu', 'debian', 'httpd', 'postgres', 'redis', 'alpine', 'busybox']) expect(has(ref, 'curl'), ref).toBe(false);
    for (const ref of ['ubuntu', 'debian', 'nginx', 'httpd', 'mysql', 'redis']) expect(has(ref, 'ps'), ref).toBe(false);
    for (const ref of ['busybox', 'alpine', 'node', 'python', 'ubuntu:14.04']) expect(has(ref, 'ps'), ref).toBe(true);
    for (const ref of ['ubuntu', 'nginx', 'debian']) expect(has(ref, 'ip'), ref).toBe(false);
    expect(has('ubuntu:14.04', 'ifconfig')).toBe(true);
    expect(has('busybox', 'wget') && has('busybox', 'nslookup') && has('busybox', 'nc')).toBe(true);
    expect(has('alpine', 'apk')).toBe(true);
    expect(has('ubuntu', 'bash') && has('ubuntu', 'apt-get') && has('ubuntu', 'hostname')).toBe(true);
    expect(has('alpine', 'bash')).toBe(false);
    expect(has('mysql', 'microdnf') && !has('mysql', 'apt-get')).toBe(true);
    expect(has('node', 'git') && has('node', 'npm')).toBe(true);
  });

  it('knows what each package manager can add', () => {
    expect(image('ubuntu').packages['iputils-ping']).toContain('ping');
    expect(image('ubuntu').packages.dnsutils).toEqual(expect.arrayContaining(['nslookup', 'dig', 'host']));
    expect(image('debian').packages['net-tools']).toContain('ifconfig');
    expect(image('nginx').packages.procps).toContain('ps');
    expect(image('alpine').packages['bind-tools']).toContain('dig');
    expect(image('busybox').packages).toEqual({});
    expect(image('mysql').packages['iputils']).toContain('ping');
    expect(packageManagerOf(image('mysql'))).toBe('microdnf');
    expect(packageManagerOf(image('mysql:5.7'))).toBe('yum');
    expect(packageManagerOf(image('alpine'))).toBe('apk');
    expect(packageManagerOf(image('busybox'))).toBeNull();
    expect(distroOf(image('mysql'))).toBe('oraclelinux-9');
  });

  it('puts every listed program on the image PATH in its root tree', () => {
    for (const img of CATALOG) {
      const fs = new LayeredFs(dirNode(), img.rootfs(), () => 0);
      const path = img.config.Env.find((e) => e.startsWith('PATH='))!.slice(5).split(':');
      for (const program of img.programs) {
        const found = path.some((dir) => fs.stat(`${dir}/${program}`)?.type === 'file');
        expect(found, `${img.repository}:${img.tag} ${program}`).toBe(true);
      }
    }
  });

  it('builds each root tree once and shares it', () => {
    expect(image('nginx').rootfs()).toBe(image('nginx').rootfs());
  });
});

describe('catalog-hash', () => {
  it('is SHA-256', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'héllo wörld', 'x'.repeat(1000)]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
    expect(fakeDigest('nginx:latest')).toMatch(SHA);
    expect(fakeDigest('nginx:latest')).toBe(fakeDigest('nginx:latest'));
    expect(fakeDigest('nginx:latest')).not.toBe(fakeDigest('nginx:alpine'));
  });
});
