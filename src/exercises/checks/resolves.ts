/**
 * resolves: a name resolves, seen from inside a container (or the host), the
 * way getaddrinfo resolves it there: /etc/hosts, then the container's DNS
 * server (Docker's embedded DNS on user-defined networks). Uses the
 * networking model's resolveName on the snapshot.
 */
import { z } from 'zod';
import { resolveName } from '../../engine/network/dns.ts';
import type { ContainerRecord, EngineState } from '../../engine/state.ts';
import { text } from '../text.ts';
import { PASS, containerName, defineCheck, fail, findContainer, noContainer } from './common.ts';

const IP = /^(\d{1,3}\.){3}\d{1,3}$|:/;

const schema = z
  .strictObject({
    from: z.string().min(1).optional().describe('the container that looks the name up, or "host"; omitted: any running container'),
    name: z.string().min(1).describe('the name looked up (required)'),
    to: z.string().min(1).optional().describe('a container name, or an IP address, the answer must include; omitted: any address'),
    expect: z.boolean().default(true).describe('false: the name must NOT resolve (to `to`, when given)'),
  })
  .describe('a name resolves from a container');

type Spec = z.infer<typeof schema>;

/** Every address of every container, to name who owns an answer. */
function addressOwners(state: EngineState): Map<string, string> {
  const owners = new Map<string, string>();
  for (const c of Object.values(state.containers)) {
    for (const ep of Object.values(c.Networks)) {
      if (ep.IPAddress) owners.set(ep.IPAddress, containerName(c));
      if (ep.GlobalIPv6Address) owners.set(ep.GlobalIPv6Address, containerName(c));
    }
  }
  return owners;
}

function targetAddresses(state: EngineState, to: string): string[] | null {
  if (IP.test(to)) return [to];
  const c = findContainer(state, to);
  if (!c) return null;
  return Object.values(c.Networks).flatMap((ep) => [ep.IPAddress, ep.GlobalIPv6Address].filter(Boolean));
}

interface Lookup {
  addresses: string[];
  source: 'hosts' | 'embedded' | 'upstream';
}

function lookup(state: EngineState, from: ContainerRecord | 'host', name: string): Lookup {
  // resolveName counts DNS queries in the state (round robin): let it count on a copy
  const answer = resolveName({ ...state }, from, name);
  return { addresses: answer.found ? answer.addresses : [], source: answer.source };
}

function verdict(spec: Spec, found: Lookup, target: string[] | null): boolean {
  const hit = target === null ? found.addresses.length > 0 : found.addresses.some((a) => target.includes(a));
  return hit === spec.expect;
}

export const resolvesCheck = defineCheck({
  kind: 'resolves',
  summary: "A name resolves (or not) from inside a container, through its /etc/hosts and DNS, optionally to a given container's address.",
  schema,
  label(spec) {
    const from = spec.from === 'host' ? 'on the host' : spec.from ? `from ${spec.from}` : 'from a container';
    const fromKo = spec.from === 'host' ? '호스트' : spec.from ? `${spec.from} 컨테이너` : '어떤 컨테이너';
    const to = spec.to ? (IP.test(spec.to) ? spec.to : `container ${spec.to}`) : 'an address';
    const toKo = spec.to ? (IP.test(spec.to) ? `${spec.to} 주소로` : `${spec.to} 컨테이너의 주소로`) : '주소로';
    if (spec.expect) return text(`${from}, the name ${spec.name} resolves to ${to}`, `${fromKo}에서 ${spec.name} 이름이 ${toKo} 해석됨`);
    if (spec.to) return text(`${from}, the name ${spec.name} does not resolve to ${to}`, `${fromKo}에서 ${spec.name} 이름이 ${toKo} 해석되지 않음`);
    return text(`${from}, the name ${spec.name} does not resolve`, `${fromKo}에서 ${spec.name} 이름이 해석되지 않음`);
  },
  evaluate(spec, { state }) {
    const target = spec.to === undefined ? null : targetAddresses(state, spec.to);
    if (spec.to !== undefined && target === null && spec.expect) return noContainer(state, spec.to);
    let from: (ContainerRecord | 'host')[];
    if (spec.from === 'host') from = ['host'];
    else if (spec.from !== undefined) {
      const c = findContainer(state, spec.from);
      if (!c) return noContainer(state, spec.from);
      from = [c];
    } else {
      from = Object.values(state.containers).filter((c) => c.State.Running);
      if (from.length === 0) return fail('no container is running to look the name up from', '이름을 조회할 실행 중인 컨테이너가 없음');
    }
    const results = from.map((f) => ({ f, found: lookup(state, f, spec.name) }));
    if (spec.expect ? results.some((r) => verdict(spec, r.found, target)) : results.every((r) => verdict(spec, r.found, target))) return PASS;

    const r = spec.expect ? results[0] : results.find((x) => !verdict(spec, x.found, target))!;
    const who = r.f === 'host' ? 'the host' : containerName(r.f);
    const whoKo = r.f === 'host' ? '호스트' : `${containerName(r.f)} 컨테이너`;
    if (r.found.addresses.length === 0) {
      if (r.found.source === 'upstream' && r.f !== 'host') {
        return fail(
          `from ${who}, ${spec.name} does not resolve: ${who} is on no user-defined network, and the default bridge has no embedded DNS for container names`,
          `${whoKo}에서 ${spec.name} 이름을 찾을 수 없음: 사용자 정의 네트워크에 연결되어 있지 않고, 기본 bridge 네트워크에는 컨테이너 이름을 알려 주는 내장 DNS가 없음`,
        );
      }
      return fail(`from ${who}, ${spec.name} does not resolve (no container or alias has that name on its networks)`, `${whoKo}에서 ${spec.name} 이름을 찾을 수 없음 (연결된 네트워크에 그 이름의 컨테이너나 별칭이 없음)`);
    }
    const owners = addressOwners(state);
    const answer = r.found.addresses.map((a) => (owners.has(a) ? `${a} (${owners.get(a)})` : a)).join(', ');
    return fail(`from ${who}, ${spec.name} resolves to ${answer}`, `${whoKo}에서 ${spec.name} 이름의 해석 결과: ${answer}`);
  },
});
