/**
 * gone: a container, volume, network or image no longer exists (cleaning up,
 * replacing a container). Name at least one; every one named must be gone.
 */
import { z } from 'zod';
import type { EngineState } from '../../engine/state.ts';
import { text } from '../text.ts';
import { PASS, containerName, defineCheck, fail, findContainer, findNetworkByName, parseImageRef, statusWord } from './common.ts';

const schema = z
  .strictObject({
    container: z.string().min(1).optional().describe('a container that must not exist'),
    volume: z.string().min(1).optional().describe('a volume that must not exist'),
    network: z.string().min(1).optional().describe('a network that must not exist'),
    image: z.string().min(1).optional().describe('an image that must not be pulled ("nginx": no tag of it; "nginx:1.27": that tag)'),
  })
  .refine((s) => s.container || s.volume || s.network || s.image, 'name at least one of container, volume, network, image')
  .describe('something was removed');

type Spec = z.infer<typeof schema>;

const NOUNS = {
  container: { en: 'container', ko: '컨테이너', subject: '컨테이너가' },
  volume: { en: 'volume', ko: '볼륨', subject: '볼륨이' },
  network: { en: 'network', ko: '네트워크', subject: '네트워크가' },
  image: { en: 'image', ko: '이미지', subject: '이미지가' },
} as const;

type Kind = keyof typeof NOUNS;
const entries = (spec: Spec) => (Object.keys(NOUNS) as Kind[]).filter((k) => spec[k] !== undefined).map((k) => ({ kind: k, name: spec[k]! }));

function imageTags(state: EngineState, ref: string): string[] {
  const want = parseImageRef(ref);
  return Object.values(state.images)
    .flatMap((i) => i.RepoTags)
    .filter((t) => {
      const got = parseImageRef(t);
      return got.repository === want.repository && (want.tag === null || got.tag === want.tag);
    });
}

function still(state: EngineState, kind: Kind, name: string): { en: string; ko: string } | null {
  if (kind === 'container') {
    const c = findContainer(state, name);
    return c ? { en: `container ${containerName(c)} still exists (${statusWord(c)})`, ko: `${containerName(c)} 컨테이너가 아직 있음 (${statusWord(c)} 상태)` } : null;
  }
  if (kind === 'volume') {
    if (!state.volumes[name]) return null;
    const users = Object.values(state.containers).filter((c) => c.Mounts.some((m) => m.Name === name)).map(containerName);
    const by = users.length ? [` (used by ${users.join(', ')})`, ` (사용 중인 컨테이너: ${users.join(', ')})`] : ['', ''];
    return { en: `volume ${name} still exists${by[0]}`, ko: `${name} 볼륨이 아직 있음${by[1]}` };
  }
  if (kind === 'network') return findNetworkByName(state, name) ? { en: `network ${name} still exists`, ko: `${name} 네트워크가 아직 있음` } : null;
  const tags = imageTags(state, name);
  return tags.length ? { en: `image ${tags.join(', ')} is still pulled`, ko: `${tags.join(', ')} 이미지가 아직 있음` } : null;
}

export const goneCheck = defineCheck({
  kind: 'gone',
  summary: 'A container, volume, network or image has been removed.',
  schema,
  label(spec) {
    const items = entries(spec);
    const en = items.map((i) => `${NOUNS[i.kind].en} ${i.name}`);
    const ko = items.map((i, n) => `${i.name} ${n === items.length - 1 ? NOUNS[i.kind].subject : NOUNS[i.kind].ko}`);
    const enText = en.length > 1 ? `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]} are removed` : `${en[0]} is removed`;
    return text(enText, `${ko.join(', ')} 삭제됨`);
  },
  evaluate(spec, { state }) {
    const left = entries(spec)
      .map((i) => still(state, i.kind, i.name))
      .filter((x): x is { en: string; ko: string } => x !== null);
    if (left.length === 0) return PASS;
    return fail(left.map((l) => l.en).join('; '), left.map((l) => l.ko).join('; '));
  },
});
