/**
 * attached: a container has an endpoint on a network, with a given IP
 * address and network aliases (NetworkSettings.Networks). Without
 * `container` or `network`, any will do; `attached: false` means it must not be.
 */
import { z } from 'zod';
import type { ContainerRecord, EndpointSettings, EngineState } from '../../engine/state.ts';
import { text } from '../text.ts';
import { PASS, containerName, defineCheck, fail, findContainer, noContainer } from './common.ts';

const schema = z
  .strictObject({
    container: z.string().min(1).optional().describe('the container; omitted: any container'),
    network: z.string().min(1).optional().describe('the network name; omitted: any network'),
    ip: z.string().min(1).optional().describe('its IPv4 address on that network'),
    aliases: z.array(z.string().min(1)).min(1).optional().describe('names it answers to on that network (--network-alias, --alias); all must be there'),
    attached: z.boolean().default(true).describe('false: the container must not be attached to that network (default true)'),
  })
  .describe('a container is attached to a network');

type Spec = z.infer<typeof schema>;

interface Endpoint {
  network: string;
  ep: EndpointSettings;
}

function endpointsOf(state: EngineState, c: ContainerRecord): Endpoint[] {
  return Object.entries(c.Networks).map(([key, ep]) => ({ network: state.networks[ep.NetworkID]?.Name ?? key, ep }));
}

const ipOf = (ep: EndpointSettings) => ep.IPAddress || ep.IPAMConfig?.IPv4Address || '';
const namesOf = (ep: EndpointSettings) => [...new Set([...(ep.Aliases ?? []), ...(ep.DNSNames ?? [])])];

function matches(e: Endpoint, spec: Spec): boolean {
  if (spec.network !== undefined && e.network !== spec.network) return false;
  if (spec.ip !== undefined && ipOf(e.ep) !== spec.ip) return false;
  if (spec.aliases !== undefined && !spec.aliases.every((a) => namesOf(e.ep).includes(a))) return false;
  return true;
}

function explain(state: EngineState, c: ContainerRecord, spec: Spec) {
  const name = containerName(c);
  const eps = endpointsOf(state, c);
  const nets = eps.map((e) => e.network).join(', ');
  const on = spec.network === undefined ? eps : eps.filter((e) => e.network === spec.network);
  if (on.length === 0) {
    if (eps.length === 0) return fail(`${name} is not attached to any network`, `${name} 컨테이너는 어떤 네트워크에도 연결되어 있지 않음`);
    return fail(`${name} is not attached to ${spec.network} (its networks: ${nets})`, `${name} 컨테이너는 ${spec.network} 네트워크에 연결되어 있지 않음 (연결된 네트워크: ${nets})`);
  }
  const e = on[0];
  const ip = ipOf(e.ep);
  if (spec.ip !== undefined && ip !== spec.ip) {
    if (!ip) return fail(`${name} has no IP address on ${e.network} (it is ${c.State.Status})`, `${e.network} 네트워크에서 ${name} 컨테이너의 IP 주소가 없음 (${c.State.Status} 상태)`);
    return fail(`${name} has IP ${ip} on ${e.network}`, `${e.network} 네트워크에서 ${name} 컨테이너의 IP는 ${ip}`);
  }
  const missing = (spec.aliases ?? []).filter((a) => !namesOf(e.ep).includes(a));
  const names = namesOf(e.ep).join(', ') || '-';
  return fail(`on ${e.network}, ${name} answers to ${names}, not ${missing.join(', ')}`, `${e.network} 네트워크에서 ${name} 컨테이너의 이름: ${names} (${missing.join(', ')} 없음)`);
}

export const attachedCheck = defineCheck({
  kind: 'attached',
  summary: 'A container is attached to a network, with an IP address and aliases (or is not attached).',
  schema,
  label(spec) {
    const who = spec.container ?? 'a container';
    const whoKo = spec.container ? `${spec.container} 컨테이너` : '어떤 컨테이너';
    const net = spec.network ?? 'a network';
    const netKo = spec.network ? `${spec.network} 네트워크` : '네트워크';
    if (!spec.attached) return text(`${who} is not attached to ${net}`, `${whoKo}가 ${netKo}에 연결되어 있지 않음`);
    const en: string[] = [];
    const ko: string[] = [];
    if (spec.ip) (en.push(`IP ${spec.ip}`), ko.push(`IP ${spec.ip}`));
    if (spec.aliases) (en.push(`${spec.aliases.length > 1 ? 'aliases' : 'alias'} ${spec.aliases.join(', ')}`), ko.push(`별칭 ${spec.aliases.join(', ')}`));
    return text(`${who} is attached to ${net}${en.length ? ` with ${en.join(' and ')}` : ''}`, `${whoKo}가 ${netKo}에 연결됨${ko.length ? ` (${ko.join(', ')})` : ''}`);
  },
  evaluate(spec, { state }) {
    const candidates = spec.container !== undefined ? [findContainer(state, spec.container)] : Object.values(state.containers);
    if (spec.container !== undefined && !candidates[0]) return noContainer(state, spec.container);
    const hit = (candidates as ContainerRecord[]).find((c) => endpointsOf(state, c).some((e) => matches(e, spec)));
    if (!spec.attached) {
      if (!hit) return PASS;
      const e = endpointsOf(state, hit).find((x) => matches(x, spec))!;
      return fail(`${containerName(hit)} is still attached to ${e.network}`, `${containerName(hit)} 컨테이너가 아직 ${e.network} 네트워크에 연결되어 있음`);
    }
    if (hit) return PASS;
    if (spec.container !== undefined) return explain(state, candidates[0]!, spec);
    return fail('no container is attached like that', '그렇게 연결된 컨테이너가 없음');
  },
});
