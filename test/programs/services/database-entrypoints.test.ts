/**
 * The mysql and postgres images refuse to initialise a data directory without
 * a password, as their docker-entrypoint.sh does (docker-library/mysql
 * 9.7/docker-entrypoint.sh `docker_verify_minimum_env`; docker-library/postgres
 * 15/trixie/docker-entrypoint.sh `docker_verify_minimum_env`), and fill it
 * when they start with one; an initialised volume starts without a password.
 */
import { describe, expect, it } from 'vitest';
import { createLab } from '../../../src/lab/index.ts';

const STAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00 /;

function lab() {
  return createLab({ seed: 3, images: ['mysql', 'postgres', 'busybox'] });
}

const MYSQL_STDERR = [
  '[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
  '    You need to specify one of the following as an environment variable:',
  '    - MYSQL_ROOT_PASSWORD',
  '    - MYSQL_ALLOW_EMPTY_PASSWORD',
  '    - MYSQL_RANDOM_ROOT_PASSWORD',
  '',
];

const POSTGRES_STDERR = [
  'Error: Database is uninitialized and superuser password is not specified.',
  '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
  '',
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
  '       connections without a password. This is *not* recommended.',
  '',
  '       See PostgreSQL documentation about "trust":',
  '       https://www.postgresql.org/docs/current/auth-trust.html',
  '',
].join('\n');

function unstamped(text: string): string[] {
  return text.split('\n').map((l) => l.replace(STAMP, ''));
}

