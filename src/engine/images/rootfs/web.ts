/**
 * The web server images on top of their bases: nginx (trixie-slim and
 * alpine), httpd and wordpress. Paths, users and default content follow the
 * official Dockerfiles; binaries are markers.
 */
import type { AppKey } from '../catalog-images.ts';
import { TreeBuilder, scriptMarker } from './builder.ts';
import {
  NGINX_50X_HTML,
  NGINX_CONF,
  NGINX_DEFAULT_CONF,
  NGINX_ENTRYPOINT_D,
  NGINX_INDEX_HTML,
  NGINX_MIME_TYPES,
  NGINX_MODULES,
} from './nginx-data.ts';

export type ProgramPlacement = [dir: string, names: string[]];

export const WEB_PROGRAMS: Partial<Record<AppKey, ProgramPlacement[]>> = {
  nginx: [
    ['/usr/sbin', ['nginx', 'nginx-debug']],
    ['/usr/bin', ['curl', 'envsubst']], // curl and gettext-base are installed by the Dockerfile
  ],
  'nginx-alpine': [
    ['/usr/sbin', ['nginx', 'nginx-debug']],
    ['/usr/bin', ['curl', 'envsubst']], // the last RUN adds curl; gettext-envsubst gives envsubst
  ],
  httpd: [
    [
      '/usr/local/apache2/bin',
      ['httpd', 'apachectl', 'ab', 'htpasswd', 'htdigest', 'htdbm', 'htcacheclean', 'rotatelogs', 'logresolve',
        'httxt2dbm', 'fcgistarter', 'checkgid', 'apxs', 'dbmmanage'],
    ],
    ['/usr/local/bin', ['httpd-foreground']],
  ],
  wordpress: [
    [
      '/usr/local/bin',
      ['php', 'pecl', 'pear', 'peardev', 'phpize', 'php-config', 'docker-php-entrypoint', 'docker-php-ext-configure',
        'docker-php-ext-enable', 'docker-php-ext-install', 'docker-php-source', 'apache2-foreground',
        'docker-entrypoint.sh', 'docker-ensure-installed.sh'],
    ],
    ['/usr/sbin', ['apache2', 'apache2ctl', 'apachectl', 'a2enmod', 'a2dismod', 'a2enconf', 'a2disconf', 'a2ensite', 'a2dissite', 'a2query']],
    // php's PHPIZE_DEPS stay installed (autoconf dpkg-dev file g++ gcc libc-dev make pkg-config re2c), plus
    // curl and xz-utils, apache2-utils, and ghostscript from the wordpress Dockerfile
    [
      '/usr/bin',
      ['curl', 'xz', 'unxz', 'xzcat', 'gcc', 'g++', 'cc', 'c++', 'cpp', 'make', 'autoconf', 'autoreconf', 'file',
        'pkg-config', 're2c', 'dpkg-source', 'dpkg-buildflags', 'dpkg-architecture', 'htpasswd', 'htdigest', 'ab',
        'rotatelogs', 'logresolve', 'htcacheclean', 'gs'],
    ],
  ],
};

export function addUser(b: TreeBuilder, passwdLine: string, groupLine: string): void {
  b.appendLine('/etc/passwd', passwdLine);
  b.appendLine('/etc/group', groupLine);
}

