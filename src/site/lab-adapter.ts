/**
 * The lab as the terminal sees it (TerminalLab). The lab is still gaining
 * `isComplete`, `completionData`, `atHost` and `setColumns`; where one is
 * missing this adapter supplies a sensible stand-in, and uses the lab's own
 * method as soon as it has one.
 * TODO(lead): once `Lab` declares all four, delete the fallbacks below and
 * return the lab itself.
 */
import type { Lab } from '../lab/index.ts';
import { isComplete as shellIsComplete } from '../shell/index.ts';
import type { CompletionData, DockerCommandInfo } from '../terminal/completion.ts';
import type { TerminalLab } from '../terminal/session.ts';

type FullerLab = Lab & Partial<Pick<TerminalLab, 'isComplete' | 'completionData' | 'atHost'>> & { setColumns?(columns: number): void };

export interface SiteLab extends TerminalLab {
  setColumns(columns: number): void;
  snapshot(): ReturnType<Lab['snapshot']>;
}

export function siteLab(lab: Lab): SiteLab {
  const full = lab as FullerLab;
  return {
    exec: (line, options) => lab.exec(line, options),
    prompt: () => lab.prompt(),
    snapshot: () => lab.snapshot(),
    isComplete: (text) => (full.isComplete ? full.isComplete(text) : shellIsComplete(text)),
    completionData: () => (full.completionData ? full.completionData() : fallbackCompletionData(lab)),
    atHost: () => (full.atHost ? full.atHost() : fallbackAtHost(lab)),
    setColumns: (columns) => full.setColumns?.(columns),
  };
}

/** At the host's prompt when only the host's session is open. */
function fallbackAtHost(lab: Lab): boolean {
  const sessions = (lab.snapshot() as { sessions?: unknown[] }).sessions;
  return Array.isArray(sessions) ? sessions.length <= 1 : /^root@docker-host:/.test(lab.prompt());
}

const HOST_PROGRAMS = [
  'cat', 'cd', 'clear', 'cp', 'cut', 'date', 'df', 'docker', 'du', 'echo', 'env', 'exit', 'export', 'grep', 'head', 'history',
  'hostname', 'ln', 'ls', 'mkdir', 'mount', 'mv', 'ping', 'pwd', 'rm', 'sleep', 'sort', 'stat', 'tail', 'tee', 'touch', 'tr', 'uniq', 'wc',
];

const RUN_FLAGS = [
  '--detach', '-d', '--env', '-e', '--hostname', '--interactive', '-i', '--ip', '--mount', '--name', '--network', '--network-alias',
  '--publish', '-p', '--rm', '--tty', '-t', '--volume', '-v', '--volumes-from', '--workdir', '-w',
];

function cmd(path: string, flags: string[] = [], operand?: DockerCommandInfo['operand']): DockerCommandInfo {
  return { path, flags: [...flags, '--help'], operand };
}

const DOCKER_COMMANDS: DockerCommandInfo[] = [
  cmd('docker run', RUN_FLAGS, 'image'),
  cmd('docker create', RUN_FLAGS, 'image'),
  cmd('docker exec', ['--interactive', '-i', '--tty', '-t', '--env', '-e', '--workdir', '-w'], 'container'),
  cmd('docker ps', ['--all', '-a', '--filter', '-f', '--format', '--quiet', '-q', '--no-trunc'], 'none'),
  cmd('docker start', ['--attach', '-a', '--interactive', '-i'], 'container'),
  cmd('docker stop', ['--time', '-t'], 'container'),
  cmd('docker restart', ['--time', '-t'], 'container'),
  cmd('docker kill', ['--signal', '-s'], 'container'),
  cmd('docker rm', ['--force', '-f', '--volumes', '-v'], 'container'),
  cmd('docker logs', ['--follow', '-f', '--tail', '-n', '--timestamps', '-t'], 'container'),
  cmd('docker inspect', ['--format', '-f', '--type'], 'container'),
  cmd('docker port', [], 'container'),
  cmd('docker top', [], 'container'),
  cmd('docker pull', ['--all-tags', '-a', '--quiet', '-q'], 'image'),
  cmd('docker images', ['--all', '-a', '--quiet', '-q', '--format'], 'image'),
  cmd('docker rmi', ['--force', '-f'], 'image'),
  cmd('docker volume create', ['--driver', '-d', '--label', '--name', '--opt', '-o'], 'none'),
  cmd('docker volume ls', ['--filter', '-f', '--format', '--quiet', '-q'], 'none'),
  cmd('docker volume inspect', ['--format', '-f'], 'volume'),
  cmd('docker volume rm', ['--force', '-f'], 'volume'),
  cmd('docker volume prune', ['--all', '-a', '--filter', '--force', '-f'], 'none'),
  cmd('docker network create', ['--driver', '-d', '--subnet', '--gateway', '--ip-range', '--internal', '--attachable', '--label'], 'none'),
  cmd('docker network ls', ['--filter', '-f', '--format', '--no-trunc', '--quiet', '-q'], 'none'),
  cmd('docker network inspect', ['--format', '-f', '--verbose', '-v'], 'network'),
  cmd('docker network rm', ['--force', '-f'], 'network'),
  cmd('docker network connect', ['--alias', '--ip', '--ip6'], 'network'),
  cmd('docker network disconnect', ['--force', '-f'], 'network'),
  cmd('docker network prune', ['--filter', '--force', '-f'], 'none'),
  cmd('docker container ls', ['--all', '-a', '--filter', '-f', '--format', '--quiet', '-q'], 'none'),
  cmd('docker container inspect', ['--format', '-f'], 'container'),
  cmd('docker container rm', ['--force', '-f', '--volumes', '-v'], 'container'),
  cmd('docker image ls', ['--all', '-a', '--quiet', '-q', '--format'], 'image'),
  cmd('docker image inspect', ['--format', '-f'], 'image'),
  cmd('docker image pull', ['--all-tags', '-a', '--quiet', '-q'], 'image'),
  cmd('docker image rm', ['--force', '-f'], 'image'),
];

interface SnapshotShape {
  containers?: Record<string, { Name?: string }>;
  images?: Record<string, { RepoTags?: string[] }>;
  volumes?: Record<string, { Name?: string }>;
  networks?: Record<string, { Name?: string }>;
}

function fallbackCompletionData(lab: Lab): CompletionData {
  const state = lab.snapshot() as SnapshotShape;
  const names = <T>(record: Record<string, T> | undefined, pick: (v: T) => string[]) => Object.values(record ?? {}).flatMap(pick);
  return {
    programs: HOST_PROGRAMS,
    docker: DOCKER_COMMANDS,
    containers: names(state.containers, (c) => (c.Name ? [c.Name.replace(/^\//, '')] : [])),
    images: names(state.images, (i) => (i.RepoTags ?? []).flatMap((tag) => (tag.endsWith(':latest') ? [tag.slice(0, -7), tag] : [tag]))),
    volumes: names(state.volumes, (v) => (v.Name ? [v.Name] : [])),
    networks: names(state.networks, (n) => (n.Name ? [n.Name] : [])),
  };
}
