/**
 * What `docker logs` shows for the servers the lessons start. The wordpress
 * lines are those of the real image (docker-library/wordpress's
 * docker-entrypoint.sh, then the php:apache base's Apache 2.4 with mod_php),
 * as a `docker logs` of wordpress:latest printed them in November 2025.
 */
import { describe, expect, it } from 'vitest';
import { createLab } from '../../../src/lab/index.ts';

async function run(lines: string[]) {
  const lab = createLab({ seed: 3, images: ['wordpress', 'httpd'] });
  let last = { stdout: '', stderr: '', exitCode: 0 };
  for (const line of lines) last = await lab.exec(line);
  return last;
}

describe('wordpress entrypoint and Apache', () => {
  it('copies WordPress into an empty document root, writes wp-config.php from WORDPRESS_* variables and says so', async () => {
    const logs = await run([
      'docker network create blog',
      'docker run -d --name web --network blog -e WORDPRESS_DB_USER=root -e WORDPRESS_DB_HOST=db wordpress',
      'docker logs web',
    ]);
    expect(logs.stdout).toBe('');
    expect(logs.stderr.split('\n').slice(0, 4)).toEqual([
      'WordPress not found in /var/www/html - copying now...',
      'Complete! WordPress has been successfully copied to /var/www/html',
      "No 'wp-config.php' found in /var/www/html, but 'WORDPRESS_...' variables supplied; copying 'wp-config-docker.php' (WORDPRESS_DB_HOST WORDPRESS_DB_USER)",
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.18.0.2. Set the 'ServerName' directive globally to suppress this message",
    ]);
    expect(logs.stderr).toMatch(/\[mpm_prefork:notice\] \[pid 1:tid 1\] AH00163: Apache\/2\.4\.65 \(Debian\) PHP\/8\.3\.\d+ configured -- resuming normal operations\n.*AH00094: Command line: 'apache2 -D FOREGROUND'\n$/);
  });

  it('fills the volume at /var/www/html once: a restart or a second container on the volume copies nothing', async () => {
    const files = await run(['docker run -d --name web -v site:/var/www/html wordpress', 'ls -1 /var/lib/docker/volumes/site/_data']);
    expect(files.stdout.split('\n')).toEqual(expect.arrayContaining(['index.php', 'wp-admin', 'wp-content', 'wp-includes']));
    const again = await run([
      'docker run -d --name web -v site:/var/www/html wordpress',
      'docker rm -f web',
      'docker run -d --name web2 -v site:/var/www/html wordpress',
      'docker logs web2',
    ]);
    expect(again.stderr).not.toMatch(/WordPress not found|wp-config/);
    expect(again.stderr).toMatch(/^AH00558: apache2:/);
  });

  it('leaves plain httpd with its own Unix build lines', async () => {
    const logs = await run(['docker run -d --name hd httpd', 'docker logs hd']);
    expect(logs.stderr).toMatch(/^AH00558: httpd: /);
    expect(logs.stderr).toMatch(/\[mpm_event:notice\].*AH00489: Apache\/2\.4\.\d+ \(Unix\) configured/);
  });
});

describe('busybox httpd', () => {
  it('logs nothing when it starts (the reference engine\'s busybox httpd -f prints nothing)', async () => {
    const lab = createLab({ seed: 3, images: ['busybox'] });
    await lab.exec('docker run -d --name hb busybox httpd -f -p 80');
    expect(await lab.exec('docker logs hb')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});
