/**
 * reachable: a packet from a container (or the host) gets to another
 * container's address (or an IP), as Docker's bridges, routes and isolation
 * rules decide. Uses the networking model's reachable() on the snapshot.
 */
import { z } from 'zod';
import { type Reachability, reachable } from '../../engine/network/reach.ts';
import type { ContainerRecord, EngineState } from '../../engine/state.ts';
import { text } from '../text.ts';
import { PASS, containerName, defineCheck, fail, findContainer, noContainer } from './common.ts';

const IP = /^(\d{1,3}\.){3}\d{1,3}$|:/;

const schema = z
  .strictObject({
    from: z.string().min(1).optional().describe('the sending container, or "host"; omitted: any running container'),
    to: z.string().min(1).describe('the container (any of its addresses) or the IP address reached (required)'),
    expect: z.boolean().default(true).describe('false: it must NOT be reachable (isolation exercises)'),
  })
  .describe('one container reaches another by IP address');

type Spec = z.infer<typeof schema>;

function targetOf(state: EngineState, to: string): { ips: string[]; container?: ContainerRecord } | null {
  if (IP.test(to)) return { ips: [to] };
  const c = findContainer(state, to);
  if (!c) return null;
  const ips = Object.values(c.Networks).flatMap((ep) => [ep.IPAddress, ep.GlobalIPv6Address].filter(Boolean));
  return { ips, container: c };
}

function reaches(r: Reachability, target: { container?: ContainerRecord }): boolean {
  if (!r.ok) return false;
  return !target.container || (r.target.kind === 'container' && r.target.container.Id === target.container.Id);
}

const REASONS = {
  filtered: ['the packets are dropped on the way (separate networks are isolated from each other)', '패킷이 중간에 차단됨 (서로 다른 네트워크는 격리되어 있음)'],
  'host-unreachable': ['nobody answers at that address on its networks', '연결된 네트워크에서 그 주소에 응답하는 상대가 없음'],
  'network-unreachable': ['it has no route to that address', '그 주소로 가는 경로가 없음'],
} as const;

export const reachableCheck = defineCheck({
  kind: 'reachable',
  summary: 'A container (or the host) reaches another container or an IP address through the network model, or cannot.',
  schema,
  label(spec) {
    const from = spec.from === 'host' ? 'the host' : spec.from ?? 'a container';
    const fromKo = spec.from === 'host' ? '호스트' : spec.from ? `${spec.from} 컨테이너` : '어떤 컨테이너';
    const toKo = IP.test(spec.to) ? `${spec.to} 주소로` : `${spec.to} 컨테이너의 IP 주소로`;
    if (spec.expect) return text(`${from} can reach ${spec.to}${IP.test(spec.to) ? '' : ' by IP address'}`, `${fromKo}에서 ${toKo} 통신할 수 있음`);
    return text(`${from} cannot reach ${spec.to}`, `${fromKo}에서 ${toKo} 통신할 수 없음`);
  },
  evaluate(spec, { state }) {
    const target = targetOf(state, spec.to);
    if (!target) return spec.expect ? noContainer(state, spec.to) : PASS;
    let senders: (ContainerRecord | 'host')[];
    if (spec.from === 'host') senders = ['host'];
    else if (spec.from !== undefined) {
      const c = findContainer(state, spec.from);
      if (!c) return noContainer(state, spec.from);
      senders = [c];
    } else senders = Object.values(state.containers).filter((c) => c.State.Running && c.Id !== target.container?.Id);
    const toName = target.container ? containerName(target.container) : spec.to;
    if (target.ips.length === 0) {
      if (!spec.expect) return PASS;
      const status = target.container!.State.Status;
      return fail(`${toName} has no IP address (it is ${status})`, `${toName} 컨테이너에 IP 주소가 없음 (${status} 상태)`);
    }
    const tries = senders.map((s) => ({ s, results: target.ips.map((ip) => ({ ip, r: reachable(state, s, ip) })) }));
    const ok = (t: (typeof tries)[number]) => t.results.some((x) => reaches(x.r, target));
    if (spec.expect ? tries.some(ok) : !tries.some(ok)) return PASS;
    if (tries.length === 0) return fail('no container is running to send from', '통신을 시작할 실행 중인 컨테이너가 없음');

    const t = spec.expect ? tries[0] : tries.find(ok)!;
    const who = t.s === 'host' ? 'the host' : containerName(t.s);
    const whoKo = t.s === 'host' ? '호스트' : `${containerName(t.s)} 컨테이너`;
    const ips = target.ips.join(', ');
    const toEn = target.container ? `${toName} (${ips})` : ips;
    const toKo = target.container ? `${toName} 컨테이너(${ips})로` : `${ips} 주소로`;
    if (!spec.expect) return fail(`${who} can reach ${toEn}`, `${whoKo}에서 ${toKo} 통신할 수 있음`);
    const first = t.results[0].r;
    if (t.s !== 'host' && !t.s.State.Running) return fail(`${who} is not running, so it sends nothing`, `${whoKo}가 실행 중이 아니라서 통신할 수 없음`);
    const [en, ko] = first.ok ? ['another host answers at that address', '그 주소에서 다른 상대가 응답함'] : REASONS[first.reason];
    return fail(`${who} cannot reach ${toEn}: ${en}`, `${whoKo}에서 ${toKo} 통신할 수 없음: ${ko}`);
  },
});
