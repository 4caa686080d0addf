/**
 * One lab with something for every check kind to find, built once per test
 * file: named and anonymous volumes, a bind mount read-only, a user-defined
 * network with a fixed IP and an alias, an isolated network, published
 * ports, a created (never started) container.
 */
import { checkSchema, evaluate, replay, type CheckInput, type CheckResult } from '../../src/exercises/index.ts';
import type { LabSnapshot } from '../../src/lab/index.ts';

export const FIXTURE_LINES = [
  'docker volume create dbdata',
  'docker run -d --name db2 -e MYSQL_ROOT_PASSWORD=secret -v dbdata:/var/lib/mysql mysql',
  'docker run -d --name old-db -e MYSQL_ROOT_PASSWORD=secret mysql',
  "docker exec db2 sh -c 'echo alice > /var/lib/mysql/users.txt'",
  'docker network create --subnet 10.10.0.0/24 appnet',
  'docker network connect --alias api appnet db2',
  'docker run -d --name web --network appnet --ip 10.10.0.10 -p 8080:80 nginx',
  'docker run -d --name lonely busybox sleep 1d',
  'mkdir -p /srv/site && echo hello > /srv/site/index.html',
  'docker run -d --name site -v /srv/site:/usr/share/nginx/html:ro -p 127.0.0.1:8081:80 nginx',
  'docker create --name stopped -p 9090:80 nginx',
  'docker network create other',
  'docker run -d --name isolated --network other busybox sleep 1d',
];

let built: Promise<LabSnapshot> | undefined;

export function fixtureSnapshot(): Promise<LabSnapshot> {
  built ??= replay({ images: ['mysql', 'nginx', 'busybox'], setup: [] }, FIXTURE_LINES).then((r) => {
    if (r.failures.length) throw new Error(`fixture line failed: ${JSON.stringify(r.failures)}`);
    return r.snapshot;
  });
  return built;
}

/** Evaluates one check (as written in a file) against the fixture lab. */
export async function check(input: CheckInput | Record<string, unknown>, typed: string[] = FIXTURE_LINES): Promise<CheckResult> {
  const parsed = checkSchema.parse(input);
  const result = await evaluate({ checks: [parsed] }, { snapshot: await fixtureSnapshot(), typed });
  return result.checks[0];
}
