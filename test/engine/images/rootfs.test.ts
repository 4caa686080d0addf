import { describe, expect, it } from 'vitest';
import { findCatalogImage } from '../../../src/engine/images/catalog.ts';
import { LayeredFs } from '../../../src/vfs/layered-fs.ts';
import { dirNode } from '../../../src/vfs/node.ts';

function fsOf(ref: string): LayeredFs {
  const [repo, tag = 'latest'] = ref.split(':');
  const image = findCatalogImage(repo, tag);
  if (!image) throw new Error(`no ${ref}`);
  return new LayeredFs(dirNode(), image.rootfs(), () => 0);
}

const DEBIAN_TOP = 'bin boot dev etc home lib lib64 media mnt opt proc root run sbin srv sys tmp usr var';

describe('root trees', () => {
  it('have the top-level directories of the real images', () => {
    for (const ref of ['debian', 'ubuntu', 'ubuntu:24.04', 'ubuntu:22.04', 'ubuntu:14.04', 'nginx']) {
      const top = fsOf(ref).readdir('/').filter((n) => !n.startsWith('docker-entrypoint'));
      expect(top.join(' '), ref).toBe(DEBIAN_TOP);
    }
    expect(fsOf('busybox').readdir('/').join(' ')).toBe('bin dev etc home lib lib64 root tmp usr var');
    expect(fsOf('alpine').readdir('/').join(' ')).toBe('bin dev etc home lib media mnt opt proc root run sbin srv sys tmp usr var');
  });

  it('merge /usr on modern Debian and Ubuntu, not on trusty', () => {
    const noble = fsOf('ubuntu:24.04');
    expect(noble.readlink('/bin')).toBe('usr/bin');
    expect(noble.readlink('/sbin')).toBe('usr/sbin');
    expect(noble.stat('/bin/bash')?.type).toBe('file');
    expect(noble.readlink('/usr/bin/sh')).toBe('dash');
    const trusty = fsOf('ubuntu:14.04');
    expect(trusty.readlink('/bin')).toBeNull();
    expect(trusty.stat('/bin/ping')?.type).toBe('file');
    expect(trusty.stat('/sbin/ifconfig')?.type).toBe('file');
    expect(fsOf('busybox').readlink('/lib64')).toBe('lib');
  });

  it('carry the distributions’ identification files', () => {
    expect(fsOf('debian').readFile('/etc/os-release')).toContain('PRETTY_NAME="Debian GNU/Linux 13 (trixie)"');
    expect(fsOf('debian').readlink('/etc/os-release')).toBe('../usr/lib/os-release');
    expect(fsOf('debian').readFile('/etc/debian_version')).toBe('13.6\n');
    expect(fsOf('nginx').readFile('/etc/os-release')).toContain('VERSION_CODENAME=trixie');
    expect(fsOf('ubuntu').readFile('/etc/os-release')).toContain('VERSION_ID="26.04"');
    expect(fsOf('ubuntu:24.04').readFile('/etc/os-release')).toContain('VERSION_CODENAME=noble');
    expect(fsOf('ubuntu:22.04').readFile('/etc/os-release')).toContain('VERSION="22.04.5 LTS (Jammy Jellyfish)"');
    expect(fsOf('ubuntu:14.04').readFile('/etc/os-release')).toContain('VERSION="14.04.6 LTS, Trusty Tahr"');
    expect(fsOf('alpine').readFile('/etc/alpine-release')).toBe('3.24.2\n');
    expect(fsOf('alpine').readFile('/etc/os-release')).toContain('ID=alpine');
    expect(fsOf('mysql').readFile('/etc/os-release')).toContain('Oracle Linux Server 9.8');
    expect(fsOf('busybox').stat('/etc/os-release')).toBeNull();
  });

  it('have the images’ users', () => {
    expect(fsOf('busybox').readFile('/etc/passwd').split('\n')[0]).toBe('root:x:0:0:root:/root:/bin/sh');
    expect(fsOf('debian').readFile('/etc/passwd')).toContain('_apt:x:42:65534::/nonexistent:/usr/sbin/nologin');
    expect(fsOf('ubuntu:24.04').readFile('/etc/passwd')).toContain('ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash');
    expect(fsOf('ubuntu:22.04').readFile('/etc/passwd')).not.toContain('ubuntu:x:1000');
    expect(fsOf('nginx').readFile('/etc/passwd')).toContain('nginx:x:101:101:nginx user:/nonexistent:/bin/false');
    expect(fsOf('postgres').readFile('/etc/passwd')).toContain('postgres:x:999:999::/var/lib/postgresql:/bin/bash');
    expect(fsOf('mysql').readFile('/etc/passwd')).toContain('mysql:x:999:999::/var/lib/mysql:/bin/bash');
  });

  it('ship nginx’s default pages and configuration', () => {
    const fs = fsOf('nginx');
    const index = fs.readFile('/usr/share/nginx/html/index.html');
    expect(index).toContain('<title>Welcome to nginx!</title>');
    expect(index).toContain('<p><em>Thank you for using nginx.</em></p>');
    expect(fs.readFile('/usr/share/nginx/html/50x.html')).toContain('<h1>An error occurred.</h1>');
    expect(fs.readFile('/etc/nginx/nginx.conf')).toContain('include /etc/nginx/conf.d/*.conf;');
    expect(fs.readFile('/etc/nginx/nginx.conf')).toContain('user  nginx;');
    const conf = fs.readFile('/etc/nginx/conf.d/default.conf');
    expect(conf).toContain('    listen       80;\n');
    expect(conf).toContain('root   /usr/share/nginx/html;');
    expect(fs.readlink('/var/log/nginx/access.log')).toBe('/dev/stdout');
    expect(fs.readdir('/docker-entrypoint.d')).toContain('20-envsubst-on-templates.sh');
    expect(fsOf('nginx:alpine').readFile('/usr/share/nginx/html/index.html')).toBe(index);
  });

  it('ship httpd’s "It works!" page', () => {
    expect(fsOf('httpd').readFile('/usr/local/apache2/htdocs/index.html')).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect(fsOf('httpd').readFile('/usr/local/apache2/conf/httpd.conf')).toContain('DocumentRoot "/usr/local/apache2/htdocs"');
  });

  it('leave the data directories empty for the entrypoints', () => {
    expect(fsOf('mysql').readdir('/var/lib/mysql')).toEqual([]);
    expect(fsOf('mysql:5.7').readdir('/var/lib/mysql')).toEqual([]);
    expect(fsOf('postgres:18').readdir('/var/lib/postgresql')).toEqual([]);
    expect(fsOf('redis:8').readdir('/data')).toEqual([]);
    expect(fsOf('redis:7.4').readdir('/data')).toEqual([]);
    expect(fsOf('postgres:17').readdir('/var/lib/postgresql')).toEqual(['data']);
    expect(fsOf('postgres:17').readdir('/var/lib/postgresql/data')).toEqual([]);
    expect(fsOf('redis:7.4').readFile('/etc/os-release')).toContain('VERSION_CODENAME=bookworm');
    // only the wp-content skeleton the Dockerfile makes; WordPress itself is in /usr/src/wordpress
    expect(fsOf('wordpress').readdir('/var/www/html')).toEqual(['wp-content']);
    expect(fsOf('wordpress').readFile('/usr/src/wordpress/.htaccess')).toContain('# BEGIN WordPress');
    expect(fsOf('mysql').stat('/var/lib/mysql')?.mode).toBe(0o1777);
  });

  it('configure mysql like the image', () => {
    const cnf = fsOf('mysql').readFile('/etc/my.cnf');
    expect(cnf).toContain('socket=/var/run/mysqld/mysqld.sock');
    expect(cnf).toContain('[client]');
    expect(cnf).toContain('!includedir /etc/mysql/conf.d/');
    expect(fsOf('mysql:5.7').readFile('/etc/my.cnf')).toContain('!includedir /etc/mysql/mysql.conf.d/');
  });

  it('have the usual modes and busybox’s hard-linked applets', () => {
    for (const ref of ['busybox', 'alpine', 'debian', 'ubuntu']) {
      expect(fsOf(ref).stat('/tmp')?.mode, ref).toBe(0o1777);
      expect(fsOf(ref).stat('/root')?.mode, ref).toBe(0o700);
    }
    const bb = fsOf('busybox');
    expect(bb.readFile('/bin/ping')).toBe(bb.readFile('/bin/busybox'));
    expect(bb.stat('/bin/ping')?.mode).toBe(0o755);
    expect(bb.readlink('/usr/bin/env')).toBe('../../bin/env');
    expect(fsOf('alpine').readlink('/bin/ping')).toBe('/bin/busybox');
    expect(fsOf('alpine').stat('/sbin/apk')?.type).toBe('file');
  });

  it('start apt with empty package lists', () => {
    expect(fsOf('ubuntu').readdir('/var/lib/apt/lists')).toEqual(['partial']);
    expect(fsOf('debian').readFile('/etc/apt/sources.list.d/debian.sources')).toContain('Suites: trixie trixie-updates');
    expect(fsOf('ubuntu:24.04').readFile('/etc/apt/sources.list.d/ubuntu.sources')).toContain('noble-security');
    expect(fsOf('ubuntu:14.04').readFile('/etc/apt/sources.list')).toContain('trusty main restricted');
  });
});
