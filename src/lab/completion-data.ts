/**
 * What Tab completion offers at the current prompt: the programs on PATH,
 * docker's command tree with each command's flags and what its arguments
 * name, and the names of existing containers, images, volumes and networks.
 */
import { COMMANDS } from '../cli/registry.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import type { CompletionData, DockerCommandInfo } from '../terminal/completion.ts';
import type { FileSystem } from '../vfs/types.ts';

const BUILTINS = ['cd', 'echo', 'exit', 'export', 'printf', 'pwd', 'test', 'true', 'false', 'unset', 'type'];

function operandOf(usage: string): DockerCommandInfo['operand'] {
  const first = usage.replace(/\[OPTIONS\]\s*/, '').split(/\s+/)[0]?.replace(/[[\].]/g, '') ?? '';
  if (first.startsWith('CONTAINER')) return 'container';
  if (first.startsWith('IMAGE') || first.startsWith('REPOSITORY') || first.startsWith('NAME')) return 'image';
  if (first.startsWith('VOLUME')) return 'volume';
  if (first.startsWith('NETWORK')) return 'network';
  return 'none';
}

let dockerInfo: DockerCommandInfo[] | undefined;

function dockerCommands(): DockerCommandInfo[] {
  dockerInfo ??= COMMANDS.flatMap((c) => {
    const flags = c.flags.filter((f) => !f.hidden).flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);
    const operand = operandOf(c.usage);
    return [c.path, ...(c.aliases ?? [])].map((path) => ({ path, flags, operand }));
  });
  return dockerInfo;
}

function programsOnPath(fs: FileSystem, path: string): string[] {
  const names = new Set<string>();
  for (const dir of path.split(':')) {
    if (!dir || fs.stat(dir)?.type !== 'dir') continue;
    for (const name of fs.readdir(dir)) names.add(name);
  }
  return [...names];
}

export function completionData(engine: Engine, container: ContainerRecord | undefined, hostPrograms: string[]): CompletionData {
  const state = engine.state;
  const programs = container
    ? programsOnPath(engine.containerFs(container), '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')
    : hostPrograms;
  return {
    programs: [...new Set([...BUILTINS, ...programs])],
    docker: container ? [] : dockerCommands(),
    containers: Object.values(state.containers).map((c) => c.Name),
    images: Object.values(state.images).flatMap((i) => i.RepoTags.map((t) => t.replace(/:latest$/, ''))),
    volumes: Object.keys(state.volumes),
    networks: Object.values(state.networks).map((n) => n.Name),
  };
}