function nginxCommon(b: TreeBuilder): void {
  b.file('/etc/nginx/nginx.conf', NGINX_CONF);
  b.file('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF);
  b.file('/etc/nginx/mime.types', NGINX_MIME_TYPES);
  for (const p of ['fastcgi_params', 'scgi_params', 'uwsgi_params']) b.file(`/etc/nginx/${p}`, `# ${p} (simulated)\n`);
  b.link('/etc/nginx/modules', '../../usr/lib/nginx/modules');
  for (const m of NGINX_MODULES) b.file(`/usr/lib/nginx/modules/${m}`, `ELF shared object (simulated: ${m})\n`);
  b.file('/usr/share/nginx/html/index.html', NGINX_INDEX_HTML);
  b.file('/usr/share/nginx/html/50x.html', NGINX_50X_HTML);
  b.dir('/var/cache/nginx');
  b.dir('/var/log/nginx');
  b.link('/var/log/nginx/access.log', '/dev/stdout');
  b.link('/var/log/nginx/error.log', '/dev/stderr');
  b.file('/docker-entrypoint.sh', scriptMarker('docker-entrypoint.sh: runs /docker-entrypoint.d/*, then exec "$@"'), 0o775);
  for (const s of NGINX_ENTRYPOINT_D) b.file(`/docker-entrypoint.d/${s}`, scriptMarker(s), 0o775);
}

const HTTPD_CONF = `# This is the main Apache HTTP server configuration file (abridged in the simulation).
ServerRoot "/usr/local/apache2"
Listen 80

LoadModule mpm_event_module modules/mod_mpm_event.so
LoadModule authz_core_module modules/mod_authz_core.so
LoadModule mime_module modules/mod_mime.so
LoadModule log_config_module modules/mod_log_config.so
LoadModule unixd_module modules/mod_unixd.so
LoadModule dir_module modules/mod_dir.so
LoadModule alias_module modules/mod_alias.so

<IfModule unixd_module>
User www-data
Group www-data
</IfModule>

ServerAdmin you@example.com

<Directory />
    AllowOverride none
    Require all denied
</Directory>

DocumentRoot "/usr/local/apache2/htdocs"
<Directory "/usr/local/apache2/htdocs">
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>

<IfModule dir_module>
    DirectoryIndex index.html
</IfModule>

ErrorLog /proc/self/fd/2
LogLevel warn

<IfModule log_config_module>
    LogFormat "%h %l %u %t \\"%r\\" %>s %b" common
    CustomLog /proc/self/fd/1 common
</IfModule>

<IfModule mime_module>
    TypesConfig conf/mime.types
</IfModule>
`;

export function buildWebApp(b: TreeBuilder, app: AppKey): void {
  switch (app) {
    case 'nginx':
      nginxCommon(b);
      addUser(b, 'nginx:x:101:101:nginx user:/nonexistent:/bin/false', 'nginx:x:101:');
      return;
    case 'nginx-alpine':
      nginxCommon(b);
      addUser(b, 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin', 'nginx:x:101:nginx');
      return;
    case 'httpd':
      b.dir('/usr/local/apache2/conf/extra');
      b.dir('/usr/local/apache2/conf/original');
      b.file('/usr/local/apache2/conf/httpd.conf', HTTPD_CONF);
      b.file('/usr/local/apache2/conf/mime.types', '# mime.types (simulated)\ntext/html\t\t\t\t\thtml htm\ntext/css\t\t\t\t\tcss\n');
      b.file('/usr/local/apache2/conf/magic', '# magic (simulated)\n');
      b.file('/usr/local/apache2/htdocs/index.html', '<html><body><h1>It works!</h1></body></html>\n');
      for (const d of ['cgi-bin', 'error', 'icons', 'include', 'logs', 'modules', 'build']) b.dir(`/usr/local/apache2/${d}`);
      b.file('/usr/local/apache2/modules/mod_mpm_event.so', 'ELF shared object (simulated: mod_mpm_event.so)\n');
      b.file('/usr/local/apache2/bin/envvars', '# envvars (simulated)\n');
      return;
    case 'wordpress':
      // /var/www/html is the VOLUME and is empty in the image except for the wp-content skeleton the
      // Dockerfile makes (mode 1777) so that a named volume gets usable permissions; the entrypoint
      // copies WordPress from /usr/src/wordpress into it on first start.
      b.dir('/var/www/html', 0o1777);
      for (const d of ['plugins', 'themes', 'cache']) b.dir(`/var/www/html/wp-content/${d}`, 0o1777);
      b.dir('/var/www/html/wp-content', 0o1777);
      b.file(
        '/usr/src/wordpress/.htaccess',
        '# BEGIN WordPress\n\nRewriteEngine On\nRewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n\n# END WordPress\n',
      );
      b.file('/usr/src/wordpress/index.php', "<?php\n/**\n * Front to the WordPress application. (simulated)\n */\ndefine( 'WP_USE_THEMES', true );\nrequire __DIR__ . '/wp-blog-header.php';\n");
      b.file('/usr/src/wordpress/wp-config-docker.php', "<?php\n// WordPress config that reads WORDPRESS_DB_* environment variables (simulated)\n");
      b.file('/usr/src/wordpress/wp-config-sample.php', '<?php\n// (simulated)\n');
      for (const d of ['wp-admin', 'wp-includes', 'wp-content/plugins', 'wp-content/themes']) b.dir(`/usr/src/wordpress/${d}`);
      b.dir('/usr/local/etc/php/conf.d');
      b.file('/usr/local/etc/php/php.ini-development', '; php.ini-development (simulated)\n');
      b.file('/usr/local/etc/php/php.ini-production', '; php.ini-production (simulated)\n');
      b.file('/usr/local/etc/php/conf.d/opcache-recommended.ini', 'opcache.memory_consumption=128\nopcache.interned_strings_buffer=8\nopcache.max_accelerated_files=4000\nopcache.revalidate_freq=2\n');
      b.file('/etc/apache2/apache2.conf', '# apache2.conf (simulated)\n');
      b.file('/etc/apache2/envvars', 'export APACHE_RUN_USER=www-data\nexport APACHE_RUN_GROUP=www-data\nexport APACHE_LOG_DIR=/var/log/apache2\n');
      b.file('/etc/apache2/conf-available/docker-php.conf', '<FilesMatch \\.php$>\n\tSetHandler application/x-httpd-php\n</FilesMatch>\n\nDirectoryIndex disabled\nDirectoryIndex index.php index.html\n\n<Directory /var/www/>\n\tOptions -Indexes\n\tAllowOverride All\n</Directory>\n');
      b.link('/etc/apache2/conf-enabled/docker-php.conf', '../conf-available/docker-php.conf');
      b.dir('/var/log/apache2', 0o1777);
      b.link('/var/log/apache2/error.log', '/dev/stderr');
      b.link('/var/log/apache2/access.log', '/dev/stdout');
      b.link('/var/log/apache2/other_vhosts_access.log', '/dev/stdout');
      return;
    default:
      return;
  }
}
