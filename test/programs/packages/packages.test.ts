import { describe, expect, it } from 'vitest';
import { createLab } from '../../../src/lab/index.ts';

describe('package managers in containers', () => {
  it('apt-get needs an update first, then installs commands onto PATH', async () => {
    const lab = createLab({ seed: 1, images: ['ubuntu'] });
    await lab.exec('docker run -d --name u1 ubuntu sleep 1d');
    const before = await lab.exec('docker exec u1 apt-get install -y iputils-ping', { tty: false });
    expect(before.stderr).toBe('E: Unable to locate package iputils-ping\n');
    expect(before.exitCode).toBe(100);
    expect((await lab.exec('docker exec u1 apt-get update', { tty: false })).stdout).toContain('Reading package lists...\n');
    const install = await lab.exec('docker exec u1 apt-get install -y iputils-ping curl', { tty: false });
    expect(install.exitCode).toBe(0);
    expect(install.stdout).toContain('The following NEW packages will be installed:\n  iputils-ping curl\n');
    expect(install.stdout).toMatch(/Setting up curl \(\d+\.\d+\.\d+-\d\) \.\.\.\n$/);
    expect((await lab.exec('docker exec u1 which ping curl')).stdout).toBe('/usr/bin/ping\n/usr/bin/curl\n');
    const again = await lab.exec('docker exec u1 apt-get install -y curl', { tty: false });
    expect(again.stdout).toContain('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.');
  });

  it('installed tools live in the writable layer: a new container from the image has none', async () => {
    const lab = createLab({ seed: 1, images: ['ubuntu'] });
    await lab.exec('docker run --name u2 ubuntu sh -c "apt-get update >/dev/null && apt-get install -y curl >/dev/null"');
    expect((await lab.exec('docker run --rm ubuntu which curl')).exitCode).toBe(1);
  });

  it('apk add works without an index cache and refuses unknown packages', async () => {
    const lab = createLab({ seed: 1, images: ['alpine'] });
    const ok = await lab.exec('docker run --rm alpine sh -c "apk add --no-cache curl >/dev/null && which curl"');
    expect(ok.stdout).toBe('/usr/bin/curl\n');
    const bad = await lab.exec('docker run --rm alpine apk add nosuch');
    expect(bad.stderr).toBe('ERROR: unable to select packages:\n  nosuch (no such package):\n    required by: world[nosuch]\n');
    expect(bad.exitCode).toBe(1);
  });
});
