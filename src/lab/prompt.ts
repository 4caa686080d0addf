/**
 * Prompts as the learner would see them: bash's `root@docker-host:~# ` on
 * the host, `root@<hostname>:/# ` in a container's bash, busybox ash's `/ # `
 * in busybox and alpine, dash's `# ` for `sh` in debian-based images, and
 * none without a tty.
 */
import type { Engine } from '../engine/engine.ts';
import { HOST_NAME } from '../engine/host.ts';
import type { ContainerRecord } from '../engine/state.ts';
import { isBusyboxUserland } from './programs.ts';

export function promptFor(engine: Engine, container: ContainerRecord | undefined, cwd: string, tty: boolean, shell = 'bash'): string {
  if (!container) return `root@${HOST_NAME}:${cwd === '/root' ? '~' : cwd.startsWith('/root/') ? '~' + cwd.slice(5) : cwd}# `;
  if (!tty) return '';
  if (isBusyboxUserland(engine.imageOf(container))) return `${cwd} # `;
  if (shell !== 'bash') return '# ';
  return `root@${container.Config.Hostname}:${cwd === '/root' ? '~' : cwd}# `;
}
