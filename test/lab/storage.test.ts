import { describe, expect, it } from 'vitest';
import { createLab } from '../../src/lab/index.ts';

const images = ['busybox', 'nginx', 'mysql', 'ubuntu', 'alpine', 'ubuntu:14.04'];

async function lab() {
  const l = createLab({ seed: 1, images });
  const run = async (line: string) => l.exec(line);
  return { l, run };
}

describe('the writable layer', () => {
  it('keeps files across stop/start and loses them with docker rm', async () => {
    const { run } = await lab();
    await run('docker run -d --name box busybox sleep 1d');
    expect((await run('docker exec box sh -c "echo hi > /tmp/note"')).exitCode).toBe(0);
    await run('docker stop -t 0 box');
    await run('docker start box');
    expect((await run('docker exec box cat /tmp/note')).stdout).toBe('hi\n');
    await run('docker rm -f box');
    await run('docker run -d --name box busybox sleep 1d');
    const r = await run('docker exec box cat /tmp/note');
    expect(r.stderr).toBe('cat: can\'t open \'/tmp/note\': No such file or directory\n');
    expect(r.exitCode).toBe(1);
  });
});

describe('bind mounts', () => {
  it('share one directory between host and container, both ways', async () => {
    const { run } = await lab();
    expect((await run('docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret -v /home/wordpress_db:/var/lib/mysql mysql')).exitCode).toBe(0);
    expect((await run('ls -d /home/wordpress_db')).stdout).toBe('/home/wordpress_db\n');
    await run('echo alice > /home/wordpress_db/users.txt');
    expect((await run('docker exec db cat /var/lib/mysql/users.txt')).stdout).toBe('alice\n');
    await run('docker exec db sh -c "echo bob >> /var/lib/mysql/users.txt"');
    expect((await run('cat /home/wordpress_db/users.txt')).stdout).toBe('alice\nbob\n');
  });

  it('refuses writes through :ro', async () => {
    const { run } = await lab();
    await run('mkdir -p /srv/conf && echo x > /srv/conf/app.conf');
    await run('docker run -d --name cc -v /srv/conf:/conf:ro busybox sleep 1d');
    const r = await run('docker exec cc touch /conf/new');
    expect(r.stderr).toBe("touch: /conf/new: Read-only file system\n");
    expect(r.exitCode).toBe(1);
  });

  it('--mount type=bind refuses a missing source with the daemon error', async () => {
    const { run } = await lab();
    const r = await run('docker run --mount type=bind,source=/nope,target=/x busybox true');
    expect(r.stderr).toBe(
      'docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope\n\nRun \'docker run --help\' for more information\n',
    );
    expect(r.exitCode).toBe(125);
  });
});

describe('volumes', () => {
  it('keep data after the container is removed and live under /var/lib/docker/volumes', async () => {
    const { run } = await lab();
    expect((await run('docker volume create data')).stdout).toBe('data\n');
    await run('docker run --rm -v data:/data busybox sh -c "echo kept > /data/f"');
    expect((await run('cat /var/lib/docker/volumes/data/_data/f')).stdout).toBe('kept\n');
    expect((await run('docker run --rm -v data:/d busybox cat /d/f')).stdout).toBe('kept\n');
  });

  it('image VOLUMEs create anonymous volumes that rm -v removes', async () => {
    const { run } = await lab();
    await run('docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret mysql');
    const names = (await run('docker volume ls -q')).stdout.trim().split('\n');
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^[a-f0-9]{64}$/);
    await run('docker rm -fv db');
    expect((await run('docker volume ls -q')).stdout).toBe('');
  });

  it('tmpfs content vanishes on restart', async () => {
    const { run } = await lab();
    await run('docker run -d --name tm --tmpfs /cache busybox sleep 1d');
    await run('docker exec tm sh -c "echo x > /cache/f"');
    expect((await run('docker exec tm cat /cache/f')).stdout).toBe('x\n');
    await run('docker restart -t 0 tm');
    expect((await run('docker exec tm ls /cache')).stdout).toBe('');
  });

  it('--volumes-from shares the same volumes', async () => {
    const { run } = await lab();
    await run('docker create --name store -v /shared busybox');
    await run('docker run --rm --volumes-from store busybox sh -c "echo one > /shared/x"');
    expect((await run('docker run --rm --volumes-from store busybox cat /shared/x')).stdout).toBe('one\n');
  });
});

describe('determinism', () => {
  it('same seed and same lines give the same outputs and snapshot', async () => {
    const script = ['docker run -d --name a nginx', 'docker volume create v', 'docker run -d -v v:/x busybox sleep 1d', 'docker ps -a', 'docker inspect a'];
    const outs: string[][] = [];
    const snaps: string[] = [];
    for (let i = 0; i < 2; i++) {
      const l = createLab({ seed: 42, images });
      const o: string[] = [];
      for (const line of script) o.push(JSON.stringify(await l.exec(line)));
      outs.push(o);
      snaps.push(JSON.stringify(l.snapshot()));
    }
    expect(outs[0]).toEqual(outs[1]);
    expect(snaps[0]).toBe(snaps[1]);
  });
});
