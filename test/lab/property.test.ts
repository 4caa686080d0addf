import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLab } from '../../src/lab/index.ts';

const words = [
  'docker', 'run', 'create', 'start', 'stop', 'rm', 'ps', 'inspect', 'exec', 'volume', 'network', 'ls', 'prune', 'images',
  '-d', '-it', '-v', '--rm', '--name', 'web', 'db', 'data', 'busybox', 'nginx', 'mysql', '/data', 'data:/data', '/tmp:/x:ro',
  '--mount', 'type=bind,source=/tmp,target=/t', '-f', '-a', '-q', '--format', '{{.Names}}', '{{json .Mounts}}', 'sh', '-c',
  'echo', 'cat', 'ls', 'mkdir', '-p', '|', '&&', '||', ';', '>', '>>', '$(docker ps -q)', "'", '"', '\\', 'exit', 'sleep', '1d',
];

const line = fc.oneof(
  fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 40 }),
);

describe('the lab under random and malformed input', () => {
  it('never throws, always answers with a status, and keeps its state consistent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
        const lab = createLab({ seed: 5, images: ['busybox', 'nginx', 'mysql'] });
        for (const l of lines) {
          const r = await lab.exec(l);
          expect(Number.isInteger(r.exitCode)).toBe(true);
          expect(typeof r.stdout).toBe('string');
          expect(r.stderr).not.toContain('internal error');
        }
        const snap = lab.snapshot() as unknown as {
          containers: Record<string, { Name: string; Mounts: { Type: string; Name?: string }[] }>;
          volumes: Record<string, unknown>;
        };
        const names = Object.values(snap.containers).map((c) => c.Name);
        expect(new Set(names).size).toBe(names.length);
        for (const c of Object.values(snap.containers)) {
          for (const m of c.Mounts) if (m.Type === 'volume') expect(snap.volumes[m.Name!]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