describe('mysql entrypoint', () => {
  it('without a password: exits 1 with the Notes on stdout and the error on stderr, in docker run, logs and ps', async () => {
    const l = lab();
    const run = await l.exec('docker run --name db mysql');
    expect(run.exitCode).toBe(1);
    const stdout = run.stdout.split('\n');
    expect(stdout.every((s) => s === '' || STAMP.test(s))).toBe(true);
    expect(unstamped(run.stdout)).toEqual([
      '[Note] [Entrypoint]: Entrypoint script for MySQL Server 26.7.0-1.el9 started.',
      "[Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '[Note] [Entrypoint]: Entrypoint script for MySQL Server 26.7.0-1.el9 started.',
      '',
    ]);
    expect(STAMP.test(run.stderr)).toBe(true);
    expect(unstamped(run.stderr)).toEqual(MYSQL_STDERR);

    const logs = await l.exec('docker logs db');
    expect(logs).toEqual({ stdout: run.stdout, stderr: run.stderr, exitCode: 0 });
    const ps = await l.exec("docker ps -a --format '{{.Names}} {{.Status}}'");
    expect(ps.stdout).toMatch(/^db Exited \(1\) /);
    expect((await l.exec('docker inspect -f {{.State.ExitCode}} db')).stdout).toBe('1\n');
  });

  it('detached: the container has exited by the next command; docker start and restart run the check again', async () => {
    const l = lab();
    await l.exec('docker run -d --name db mysql');
    expect((await l.exec("docker ps -a --format '{{.Status}}'")).stdout).toMatch(/^Exited \(1\) /);
    expect((await l.exec('docker start -a db')).exitCode).toBe(1);
    await l.exec('docker restart db');
    expect((await l.exec("docker ps -a --format '{{.Status}}'")).stdout).toMatch(/^Exited \(1\) /);
    const logs = await l.exec('docker logs db');
    expect(logs.stderr.match(/password option is not specified/g)).toHaveLength(3);
  });

  it('with MYSQL_ROOT_PASSWORD: runs and initialises the volume; a second container on it needs no password', async () => {
    const l = lab();
    await l.exec('docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret -e MYSQL_DATABASE=shop -v dbdata:/var/lib/mysql mysql');
    expect((await l.exec("docker ps --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^db Up /);
    // ls quotes '#innodb_redo' and so indents the other names by one space
    const files = (await l.exec('ls -1 /var/lib/docker/volumes/dbdata/_data')).stdout.split('\n').map((f) => f.trim());
    expect(files).toEqual(expect.arrayContaining(['mysql', 'performance_schema', 'sys', 'ibdata1', 'auto.cnf', 'undo_001', 'shop']));
    expect((await l.exec('docker logs db')).stdout).toMatch(/ready for connections/);

    await l.exec('docker rm -f db');
    await l.exec('docker run -d --name db2 -v dbdata:/var/lib/mysql mysql');
    expect((await l.exec("docker ps --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^db2 Up /);
    const logs = await l.exec('docker logs db2');
    expect(logs.stderr).not.toMatch(/ERROR/);
    expect(logs.stdout).toMatch(/ready for connections/);
  });

  it('MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD count too; an empty value does not', async () => {
    const l = lab();
    await l.exec('docker run -d --name db1 -e MYSQL_ALLOW_EMPTY_PASSWORD=yes mysql');
    await l.exec('docker run -d --name db2 -e MYSQL_RANDOM_ROOT_PASSWORD=1 mysql');
    await l.exec('docker run -d --name db3 -e MYSQL_ROOT_PASSWORD= mysql');
    const ps = await l.exec("docker ps -a --format '{{.Names}} {{.Status}}'");
    expect(ps.stdout).toMatch(/^db3 Exited \(1\) /m);
    expect(ps.stdout).toMatch(/^db2 Up /m);
    expect(ps.stdout).toMatch(/^db1 Up /m);
  });

  it('a command other than mysqld (a shell, --version) skips the check', async () => {
    const l = lab();
    expect((await l.exec('docker run --rm mysql echo hi')).stdout).toBe('hi\n');
  });
});

describe('postgres entrypoint', () => {
  it('without a password: exits 1 with the message on stderr, in docker run, logs and ps', async () => {
    const l = lab();
    const run = await l.exec('docker run --name pg postgres');
    expect(run).toEqual({ stdout: '', stderr: POSTGRES_STDERR, exitCode: 1 });
    expect(await l.exec('docker logs pg')).toEqual({ stdout: '', stderr: POSTGRES_STDERR, exitCode: 0 });
    expect((await l.exec("docker ps -a --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^pg Exited \(1\) /);
  });

  it('POSTGRES_HOST_AUTH_METHOD=trust lets it start without a password', async () => {
    const l = lab();
    await l.exec('docker run -d --name pg -e POSTGRES_HOST_AUTH_METHOD=trust postgres');
    expect((await l.exec("docker ps --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^pg Up /);
  });

  it('with POSTGRES_PASSWORD: runs and initialises PGDATA in the volume; a second container on it needs no password', async () => {
    const l = lab();
    await l.exec('docker run -d --name pg -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql/data postgres');
    expect((await l.exec("docker ps --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^pg Up /);
    expect((await l.exec('cat /var/lib/docker/volumes/pgdata/_data/PG_VERSION')).stdout).toBe('17\n');
    const files = (await l.exec('ls -1 /var/lib/docker/volumes/pgdata/_data')).stdout.split('\n');
    expect(files).toEqual(expect.arrayContaining(['PG_VERSION', 'base', 'global', 'pg_wal', 'pg_hba.conf', 'postgresql.conf']));
    expect((await l.exec('docker logs pg')).stderr).toMatch(/database system is ready to accept connections/);

    await l.exec('docker rm -f pg');
    await l.exec('docker run -d --name pg2 -v pgdata:/var/lib/postgresql/data postgres');
    expect((await l.exec("docker ps --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^pg2 Up /);
    expect((await l.exec('docker logs pg2')).stderr).not.toMatch(/superuser password/);
  });

  it('postgres:18 initialises PGDATA=/var/lib/postgresql/18/docker under its VOLUME', async () => {
    const l = createLab({ seed: 3, images: ['postgres:18'] });
    expect((await l.exec('docker run --name pg -v new:/var/lib/postgresql postgres:18')).exitCode).toBe(1);
    await l.exec('docker run -d --name pg2 -e POSTGRES_PASSWORD=secret -v new:/var/lib/postgresql postgres:18');
    expect((await l.exec('cat /var/lib/docker/volumes/new/_data/18/docker/PG_VERSION')).stdout).toBe('18\n');
  });
});
