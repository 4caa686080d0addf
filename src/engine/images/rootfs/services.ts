/**
 * The database and language images on top of their bases: mysql (Oracle
 * Linux), postgres, redis, node, python. Data directories are empty in the
 * images (the entrypoints initialise them at first start).
 */
import type { AppKey } from '../catalog-images.ts';
import { TreeBuilder, scriptMarker } from './builder.ts';
import type { ProgramPlacement } from './web.ts';
import { addUser } from './web.ts';

const PG_BIN = ['postgres', 'initdb', 'pg_ctl', 'pg_controldata', 'pg_resetwal', 'pg_upgrade', 'pg_checksums', 'pg_rewind'];
const PG_CLIENT = ['psql', 'pg_dump', 'pg_dumpall', 'pg_restore', 'pg_isready', 'pg_basebackup', 'createdb', 'dropdb',
  'createuser', 'dropuser', 'vacuumdb', 'reindexdb', 'clusterdb', 'pg_lsclusters', 'pg_ctlcluster', 'pg_createcluster',
  'pg_dropcluster', 'pg_config'];
const MYSQL_BIN = ['mysql', 'mysqladmin', 'mysqldump', 'mysqlcheck', 'mysqlimport', 'mysqlshow', 'mysqlbinlog',
  'mysql_tzinfo_to_sql', 'mysql_config_editor', 'my_print_defaults', 'mysqlsh'];
const REDIS_BIN = ['redis-server', 'redis-cli', 'redis-benchmark', 'redis-check-aof', 'redis-check-rdb', 'redis-sentinel'];

export const SERVICE_PROGRAMS: Partial<Record<AppKey, ProgramPlacement[]>> = {
  mysql: [
    ['/usr/sbin', ['mysqld']],
    ['/usr/bin', MYSQL_BIN],
    ['/usr/local/bin', ['docker-entrypoint.sh', 'gosu']],
  ],
  'mysql-5.7': [
    ['/usr/sbin', ['mysqld']],
    ['/usr/bin', [...MYSQL_BIN, 'mysql_upgrade', 'mysqlpump']],
    ['/usr/local/bin', ['docker-entrypoint.sh', 'gosu']],
  ],
  postgres: [
    ['/usr/lib/postgresql/18/bin', PG_BIN],
    ['/usr/bin', [...PG_CLIENT, 'less', 'gpg', 'gpgv', 'xz', 'unxz', 'xzcat', 'zstd', 'unzstd', 'zstdcat']],
    ['/usr/sbin', ['locale-gen']],
    ['/usr/local/bin', ['docker-entrypoint.sh', 'docker-ensure-initdb.sh', 'docker-enforce-initdb.sh', 'gosu']],
  ],
  'postgres-17': [
    ['/usr/lib/postgresql/17/bin', PG_BIN],
    ['/usr/bin', [...PG_CLIENT, 'less', 'gpg', 'gpgv', 'xz', 'unxz', 'xzcat', 'zstd', 'unzstd', 'zstdcat']],
    ['/usr/sbin', ['locale-gen']],
    ['/usr/local/bin', ['docker-entrypoint.sh', 'docker-ensure-initdb.sh', 'docker-enforce-initdb.sh', 'gosu']],
  ],
  redis: [['/usr/local/bin', [...REDIS_BIN, 'docker-entrypoint.sh']]],
  'redis-7.4': [['/usr/local/bin', [...REDIS_BIN, 'docker-entrypoint.sh']]],
  node: [['/usr/local/bin', ['node', 'nodejs', 'npm', 'npx', 'docker-entrypoint.sh']]],
  python: [
    ['/usr/local/bin', ['python', 'python3', 'python3.14', 'pip', 'pip3', 'pip3.14', 'pydoc', 'pydoc3', 'pydoc3.14',
      'idle', 'idle3', 'idle3.14', 'python-config', 'python3-config', 'python3.14-config']],
  ],
  'python-3.12': [
    ['/usr/local/bin', ['python', 'python3', 'python3.12', 'pip', 'pip3', 'pip3.12', 'pydoc', 'pydoc3', 'pydoc3.12',
      'idle', 'idle3', 'idle3.12', 'python-config', 'python3-config', 'python3.12-config']],
  ],
};

/**
 * /etc/my.cnf of the Oracle Linux images: the mysql-community-server-minimal
 * package's file as the Dockerfile edits it (socket moved, [client] section
 * and the includedir appended). The comment block is the package's.
 */
