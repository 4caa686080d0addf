/** Putting an installed package's commands on the container's PATH (as files in /usr/bin). */
import type { FileSystem } from '../../vfs/types.ts';

export function installCommands(fs: FileSystem, commands: string[]): void {
  if (!fs.stat('/usr/bin')) fs.mkdir('/usr/bin', { parents: true });
  for (const command of commands) {
    const path = `/usr/bin/${command}`;
    if (!fs.stat(path)) {
      fs.writeFile(path, `#!${command}\n`);
      fs.chmod(path, 0o755);
    }
  }
}

export function isInstalled(fs: FileSystem, commands: string[]): boolean {
  return commands.length > 0 && commands.every((c) => ['/usr/bin', '/bin', '/usr/sbin', '/sbin'].some((d) => fs.stat(`${d}/${c}`)));
}
