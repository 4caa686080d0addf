import { describe, expect, it } from 'vitest';
import {
  bytesSize,
  containerStateName,
  containerStatus,
  humanDuration,
  humanSize,
  humanSizeWithPrecision,
  timeAgo,
} from '../../../src/cli/format/units.ts';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration (go-units duration_test.go)', () => {
  it.each([
    [450, 'Less than a second'],
    [999, 'Less than a second'],
    [-5 * S, 'Less than a second'],
    [1 * S, '1 second'],
    [1999, '1 second'],
    [2 * S, '2 seconds'],
    [45 * S, '45 seconds'],
    [59 * S, '59 seconds'],
    [59999, '59 seconds'],
    [60 * S, 'About a minute'],
    [89 * S, 'About a minute'],
    [90 * S, 'About a minute'],
    [119 * S, 'About a minute'],
    [2 * M, '2 minutes'],
    [35 * M + 40 * S, '35 minutes'],
    [59 * M, '59 minutes'],
    [1 * H, 'About an hour'],
    [1 * H + 29 * M, 'About an hour'],
    [1 * H + 30 * M, '2 hours'],
    [1 * H + 31 * M, '2 hours'],
    [3 * H + 29 * M, '3 hours'],
    [3 * H + 31 * M, '4 hours'],
    [24 * H, '24 hours'],
    [D + 12 * H, '36 hours'],
    [47 * H + 29 * M, '47 hours'],
    [47 * H + 30 * M, '2 days'],
    [2 * D, '2 days'],
    [13 * D + 5 * H, '13 days'],
    [14 * D, '2 weeks'],
    [30 * D, '4 weeks'],
    [30 * D + 14 * D, '6 weeks'],
    [60 * D, '2 months'],
    [5 * 30 * D + 14 * D, '5 months'],
    [24 * 30 * D, '24 months'],
    [24 * 30 * D + 14 * D, '2 years'],
    [3 * 365 * D + 60 * D, '3 years'],
  ])('%d ms is %j', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('makes the CREATED column', () => {
    expect(timeAgo(3 * S)).toBe('3 seconds ago');
    expect(timeAgo(10)).toBe('Less than a second ago');
  });
});

describe('sizes (go-units size.go)', () => {
  it('humanSize uses 4 significant digits and decimal units', () => {
    expect(humanSize(0)).toBe('0B');
    expect(humanSize(999)).toBe('999B');
    expect(humanSize(1000)).toBe('1kB');
    expect(humanSize(1024)).toBe('1.024kB');
    expect(humanSize(4255)).toBe('4.255kB'); // docker system df: Containers 4.255kB (recorded)
    expect(humanSize(1985076)).toBe('1.985MB'); // docker images --format '{{.VirtualSize}}' (recorded)
    expect(humanSize(999999)).toBe('1000kB');
    expect(humanSize(1000000)).toBe('1MB');
    expect(humanSize(1e12)).toBe('1TB');
    expect(humanSize(1234567890123456789)).toBe('1.235EB');
    expect(humanSize(1e28)).toBe('1e+04YB');
  });

  it('precision 3 is what docker images and docker ps -s print', () => {
    expect(humanSizeWithPrecision(1985076, 3)).toBe('1.99MB'); // docker images SIZE (recorded)
    expect(humanSizeWithPrecision(2130, 3)).toBe('2.13kB'); // docker ps -s (recorded, SizeRw 2130)
    expect(humanSizeWithPrecision(2125, 3)).toBe('2.12kB'); // docker ps -s (recorded, SizeRw 2125): ties round to even
    expect(humanSizeWithPrecision(0, 3)).toBe('0B');
    expect(humanSizeWithPrecision(77.5e6, 3)).toBe('77.5MB');
    expect(humanSizeWithPrecision(123456, 3)).toBe('123kB');
  });

  it('bytesSize uses binary units', () => {
    expect(bytesSize(1023)).toBe('1023B');
    expect(bytesSize(1024)).toBe('1KiB');
    expect(bytesSize(45000)).toBe('43.95KiB');
    expect(bytesSize(17 * 1024 * 1024)).toBe('17MiB');
    expect(bytesSize(1.5 * 1024 ** 3)).toBe('1.5GiB');
  });
});

describe('container status (moby State.String)', () => {
  const now = 1_700_000_000_000;
  const base = { running: false, exitCode: 0, startedAt: null, finishedAt: null };
  it('matches docker ps STATUS and STATE (recorded on the reference engine)', () => {
    const up = { ...base, running: true, startedAt: now - 3 * S };
    expect(containerStatus(up, now)).toBe('Up 3 seconds');
    expect(containerStatus({ ...up, startedAt: now - 400 }, now)).toBe('Up Less than a second');
    expect(containerStatus({ ...up, paused: true }, now)).toBe('Up 3 seconds (Paused)');
    expect(containerStatus({ ...up, startedAt: now - 400, health: 'starting' }, now)).toBe('Up Less than a second (health: starting)');
    expect(containerStatus({ ...up, health: 'healthy' }, now)).toBe('Up 3 seconds (healthy)');
    expect(containerStatus({ ...up, health: 'unhealthy' }, now)).toBe('Up 3 seconds (unhealthy)');
    expect(containerStatus(base, now)).toBe('Created');
    const exited = { ...base, exitCode: 3, startedAt: now - 5 * S, finishedAt: now - 4 * S };
    expect(containerStatus(exited, now)).toBe('Exited (3) 4 seconds ago');
    expect(containerStatus({ ...up, restarting: true, exitCode: 1, finishedAt: now - 2 * S }, now)).toBe('Restarting (1) 2 seconds ago');
    expect(containerStatus({ ...exited, removalInProgress: true }, now)).toBe('Removal In Progress');
    expect(containerStatus({ ...exited, dead: true }, now)).toBe('Dead');
    expect(containerStatus({ ...base, startedAt: now }, now)).toBe('');
    expect(containerStatus({ ...up, startedAt: now - 3 * M }, now)).toBe('Up 3 minutes');

    expect(containerStateName(up)).toBe('running');
    expect(containerStateName({ ...up, paused: true })).toBe('paused');
    expect(containerStateName({ ...up, restarting: true })).toBe('restarting');
    expect(containerStateName(base)).toBe('created');
    expect(containerStateName(exited)).toBe('exited');
    expect(containerStateName({ ...exited, dead: true })).toBe('dead');
    expect(containerStateName({ ...exited, removalInProgress: true })).toBe('removing');
  });
});