function myCnf(majorDocs: string, legacy: boolean): string {
  const hostCache = legacy
    ? 'skip-host-cache\n# Disabling symbolic-links is recommended to prevent assorted security risks\nsymbolic-links=0\n\n#log-error=/var/log/mysqld.log'
    : 'host-cache-size=0';
  return `# For advice on how to change settings please see
# http://dev.mysql.com/doc/refman/${majorDocs}/en/server-configuration-defaults.html

[mysqld]
#
# Remove leading # and set to the amount of RAM for the most important data
# cache in MySQL. Start at 70% of total RAM for dedicated server, else 10%.
# innodb_buffer_pool_size = 128M
#
# Remove leading # to turn on a very important data integrity option: logging
# changes to the binary log between backups.
# log_bin
#
# Remove leading # to set options mainly useful for reporting servers.
# The server defaults are faster for transactions and fast SELECTs.
# Adjust sizes as needed, experiment to find the optimal values.
# join_buffer_size = 128M
# sort_buffer_size = 2M
# read_rnd_buffer_size = 2M
${hostCache}
skip-name-resolve
datadir=/var/lib/mysql
socket=/var/run/mysqld/mysqld.sock
secure-file-priv=/var/lib/mysql-files
user=mysql

pid-file=/var/run/mysqld/mysqld.pid
[client]
socket=/var/run/mysqld/mysqld.sock

!includedir /etc/mysql/conf.d/
${legacy ? '!includedir /etc/mysql/mysql.conf.d/\n' : ''}`;
}

export function buildServiceApp(b: TreeBuilder, app: AppKey): void {
  switch (app) {
    case 'mysql':
    case 'mysql-5.7': {
      b.file('/etc/my.cnf', myCnf(app === 'mysql' ? '9.7' : '5.7', app === 'mysql-5.7'));
      b.dir('/etc/mysql/conf.d');
      if (app === 'mysql-5.7') {
        b.dir('/etc/mysql/mysql.conf.d');
        b.link('/entrypoint.sh', 'usr/local/bin/docker-entrypoint.sh'); // backwards compat
      }
      b.dir('/var/lib/mysql', 0o1777); // the VOLUME: empty, the entrypoint runs mysqld --initialize
      b.dir('/var/lib/mysql-files', 0o750);
      b.dir('/var/run/mysqld', 0o1777);
      b.dir('/docker-entrypoint-initdb.d');
      b.file('/etc/yum.repos.d/mysql-community-minimal.repo', `[mysql${app === 'mysql' ? 'innovation' : '5.7'}-server-minimal]\nenabled=1\ngpgcheck=1\n`);
      b.file('/usr/local/bin/docker-entrypoint.sh', scriptMarker('docker-entrypoint.sh (mysql)'), 0o755);
      return;
    }
    case 'postgres':
    case 'postgres-17': {
      const major = app === 'postgres' ? '18' : '17';
      addUser(b, 'postgres:x:999:999::/var/lib/postgresql:/bin/bash', 'postgres:x:999:');
      // 18: the VOLUME is /var/lib/postgresql and PGDATA=/var/lib/postgresql/18/docker is made at first start;
      // 17: the Dockerfile makes PGDATA=/var/lib/postgresql/data (mode 1777) and declares it the VOLUME
      b.dir('/var/lib/postgresql', 0o1777);
      if (major === '17') b.dir('/var/lib/postgresql/data', 0o1777);
      b.dir('/var/run/postgresql', 0o3777);
      b.dir('/docker-entrypoint-initdb.d');
      b.dir('/etc/postgresql-common');
      b.file('/etc/postgresql-common/createcluster.conf', 'create_main_cluster = false\n');
      b.file('/usr/share/postgresql/postgresql.conf.sample', "# PostgreSQL configuration file (sample, simulated)\nlisten_addresses = '*'\n");
      b.link(`/usr/share/postgresql/${major}/postgresql.conf.sample`, '../postgresql.conf.sample');
      b.link('/usr/local/bin/docker-enforce-initdb.sh', 'docker-ensure-initdb.sh');
      b.file('/etc/locale.gen', 'en_US.UTF-8 UTF-8\n');
      return;
    }
    case 'redis':
    case 'redis-7.4':
      addUser(b, 'redis:x:999:999::/home/redis:/bin/sh', 'redis:x:999:');
      b.dir('/data'); // WORKDIR, owned by redis; VOLUME only up to 7.4, none in the Redis 8 images
      return;
    case 'node':
      addUser(b, 'node:x:1000:1000::/home/node:/bin/bash', 'node:x:1000:');
      b.dir('/home/node');
      b.link('/usr/local/bin/nodejs', 'node');
      b.link('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js');
      b.link('/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js');
      b.file('/usr/local/lib/node_modules/npm/bin/npm-cli.js', '#!/usr/bin/env node\n// npm (simulated)\n', 0o755);
      b.file('/usr/local/lib/node_modules/npm/bin/npx-cli.js', '#!/usr/bin/env node\n// npx (simulated)\n', 0o755);
      b.file('/usr/local/lib/node_modules/npm/package.json', '{\n  "name": "npm"\n}\n');
      return;
    case 'python':
    case 'python-3.12': {
      const v = app === 'python' ? '3.14' : '3.12';
      for (const [src, dst] of [['idle3', 'idle'], ['pip3', 'pip'], ['pydoc3', 'pydoc'], ['python3', 'python'], ['python3-config', 'python-config']]) {
        b.link(`/usr/local/bin/${dst}`, src);
      }
      b.link('/usr/local/bin/python3', `python${v}`);
      b.dir(`/usr/local/lib/python${v}/site-packages`);
      b.file(`/usr/local/lib/libpython${v}.so.1.0`, `ELF shared object (simulated: libpython${v})\n`, 0o755);
      return;
    }
    default:
      return;
  }
}
