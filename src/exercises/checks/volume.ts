/**
 * volume: a volume exists (or does not), with a given driver, named or
 * anonymous, used by a container or not. Without `name`, any volume will
 * do; with `exists: false`, no volume may match the other fields (so
 * `{ anonymous: true, exists: false }` means "no anonymous volume is left").
 */
import { z } from 'zod';
import type { EngineState, VolumeRecord } from '../../engine/state.ts';
import { text } from '../text.ts';
import { PASS, containerName, defineCheck, fail } from './common.ts';

const schema = z
  .strictObject({
    name: z.string().min(1).optional().describe('the volume name; omitted: any volume'),
    exists: z.boolean().default(true).describe('false: no such volume may exist (default true)'),
    driver: z.string().min(1).optional().describe('its driver, e.g. local'),
    anonymous: z.boolean().optional().describe('true: an anonymous volume (a 64-hex name Docker chose); false: a named one'),
    inUse: z.boolean().optional().describe('true: some container (running or not) mounts it; false: none does'),
  })
  .describe('a volume exists or is gone');

type Spec = z.infer<typeof schema>;

const usersOf = (state: EngineState, v: VolumeRecord) =>
  Object.values(state.containers).filter((c) => c.Mounts.some((m) => m.Type === 'volume' && m.Name === v.Name)).map(containerName);

function matches(state: EngineState, v: VolumeRecord, spec: Spec): boolean {
  if (spec.name !== undefined && v.Name !== spec.name) return false;
  if (spec.driver !== undefined && v.Driver !== spec.driver) return false;
  if (spec.anonymous !== undefined && v.anonymous !== spec.anonymous) return false;
  if (spec.inUse !== undefined && usersOf(state, v).length > 0 !== spec.inUse) return false;
  return true;
}

const short = (name: string) => (/^[0-9a-f]{64}$/.test(name) ? `${name.slice(0, 12)}…` : name);

function describe(state: EngineState, v: VolumeRecord) {
  const users = usersOf(state, v);
  const en = [`driver ${v.Driver}`, v.anonymous ? 'anonymous' : 'named', users.length ? `used by ${users.join(', ')}` : 'not used by any container'];
  const ko = [`드라이버 ${v.Driver}`, v.anonymous ? '익명 볼륨' : '이름 있는 볼륨', users.length ? `사용 중인 컨테이너: ${users.join(', ')}` : '사용하는 컨테이너 없음'];
  return text(`volume ${short(v.Name)}: ${en.join(', ')}`, `${short(v.Name)} 볼륨: ${ko.join(', ')}`);
}

export const volumeCheck = defineCheck({
  kind: 'volume',
  summary: 'A volume exists or is gone; named or anonymous, with a driver, in use or not.',
  schema,
  label(spec) {
    const use = spec.inUse === true ? ['in-use ', '컨테이너가 사용 중인 '] : spec.inUse === false ? ['unused ', '쓰이지 않는 '] : ['', ''];
    const kind = spec.anonymous === true ? ['anonymous volume', '익명 볼륨'] : spec.anonymous === false ? ['named volume', '이름 있는 볼륨'] : ['volume', '볼륨'];
    const driver = spec.driver ? [` with driver ${spec.driver}`, `드라이버가 ${spec.driver}인 `] : ['', ''];
    if (spec.name) {
      const koName = `${use[1]}${driver[1]}${spec.name} 볼륨`;
      const enName = `${use[0]}volume ${spec.name}${driver[0]}`;
      return spec.exists ? text(`${enName} exists`, `${koName}이 있음`) : text(`${enName} does not exist`, `${koName}이 없음`);
    }
    const en = `${use[0]}${kind[0]}${driver[0]}`;
    const ko = `${use[1]}${driver[1]}${kind[1]}`;
    if (spec.exists) return text(`${/^[aeiou]/.test(en) ? 'an' : 'a'} ${en} exists`, `${ko}이 있음`);
    return text(`no ${en} is left`, `${ko}이 하나도 없음`);
  },
  evaluate(spec, { state }) {
    const all = Object.values(state.volumes);
    const hits = all.filter((v) => matches(state, v, spec));
    if (spec.exists) {
      if (hits.length > 0) return PASS;
      if (spec.name !== undefined) {
        const named = state.volumes[spec.name];
        if (named) {
          const d = describe(state, named);
          return fail(d.en, d.ko);
        }
        const names = all.map((v) => short(v.Name)).join(', ');
        return names
          ? fail(`there is no volume ${spec.name} (there are: ${names})`, `${spec.name} 볼륨이 없음 (있는 볼륨: ${names})`)
          : fail(`there is no volume ${spec.name}: there are no volumes at all`, `${spec.name} 볼륨이 없음 (볼륨이 하나도 없음)`);
      }
      if (all.length === 0) return fail('there are no volumes', '볼륨이 하나도 없음');
      const list = all.map((v) => describe(state, v));
      return fail(`no volume is like that; ${list.map((d) => d.en).join('; ')}`, `조건에 맞는 볼륨이 없음. ${list.map((d) => d.ko).join('; ')}`);
    }
    if (hits.length === 0) return PASS;
    if (spec.name !== undefined) {
      const users = usersOf(state, hits[0]);
      return users.length
        ? fail(`volume ${spec.name} still exists (used by ${users.join(', ')})`, `${spec.name} 볼륨이 아직 있음 (사용 중인 컨테이너: ${users.join(', ')})`)
        : fail(`volume ${spec.name} still exists`, `${spec.name} 볼륨이 아직 있음`);
    }
    const names = hits.map((v) => short(v.Name)).join(', ');
    return fail(`${hits.length === 1 ? 'this volume is' : `${hits.length} such volumes are`} still there: ${names}`, `아직 남아 있는 볼륨 ${hits.length}개: ${names}`);
  },
});
