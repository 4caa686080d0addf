/**
 * The first steps of the mysql and postgres images' docker-entrypoint.sh, run
 * on the container's file system when the server starts:
 *
 * - mysql (docker-library/mysql, 9.7/docker-entrypoint.sh `_main`,
 *   `docker_setup_env`, `docker_verify_minimum_env`, `mysql_log`): the data
 *   directory counts as initialised when `$DATADIR/mysql` is a directory. If it
 *   is not and none of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD,
 *   MYSQL_RANDOM_ROOT_PASSWORD is set, `mysql_error` prints the message on
 *   stderr (after the two Notes on stdout) and the container exits 1; else
 *   `mysqld --initialize-insecure` fills the data directory.
 * - postgres (docker-library/postgres, 15/trixie/docker-entrypoint.sh, the
 *   template shared by 13-18: `docker_setup_env`, `docker_verify_minimum_env`):
 *   initialised when `$PGDATA/PG_VERSION` is non-empty. If it is not, and
 *   POSTGRES_PASSWORD is empty and POSTGRES_HOST_AUTH_METHOD is not `trust`,
 *   the message goes to stderr and the container exits 1; else initdb fills
 *   PGDATA.
 *
 * The checks run only when the image's entrypoint runs the server (`mysqld`,
 * `postgres`, or a first argument that is an option), not for `--help`.
 */
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord, LogLine } from '../../engine/state.ts';
import type { FileSystem } from '../../vfs/types.ts';

export interface EntrypointOutcome {
  /** what the entrypoint printed before the server started (or instead of it) */
  logs: LogLine[];
  /** set when the entrypoint exits instead of starting the server */
  exitCode?: number;
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

function envOf(c: ContainerRecord, key: string): string {
  const entry = [...c.Config.Env].reverse().find((e) => e.startsWith(key + '='));
  return entry === undefined ? '' : entry.slice(key.length + 1);
}

/** The arguments the entrypoint script gets, when the container's entrypoint is it; else null. */
function entrypointArgs(c: ContainerRecord): string[] | null {
  if (baseName(c.Path) !== 'docker-entrypoint.sh') return null;
  return c.Args;
}

/** Whether the script goes on to set up `server` (its `if [ "$1" = server ] && ! _want_help`). */
function runsServer(args: string[], server: string, help: string[]): boolean {
  const argv = args[0]?.startsWith('-') ? [server, ...args] : args;
  return argv[0] === server && !argv.some((a) => help.includes(a));
}

function isRoot(c: ContainerRecord): boolean {
  const user = (c.Config.User ?? '').split(':')[0];
  return user === '' || user === 'root' || user === '0';
}

/** `date --rfc-3339=seconds` in the container (UTC): 2025-10-26 09:36:17+00:00 */
function rfc3339Seconds(t: number): string {
  return `${new Date(t).toISOString().slice(0, 19).replace('T', ' ')}+00:00`;
}

function line(stream: 'stdout' | 'stderr', text: string, time: number): LogLine {
  return { stream, text: text + '\n', time };
}

/** A stable hex string from the container id, for server uuids. */
function hexFrom(id: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += id[i % id.length] ?? '0';
  return out.slice(0, length);
}

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // a read-only or odd data directory: the real server would fail later; the lab still starts it
  }
}

/** The data directory mysqld uses: `--datadir=` on the command line, else /etc/my.cnf's datadir, else /var/lib/mysql. */
function mysqlDatadir(fs: FileSystem, args: string[]): string {
  const flag = [...args].reverse().find((a) => a.startsWith('--datadir='));
  if (flag) return flag.slice('--datadir='.length).replace(/\/+$/, '') || '/';
  for (const conf of ['/etc/my.cnf', '/etc/mysql/my.cnf']) {
    if (!fs.stat(conf)) continue;
    const m = /^\s*datadir\s*=\s*(\S+)\s*$/m.exec(fs.readFile(conf));
    if (m) return m[1].replace(/\/+$/, '') || '/';
  }
  return '/var/lib/mysql';
}

/** What `mysqld --initialize-insecure` (9.x, InnoDB) leaves in the data directory, and the schema MYSQL_DATABASE asks for. */
function initializeMysql(fs: FileSystem, dir: string, c: ContainerRecord): void {
  if (!fs.stat(dir)) fs.mkdir(dir, { parents: true });
  for (const d of ['#innodb_redo', '#innodb_temp', 'mysql', 'performance_schema', 'sys']) if (!fs.stat(`${dir}/${d}`)) fs.mkdir(`${dir}/${d}`);
  fs.chmod(`${dir}/performance_schema`, 0o750);
  fs.chmod(`${dir}/sys`, 0o750);
  fs.chmod(`${dir}/mysql`, 0o750);
  const hex = hexFrom(c.Id, 32);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  fs.writeFile(`${dir}/auto.cnf`, `[auto]\nserver-uuid=${uuid}\n`);
  for (const f of ['ibdata1', 'ibtmp1', 'mysql.ibd', 'undo_001', 'undo_002', 'ib_buffer_pool', 'binlog.000001', 'binlog.000002']) fs.writeFile(`${dir}/${f}`, '');
  fs.writeFile(`${dir}/binlog.index`, './binlog.000001\n./binlog.000002\n');
  for (const f of ['ca-key.pem', 'ca.pem', 'client-cert.pem', 'client-key.pem', 'private_key.pem', 'public_key.pem', 'server-cert.pem', 'server-key.pem']) {
    fs.writeFile(`${dir}/${f}`, '');
    fs.chmod(`${dir}/${f}`, f.endsWith('key.pem') && f !== 'public_key.pem' ? 0o600 : 0o644);
  }
  const database = envOf(c, 'MYSQL_DATABASE');
  if (database && !database.includes('/') && !fs.stat(`${dir}/${database}`)) fs.mkdir(`${dir}/${database}`);
}

