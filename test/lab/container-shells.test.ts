/**
 * Which shell `sh` is inside each kind of image: busybox's ash, Debian's and
 * Ubuntu's dash, and in Oracle Linux (the mysql images) bash, because there
 * /usr/bin/sh is a link to bash; bash then names itself sh in its messages
 * (bash 5.1: "sh: line 1: ...").
 */
import { describe, expect, it } from 'vitest';
import { createLab } from '../../src/lab/index.ts';

describe('sh in a container', () => {
  it('is ash in busybox, dash in ubuntu and bash (called sh) in mysql', async () => {
    const lab = createLab({ seed: 1, images: ['busybox', 'ubuntu', 'mysql'] });
    expect((await lab.exec('docker run -d --name db -e MYSQL_ROOT_PASSWORD=x --mount type=tmpfs,target=/ro,readonly mysql')).exitCode).toBe(0);
    const db = await lab.exec("docker exec db sh -c 'nope'");
    expect([db.stderr, db.exitCode]).toEqual(['sh: line 1: nope: command not found\n', 127]);
    const ro = await lab.exec("docker exec db sh -c 'echo x > /ro/x'");
    expect([ro.stderr, ro.exitCode]).toEqual(['sh: line 1: /ro/x: Read-only file system\n', 1]);
    const ubuntu = await lab.exec("docker run --rm ubuntu sh -c 'nope'");
    expect([ubuntu.stderr, ubuntu.exitCode]).toEqual(['sh: 1: nope: not found\n', 127]);
    const busybox = await lab.exec("docker run --rm busybox sh -c 'nope'");
    expect([busybox.stderr, busybox.exitCode]).toEqual(['sh: nope: not found\n', 127]);
  });
});
