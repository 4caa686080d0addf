/**
 * container: a container exists, and is (not) running, in a given status,
 * created from a given image. Without `name`, any container will do.
 */
import { z } from 'zod';
import type { ContainerRecord, EngineState } from '../../engine/state.ts';
import { text } from '../text.ts';
import { PASS, containerName, defineCheck, fail, findContainer, imageMatches, noContainer, statusWord } from './common.ts';

const STATUSES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'] as const;

const schema = z
  .strictObject({
    name: z.string().min(1).optional().describe('the container name (as in --name); omitted: any container'),
    running: z.boolean().optional().describe('true: it is running (docker ps lists it); false: it is not'),
    status: z.enum(STATUSES).optional().describe('its State.Status: created, running, paused, restarting, removing, exited or dead'),
    image: z.string().min(1).optional().describe('the image it was created from: "mysql" is any tag of mysql, "mysql:8.0" only that tag'),
  })
  .describe('a container exists and is in the state described');

type Spec = z.infer<typeof schema>;

function matches(state: EngineState, c: ContainerRecord, spec: Spec): boolean {
  if (spec.running !== undefined && c.State.Running !== spec.running) return false;
  if (spec.status !== undefined && c.State.Status !== spec.status) return false;
  if (spec.image !== undefined && !imageMatches(state, c, spec.image)) return false;
  return true;
}

const describe = (c: ContainerRecord) => `${containerName(c)} (${c.imageRef}, ${statusWord(c)})`;

export const containerCheck = defineCheck({
  kind: 'container',
  summary: 'A container exists and is running or stopped, in a given status, from a given image.',
  schema,
  label(spec) {
    const enPreds: string[] = [];
    const koPreds: string[] = [];
    if (spec.running === true) (enPreds.push('is running'), koPreds.push('실행 중'));
    if (spec.running === false) (enPreds.push('is not running'), koPreds.push('실행 중이 아님'));
    if (spec.status) (enPreds.push(`is ${spec.status}`), koPreds.push(`${spec.status} 상태임`));
    if (enPreds.length === 0) (enPreds.push('exists'), koPreds.push('있음'));
    const enSubject = `${spec.name ? `container ${spec.name}` : 'a container'}${spec.image ? ` (image ${spec.image})` : ''}`;
    const koSubject = `${spec.image ? `${spec.image} 이미지로 만든 ` : ''}${spec.name ? `${spec.name} 컨테이너` : '컨테이너'}`;
    return text(`${enSubject} ${enPreds.join(' and ')}`, `${koSubject}가 ${koPreds.join(', ')}`);
  },
  evaluate(spec, { state }) {
    if (spec.name !== undefined) {
      const c = findContainer(state, spec.name);
      if (!c) return noContainer(state, spec.name);
      if (matches(state, c, spec)) return PASS;
      return fail(`${containerName(c)} is ${statusWord(c)}, from image ${c.imageRef}`, `${containerName(c)} 컨테이너는 ${statusWord(c)} 상태, 이미지는 ${c.imageRef}`);
    }
    const all = Object.values(state.containers);
    if (all.some((c) => matches(state, c, spec))) return PASS;
    if (all.length === 0) return fail('there are no containers', '컨테이너가 하나도 없음');
    const list = all.map(describe).join(', ');
    return fail(`no container is like that; there are: ${list}`, `조건에 맞는 컨테이너가 없음. 있는 컨테이너: ${list}`);
  },
});
