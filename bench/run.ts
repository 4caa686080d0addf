/**
 * `npm run bench`: speed of the simulated Docker host, in Node.
 *  - commands per second for a mixed learner-like script;
 *  - the cost of `docker run -d` and `docker ps` with 10 vs 1,000 containers
 *    (it should stay near flat).
 * Figures go to stdout; record them in the issue note.
 */
import { createLab } from '../src/lab/index.ts';

const IMAGES = ['busybox', 'nginx', 'mysql', 'ubuntu', 'alpine'];

const MIXED = [
  'docker volume create data',
  'docker run -d --name web -p 8080:80 -v data:/usr/share/nginx/html nginx',
  'docker ps',
  'docker ps -a --format "{{.Names}} {{.Status}}"',
  'docker exec web ls /usr/share/nginx/html',
  'docker run --rm -v data:/data busybox sh -c "echo hello > /data/index.html"',
  'docker exec web cat /usr/share/nginx/html/index.html',
  'docker inspect -f "{{ .NetworkSettings.IPAddress }}" web',
  'docker volume ls',
  'docker rm -f web',
  'docker volume rm data',
  'mkdir -p /srv/site && echo hi > /srv/site/index.html && ls /srv/site | wc -l',
];

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function mixed(): Promise<void> {
  const lab = createLab({ seed: 7, images: IMAGES });
  let lines = 0;
  const [, ms] = await time(async () => {
    for (let round = 0; round < 50; round++) {
      for (const line of MIXED) {
        await lab.exec(line);
        lines++;
      }
    }
  });
  console.log(`mixed script: ${lines} lines in ${ms.toFixed(0)} ms = ${((lines * 1000) / ms).toFixed(0)} commands/s`);
}

async function scale(n: number): Promise<void> {
  const lab = createLab({ seed: 3, images: IMAGES });
  for (let i = 0; i < n; i++) await lab.exec(`docker create --name c${i} busybox sleep 1d`);
  const runs = 20;
  const [, runMs] = await time(async () => {
    for (let i = 0; i < runs; i++) await lab.exec(`docker run -d --name extra${i} busybox sleep 1d`);
  });
  const [, psMs] = await time(async () => {
    for (let i = 0; i < runs; i++) await lab.exec('docker ps -a');
  });
  console.log(
    `${String(n).padStart(5)} containers: docker run -d ${(runMs / runs).toFixed(2)} ms, docker ps -a ${(psMs / runs).toFixed(2)} ms`,
  );
}

/** Issue 3: networks with 1,000 containers on one user-defined bridge. */
async function network(n: number): Promise<void> {
  const lab = createLab({ seed: 4, images: ['busybox'] });
  await lab.exec('docker network create --subnet 10.20.0.0/16 big');
  const [, fillMs] = await time(async () => {
    for (let i = 0; i < n; i++) await lab.exec(`docker run -d --name n${i} --network big busybox sleep 1d`);
  });
  const runs = 20;
  const [, createMs] = await time(async () => {
    for (let i = 0; i < runs; i++) await lab.exec(`docker network create extra${i}`);
  });
  const [, connectMs] = await time(async () => {
    for (let i = 0; i < runs; i++) await lab.exec(`docker network connect extra${i} n${i}`);
  });
  const [, dnsMs] = await time(async () => {
    for (let i = 0; i < runs; i++) await lab.exec(`docker exec n0 nslookup n${n - 1 - i}`);
  });
  const [, pingMs] = await time(async () => {
    for (let i = 0; i < runs; i++) await lab.exec(`docker exec n1 ping -c 1 n${n - 1 - i}`);
  });
  console.log(
    `${String(n).padStart(5)} containers on one network (filled in ${(fillMs / 1000).toFixed(1)} s): network create ${(createMs / runs).toFixed(2)} ms, ` +
      `connect ${(connectMs / runs).toFixed(2)} ms, nslookup ${(dnsMs / runs).toFixed(2)} ms, ping -c 1 ${(pingMs / runs).toFixed(2)} ms`,
  );
}

await mixed();
await scale(10);
await scale(1000);
await network(10);
await network(1000);
