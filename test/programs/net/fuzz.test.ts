/**
 * Any argv, both flavours, on the host and in a container: every networking
 * program resolves to an exit status and never throws (fast-check). Sleeps
 * are cut by a Ctrl+C after a few, as a learner would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine.ts';
import { HOST_NET_PROGRAMS, NET_PROGRAM_NAMES, netProgramFor } from '../../../src/programs/net/registry.ts';
import type { World } from '../../../src/programs/world.ts';
import { Interrupted, type Program } from '../../../src/shell/types.ts';
import { netLab, setup } from './helpers.ts';

const WORDS = [
  '-c', '1', '2', '-W', '-w', '-i', '0.2', '-q', '-v', '-vv', '-z', '-s', '-S', '-I', '-o', '-O', '-', '/dev/null', '-n', '-4', '-6', '-br', '-L',
  '-t', 'nat', 'raw', 'filter', 'addr', 'a', 'link', 'route', 'show', 'dev', 'eth0', 'docker0', 'type', 'veth', 'bridge', 'hosts', 'ahosts',
  '-type=a', '-type=ptr', '-type=x', 'web', 'db', 'localhost', '127.0.0.1', '::1', '172.17.0.2', '172.17.0.3', '172.18.0.2', '8.8.8.8', '80',
  '5432', '3306', '65536', 'http://web/', 'http://db:5432/', 'http://localhost:8080/x', 'https://web', 'ftp://x', 'http://[::1]:8080/',
  'web:80', '-w', '%{http_code}\\n', '%{nope}', '--spider', '--head', '-L', '-f', '-X', 'POST', '-d', 'a=b', '--connect-timeout', '1',
  '-m', '2', '-T', '1', '-l', '-p', '8080', '--help', '--bogus', '-V', 'set', 'add', '', ' ', '-h',
];

const word = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });

async function harness() {
  const lab = netLab();
  await setup(
    lab,
    'docker network create mynet',
    'docker run -d --name web --network mynet -p 8080:80 nginx',
    'docker run -d --name db --network mynet -e POSTGRES_PASSWORD=pw postgres',
    'docker run -d --name bb --network mynet busybox sleep 1d',
  );
  const engine = (lab as unknown as { engine: Engine }).engine;
  const bb = Object.values(engine.state.containers).find((c) => c.Name.replace(/^\//, '') === 'bb')!;
  return { engine, bb };
}

async function runOne(program: Program, argv: string[], world: World, fs: World['engine']['hostFs'] | ReturnType<Engine['containerFs']>, stdin: string) {
  let out = '';
  let err = '';
  let sleeps = 0;
  const signal = { aborted: false };
  const status = await program({
    argv,
    stdin,
    stdout: { write: (c: string) => void (out += c) },
    stderr: { write: (c: string) => void (err += c) },
    env: { PATH: '/usr/bin:/bin', HOME: '/root' },
    cwd: '/tmp',
    fs,
    isTTY: false,
    signal,
    sleep: async () => {
      if (++sleeps > 4) {
        signal.aborted = true;
        throw new Interrupted();
      }
    },
    run: async () => 0,
    world,
  });
  return { status, out, err };
}

describe('networking programs on random argv', () => {
  it('resolve to a status and never throw, on the host and in a busybox container', async () => {
    const { engine, bb } = await harness();
    const terminal = { stdinIsTTY: false, columns: 80 };
    const hostWorld = { engine, now: () => engine.now(), terminal } as unknown as World;
    const inWorld = { engine, container: bb, now: () => engine.now(), terminal } as unknown as World;
    const bbFs = engine.containerFs(bb);
    const names = [...new Set([...NET_PROGRAM_NAMES, ...Object.keys(HOST_NET_PROGRAMS)])];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.array(word, { maxLength: 6 }), fc.boolean(), fc.constantFrom('', 'GET / HTTP/1.0\r\n\r\n'), async (name, args, inside, stdin) => {
        const program = inside ? netProgramFor(name, bbFs, '/bin/busybox') : HOST_NET_PROGRAMS[name];
        if (!program) return;
        const r = await runOne(program, [name, ...args], inside ? inWorld : hostWorld, inside ? bbFs : engine.hostFs, stdin);
        expect(Number.isInteger(r.status)).toBe(true);
        expect(r.status).toBeGreaterThanOrEqual(0);
        expect(r.status).toBeLessThanOrEqual(255);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 600) },
    );
  }, 120_000);
});