/** mysql's docker-entrypoint.sh up to `exec mysqld`: null when the container does not run it. */
export function mysqlEntrypoint(engine: Engine, c: ContainerRecord, startedAt: number): EntrypointOutcome | null {
  const args = entrypointArgs(c);
  if (!args || !runsServer(args, 'mysqld', ['-?', '--help', '--print-defaults', '-V', '--version'])) return null;
  const fs = engine.containerFs(c);
  const datadir = mysqlDatadir(fs, args);
  if (fs.stat(`${datadir}/mysql`)?.type === 'dir') return { logs: [] };
  const passwordSet = ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'].some((k) => envOf(c, k) !== '');
  if (!passwordSet) {
    // mysql_note "Entrypoint script for MySQL Server ${MYSQL_VERSION} started." (as root, then again as mysql after gosu)
    const when = rfc3339Seconds(startedAt);
    const started = `${when} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${envOf(c, 'MYSQL_VERSION')} started.`;
    const stdout = isRoot(c) ? [started, `${when} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`, started] : [started];
    // mysql_error <<-'EOF' ... EOF: the first line gets the prefix, the others are printed as they are
    const stderr = [
      `${when} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
      '    You need to specify one of the following as an environment variable:',
      '    - MYSQL_ROOT_PASSWORD',
      '    - MYSQL_ALLOW_EMPTY_PASSWORD',
      '    - MYSQL_RANDOM_ROOT_PASSWORD',
    ];
    return { logs: [...stdout.map((t) => line('stdout', t, startedAt)), ...stderr.map((t) => line('stderr', t, startedAt))], exitCode: 1 };
  }
  quietly(() => initializeMysql(fs, datadir, c));
  return { logs: [] };
}

/** What initdb leaves in PGDATA (a plausible subset). */
function initializePostgres(fs: FileSystem, pgdata: string, c: ContainerRecord): void {
  if (!fs.stat(pgdata)) fs.mkdir(pgdata, { parents: true });
  fs.chmod(pgdata, 0o700);
  const major = envOf(c, 'PG_MAJOR') || envOf(c, 'PG_VERSION').split('.')[0] || '17';
  for (const d of ['base', 'base/1', 'base/4', 'base/5', 'global', 'pg_commit_ts', 'pg_dynshmem', 'pg_logical', 'pg_multixact', 'pg_notify', 'pg_replslot', 'pg_serial', 'pg_snapshots', 'pg_stat', 'pg_stat_tmp', 'pg_subtrans', 'pg_tblspc', 'pg_twophase', 'pg_wal', 'pg_wal/archive_status', 'pg_xact']) {
    if (!fs.stat(`${pgdata}/${d}`)) fs.mkdir(`${pgdata}/${d}`);
    fs.chmod(`${pgdata}/${d}`, 0o700);
  }
  const files: Record<string, string> = {
    'global/pg_control': '',
    'pg_hba.conf': '# PostgreSQL Client Authentication Configuration File (simulated)\nlocal   all             all                                     trust\nhost    all             all             127.0.0.1/32            trust\nhost    all             all             ::1/128                 trust\n\nhost all all all scram-sha-256\n',
    'pg_ident.conf': '# PostgreSQL User Name Maps (simulated)\n',
    'postgresql.conf': "# PostgreSQL configuration file (simulated)\nlisten_addresses = '*'\n",
    'postgresql.auto.conf': '# Do not edit this file manually!\n# It will be overwritten by the ALTER SYSTEM command.\n',
    PG_VERSION: `${major}\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    fs.writeFile(`${pgdata}/${name}`, text);
    fs.chmod(`${pgdata}/${name}`, 0o600);
  }
}

/** postgres's docker-entrypoint.sh up to `exec postgres`: null when the container does not run it. */
export function postgresEntrypoint(engine: Engine, c: ContainerRecord, startedAt: number): EntrypointOutcome | null {
  const args = entrypointArgs(c);
  if (!args || !runsServer(args, 'postgres', ['-?', '--help', '--describe-config', '-V', '--version'])) return null;
  const fs = engine.containerFs(c);
  const pgdata = (envOf(c, 'PGDATA') || '/var/lib/postgresql/data').replace(/\/+$/, '') || '/';
  // docker_create_db_directories: mkdir -p "$PGDATA" comes before the check
  quietly(() => {
    if (!fs.stat(pgdata)) fs.mkdir(pgdata, { parents: true });
  });
  // [ -s "$PGDATA/PG_VERSION" ]
  const version = fs.stat(`${pgdata}/PG_VERSION`);
  if (version && version.type === 'file' && version.size > 0) return { logs: [] };
  if (envOf(c, 'POSTGRES_PASSWORD') === '' && envOf(c, 'POSTGRES_HOST_AUTH_METHOD') !== 'trust') {
    // cat >&2 <<-'EOE' ... EOE: `<<-` strips the leading tabs only, so the lines keep their spaces
    const stderr = [
      'Error: Database is uninitialized and superuser password is not specified.',
      '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
      '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
      '',
      '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
      '       connections without a password. This is *not* recommended.',
      '',
      '       See PostgreSQL documentation about "trust":',
      '       https://www.postgresql.org/docs/current/auth-trust.html',
    ];
    return { logs: stderr.map((t) => line('stderr', t, startedAt)), exitCode: 1 };
  }
  quietly(() => initializePostgres(fs, pgdata, c));
  return { logs: [] };
}
