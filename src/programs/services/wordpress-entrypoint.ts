/**
 * What the wordpress image's docker-entrypoint.sh does before Apache starts
 * (docker-library/wordpress, docker-entrypoint.sh): when the document root
 * has no WordPress yet, it copies /usr/src/wordpress into it (so a new volume
 * at /var/www/html fills with WordPress), and when there is no wp-config.php
 * but WORDPRESS_* variables are set, it copies wp-config-docker.php there.
 * It says so on stderr, which `docker logs` shows.
 */
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { copyAcross } from '../../vfs/mount-fs.ts';

const SOURCE = '/usr/src/wordpress';

/** Runs the entrypoint's first steps in the container's file system; returns what it printed. */
export function wordpressEntrypoint(engine: Engine, c: ContainerRecord): string[] {
  const fs = engine.containerFs(c);
  if (!fs.stat(`${SOURCE}/index.php`)) return [];
  const pwd = c.Config.WorkingDir || '/var/www/html';
  const out: string[] = [];
  try {
    if (!fs.stat(`${pwd}/index.php`) && !fs.stat(`${pwd}/wp-includes/version.php`)) {
      out.push(`WordPress not found in ${pwd} - copying now...`);
      if (fs.readdir(pwd).some((name) => name !== 'wp-content')) out.push(`WARNING: ${pwd} is not empty! (copying anyhow)`);
      for (const name of fs.readdir(SOURCE)) copyAcross(fs, `${SOURCE}/${name}`, fs, `${pwd}/${name}`);
      out.push(`Complete! WordPress has been successfully copied to ${pwd}`);
    }
    // bash's "${!WORDPRESS_@}": the names, sorted
    const names = c.Config.Env.map((e) => e.slice(0, e.indexOf('=') < 0 ? e.length : e.indexOf('='))).filter((n) => n.startsWith('WORDPRESS_')).sort();
    const config = fs.stat(`${pwd}/wp-config.php`);
    if ((!config || config.size === 0) && names.length > 0 && fs.stat(`${pwd}/wp-config-docker.php`)) {
      out.push(`No 'wp-config.php' found in ${pwd}, but 'WORDPRESS_...' variables supplied; copying 'wp-config-docker.php' (${names.join(' ')})`);
      fs.writeFile(`${pwd}/wp-config.php`, fs.readFile(`${pwd}/wp-config-docker.php`));
    }
  } catch {
    // a read-only or odd document root: the real script would fail on tar; Apache still starts here
  }
  return out;
}
