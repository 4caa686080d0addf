/**
 * mount: a container has a mount of a given type, source and destination,
 * read-only or writable (its Mounts, as `docker inspect` shows them).
 * For a volume the source is the volume's name, for a bind mount the host
 * path; a tmpfs has none. Without `container`, any container will do.
 * A `--tmpfs /path` mount counts too, though inspect lists it under
 * HostConfig.Tmpfs and not in Mounts (only `--mount type=tmpfs` is there).
 */
import { z } from 'zod';
import type { ContainerRecord, MountPoint } from '../../engine/state.ts';
import { text } from '../text.ts';
import { PASS, containerName, defineCheck, fail, findContainer, noContainer, normalizePath } from './common.ts';

const schema = z
  .strictObject({
    container: z.string().min(1).optional().describe('the container; omitted: any container'),
    type: z.enum(['volume', 'bind', 'tmpfs']).optional().describe('volume, bind or tmpfs'),
    source: z.string().min(1).optional().describe('a volume: its name; a bind mount: the host path'),
    destination: z.string().startsWith('/', 'a destination is an absolute path in the container').optional().describe('the path inside the container'),
    readOnly: z.boolean().optional().describe('true: mounted read-only (:ro); false: writable'),
  })
  .describe('a container mounts something at a path');

type Spec = z.infer<typeof schema>;

function sourceMatches(m: MountPoint, source: string): boolean {
  if (m.Type === 'volume') return m.Name === source;
  if (m.Type === 'bind') return normalizePath(m.Source) === normalizePath(source);
  return false;
}

function matches(m: MountPoint, spec: Spec): boolean {
  if (spec.type !== undefined && m.Type !== spec.type) return false;
  if (spec.source !== undefined && !sourceMatches(m, spec.source)) return false;
  if (spec.destination !== undefined && normalizePath(m.Destination) !== normalizePath(spec.destination)) return false;
  if (spec.readOnly !== undefined && m.RW === spec.readOnly) return false;
  return true;
}

/** The container's Mounts, plus its `--tmpfs` mounts (HostConfig.Tmpfs), which inspect leaves out of Mounts. */
function mountsOf(c: ContainerRecord): MountPoint[] {
  const tmpfs = Object.entries(c.HostConfig.Tmpfs ?? {})
    .filter(([dst]) => !c.Mounts.some((m) => m.Destination === dst))
    .map(([dst, opts]): MountPoint => ({ Type: 'tmpfs', Source: '', Destination: dst, Mode: '', RW: !opts.split(',').includes('ro'), Propagation: '' }));
  return [...c.Mounts, ...tmpfs];
}

const isAnonymous = (m: MountPoint) => m.Type === 'volume' && /^[0-9a-f]{64}$/.test(m.Name ?? '');

/** What is mounted, in each language ("volume dbdata" / "dbdata 볼륨"). */
export function describeMount(m: MountPoint): { en: string; ko: string } {
  const ro = m.RW ? '' : ', read-only';
  const roKo = m.RW ? '' : ', 읽기 전용';
  if (isAnonymous(m)) return text(`an anonymous volume (${m.Name!.slice(0, 12)}…)${ro}`, `익명 볼륨 (${m.Name!.slice(0, 12)}…)${roKo}`);
  if (m.Type === 'volume') return text(`volume ${m.Name}${ro}`, `${m.Name} 볼륨${roKo}`);
  if (m.Type === 'bind') return text(`bind mount of host path ${m.Source}${ro}`, `bind mount (호스트의 ${m.Source})${roKo}`);
  return text(`a tmpfs${ro}`, `tmpfs${roKo}`);
}

function mountList(c: ContainerRecord): { en: string; ko: string } {
  const en = mountsOf(c).map((m) => `${describeMount(m).en} at ${m.Destination}`).join('; ');
  const ko = mountsOf(c).map((m) => `${m.Destination}에 ${describeMount(m).ko}`).join('; ');
  return { en, ko };
}

function explain(c: ContainerRecord, spec: Spec) {
  const name = containerName(c);
  if (spec.destination !== undefined) {
    const at = mountsOf(c).find((m) => normalizePath(m.Destination) === normalizePath(spec.destination!));
    if (at) {
      const d = describeMount(at);
      return fail(`${name} mounts ${at.Destination} from ${d.en}`, `${name} 컨테이너의 ${at.Destination}에 마운트된 것: ${d.ko}`);
    }
    if (mountsOf(c).length === 0) return fail(`${name} has nothing mounted at ${spec.destination} (it has no mounts at all)`, `${name} 컨테이너의 ${spec.destination}에는 아무것도 마운트되어 있지 않음 (마운트가 하나도 없음)`);
    const list = mountList(c);
    return fail(`${name} has nothing mounted at ${spec.destination}; its mounts: ${list.en}`, `${name} 컨테이너의 ${spec.destination}에는 아무것도 마운트되어 있지 않음. 있는 마운트: ${list.ko}`);
  }
  if (mountsOf(c).length === 0) return fail(`${name} has no mounts`, `${name} 컨테이너에는 마운트가 없음`);
  const list = mountList(c);
  return fail(`${name} mounts: ${list.en}`, `${name} 컨테이너의 마운트: ${list.ko}`);
}

export const mountCheck = defineCheck({
  kind: 'mount',
  summary: 'A container mounts a volume, a host path (bind mount) or a tmpfs at a path, read-only or writable.',
  schema,
  label(spec) {
    const src = spec.source;
    let en: string;
    let ko: string;
    let verb = '마운트됨';
    let enVerb = 'mounts';
    if (spec.type === 'volume') (en = src ? `volume ${src}` : 'a volume'), (ko = src ? `${src} 볼륨이` : '볼륨이');
    else if (spec.type === 'bind') (en = src ? `host path ${src}` : 'a host path'), (enVerb = 'bind-mounts'), (ko = src ? `호스트의 ${src} 경로가` : '호스트 경로가'), (verb = 'bind mount됨');
    else if (spec.type === 'tmpfs') (en = 'a tmpfs'), (ko = 'tmpfs가');
    else (en = src ?? 'something'), (ko = src ? `소스가 ${src}인 마운트가` : '무언가가');
    const rw = spec.readOnly === true ? [' (read-only)', ' (읽기 전용)'] : spec.readOnly === false ? [' (writable)', ' (쓰기 가능)'] : ['', ''];
    const who = spec.container ?? 'a container';
    const whoKo = spec.container ? `${spec.container} 컨테이너` : '어떤 컨테이너';
    if (spec.destination) return text(`${who} ${enVerb} ${en} at ${spec.destination}${rw[0]}`, `${whoKo}의 ${spec.destination}에 ${ko} ${verb}${rw[1]}`);
    return text(`${who} ${enVerb} ${en}${rw[0]}`, `${whoKo}에 ${ko} ${verb}${rw[1]}`);
  },
  evaluate(spec, { state }) {
    if (spec.container !== undefined) {
      const c = findContainer(state, spec.container);
      if (!c) return noContainer(state, spec.container);
      return mountsOf(c).some((m) => matches(m, spec)) ? PASS : explain(c, spec);
    }
    const all = Object.values(state.containers);
    if (all.some((c) => mountsOf(c).some((m) => matches(m, spec)))) return PASS;
    if (all.length === 0) return fail('there are no containers', '컨테이너가 하나도 없음');
    return fail('no container has such a mount', '그런 마운트가 있는 컨테이너가 없음');
  },
});
