import { describe, expect, it } from 'vitest';
import { createLab } from '../../src/lab/index.ts';
import { complete } from '../../src/terminal/completion.ts';

describe('what the lab gives the terminal', () => {
  it('completes docker commands, flags and object names from the live state', async () => {
    const lab = createLab({ seed: 1, images: ['nginx', 'busybox'] });
    await lab.exec('docker run -d --name web nginx');
    await lab.exec('docker volume create data');
    const data = lab.completionData();
    const c = (line: string) => complete(line, line.length, data).candidates;
    expect(c('dock')).toEqual(['docker']);
    expect(c('docker vol')).toEqual(['volume']);
    expect(c('docker volume ')).toEqual(expect.arrayContaining(['create', 'inspect', 'ls', 'prune', 'rm']));
    expect(c('docker stop w')).toEqual(['web']);
    expect(c('docker run --rm -v d')).toEqual(['data:']);
    expect(c('docker run --ne')).toEqual(expect.arrayContaining(['--network']));
    expect(c('docker run ngi')).toEqual(['nginx']);
    expect(c('docker network inspect b')).toEqual(['bridge']);
  });

  it('knows when a line needs more input and where the learner is', async () => {
    const lab = createLab({ seed: 1, images: ['busybox'] });
    expect(lab.isComplete('docker run \\')).toBe(false);
    expect(lab.isComplete("echo 'open")).toBe(false);
    expect(lab.isComplete('docker ps |')).toBe(false);
    expect(lab.isComplete('docker ps')).toBe(true);
    expect(lab.atHost()).toBe(true);
    await lab.exec('docker run -it --name box busybox sh');
    expect(lab.atHost()).toBe(false);
    expect(lab.prompt()).toBe('/ # ');
    expect(lab.completionData().programs).toEqual(expect.arrayContaining(['ls', 'ping', 'wget']));
    await lab.exec('exit');
    expect(lab.atHost()).toBe(true);
    expect((await lab.exec('docker ps -a --format "{{.Names}} {{.Status}}"')).stdout).toMatch(/^box Exited \(0\) /);
  });
});
