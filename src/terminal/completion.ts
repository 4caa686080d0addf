/**
 * Tab completion as bash with docker's completion script behaves: program
 * names first, then docker's commands and subcommands, their flags, and the
 * names of containers, images, volumes and networks where a command takes
 * them. Pure: the lab supplies the data.
 */

export interface DockerCommandInfo {
  /** "docker volume rm" */
  path: string;
  /** "--force", "-f", ... */
  flags: string[];
  /** what its positional arguments name */
  operand?: 'container' | 'image' | 'volume' | 'network' | 'none';
}

export interface CompletionData {
  /** programs and builtins available at the current prompt */
  programs: string[];
  docker: DockerCommandInfo[];
  containers: string[];
  images: string[];
  volumes: string[];
  networks: string[];
}

export interface Completion {
  /** where the word being completed starts in the line */
  start: number;
  /** the candidates for that word, sorted, de-duplicated */
  candidates: string[];
}

/** Flags whose value names an object. */
const FLAG_OPERANDS: Record<string, keyof Omit<CompletionData, 'programs' | 'docker'>> = {
  '--network': 'networks',
  '--net': 'networks',
  '--volumes-from': 'containers',
  '--link': 'containers',
};

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

export function complete(line: string, cursor: number, data: CompletionData): Completion {
  const before = line.slice(0, cursor);
  const start = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1;
  const current = before.slice(start);
  // only the last command of a pipeline or list matters
  const segment = before.slice(0, start).split(/\|\||&&|[|;]/).pop() ?? '';
  const prev = words(segment);
  const pick = (all: string[]) => ({ start, candidates: [...new Set(all.filter((c) => c.startsWith(current)))].sort() });

  if (prev.length === 0) return pick(data.programs);
  if (prev[0] !== 'docker') return { start, candidates: [] };

  // find the deepest docker command the words so far name
  const positional = prev.slice(1).filter((w) => !w.startsWith('-'));
  let command: DockerCommandInfo | undefined;
  for (let n = Math.min(2, positional.length); n >= 1; n--) {
    const path = ['docker', ...positional.slice(0, n)].join(' ');
    command = data.docker.find((c) => c.path === path);
    if (command) {
      break;
    }
  }
  if (!command) {
    const level = positional.length === 0 ? 1 : 2;
    const prefix = ['docker', ...positional.slice(0, level - 1)].join(' ') + ' ';
    const subs = data.docker
      .filter((c) => c.path.startsWith(prefix) && c.path.split(' ').length === level + 1)
      .map((c) => c.path.split(' ')[level]);
    const groups = level === 1 ? data.docker.map((c) => c.path.split(' ')).filter((p) => p.length === 3).map((p) => p[1]) : [];
    return pick([...subs, ...groups]);
  }
  if (current.startsWith('-')) return pick(command.flags);
  const last = prev[prev.length - 1];
  if (FLAG_OPERANDS[last]) return pick(data[FLAG_OPERANDS[last]]);
  if (last === '-v' || last === '--volume') return pick(data.volumes.map((v) => `${v}:`));
  switch (command.operand) {
    case 'container':
      return pick(data.containers);
    case 'image':
      return pick(data.images);
    case 'volume':
      return pick(data.volumes);
    case 'network':
      return pick(data.networks);
    default:
      return { start, candidates: [] };
  }
}

/** The longest prefix all candidates share (what one Tab inserts when several match). */
export function commonPrefix(candidates: string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0];
  for (const c of candidates) {
    while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
