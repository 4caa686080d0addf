/**
 * published: a running container publishes a port on the host (-p), as
 * `docker port` shows it: host address, host port, container port and
 * protocol. Without `container`, any container will do.
 */
import { z } from 'zod';
import type { ContainerRecord, PortMapping } from '../../engine/state.ts';
import { text } from '../text.ts';
import { PASS, containerName, defineCheck, fail, findContainer, noContainer } from './common.ts';

const port = z.number().int().min(1).max(65535);

const schema = z
  .strictObject({
    container: z.string().min(1).optional().describe('the container; omitted: any container'),
    hostPort: port.optional().describe('the port on the Docker host (8080 in -p 8080:80)'),
    containerPort: port.optional().describe('the port inside the container (80 in -p 8080:80)'),
    protocol: z.enum(['tcp', 'udp', 'sctp']).optional().describe('tcp, udp or sctp'),
    hostIp: z.string().min(1).optional().describe('the host address it listens on: 0.0.0.0 for all, or e.g. 127.0.0.1'),
  })
  .describe('a container publishes a port on the host');

type Spec = z.infer<typeof schema>;

function matches(p: PortMapping, spec: Spec): boolean {
  const [cport, proto] = p.port.split('/');
  if (spec.containerPort !== undefined && Number(cport) !== spec.containerPort) return false;
  if (spec.protocol !== undefined && (proto ?? 'tcp') !== spec.protocol) return false;
  if (spec.hostPort !== undefined && p.hostPort !== spec.hostPort) return false;
  if (spec.hostIp !== undefined && p.hostIp !== spec.hostIp) return false;
  return true;
}

/** As docker ps prints it: 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp */
export function formatPort(p: PortMapping): string {
  const ip = p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp;
  return `${ip}:${p.hostPort}->${p.port}`;
}

function configured(c: ContainerRecord): string[] {
  return Object.entries(c.HostConfig.PortBindings ?? {}).flatMap(([cport, bindings]) =>
    (bindings ?? []).map((b) => `${b.HostIp ? `${b.HostIp}:` : ''}${b.HostPort || '(any)'}->${cport}`),
  );
}

export const publishedCheck = defineCheck({
  kind: 'published',
  summary: 'A running container publishes a container port on a host port and address (-p).',
  schema,
  label(spec) {
    const proto = spec.protocol ? `/${spec.protocol}` : '';
    const cport = spec.containerPort ? `port ${spec.containerPort}${proto}` : spec.protocol ? `a ${spec.protocol} port` : 'a port';
    const cportKo = spec.containerPort ? `${spec.containerPort}${proto} 포트가` : spec.protocol ? `${spec.protocol} 포트가` : '포트가';
    const host = spec.hostIp && spec.hostPort ? `${spec.hostIp}:${spec.hostPort}` : spec.hostPort ? `host port ${spec.hostPort}` : spec.hostIp ? `host address ${spec.hostIp}` : 'the host';
    const hostKo = spec.hostIp && spec.hostPort ? `호스트의 ${spec.hostIp}:${spec.hostPort} 주소로` : spec.hostPort ? `호스트의 ${spec.hostPort} 포트로` : spec.hostIp ? `호스트의 ${spec.hostIp} 주소로` : '호스트에';
    const who = spec.container ?? 'a container';
    const whoKo = spec.container ? `${spec.container} 컨테이너의` : '어떤 컨테이너의';
    return text(`${who} publishes ${cport} on ${host}`, `${whoKo} ${cportKo} ${hostKo} 공개됨`);
  },
  evaluate(spec, { state }) {
    if (spec.container !== undefined) {
      const c = findContainer(state, spec.container);
      if (!c) return noContainer(state, spec.container);
      const name = containerName(c);
      if (c.Ports.some((p) => matches(p, spec))) return PASS;
      if (!c.State.Running) {
        const would = configured(c);
        return would.length
          ? fail(`${name} is not running, so it publishes nothing (when it runs: ${would.join(', ')})`, `${name} 컨테이너가 실행 중이 아니라서 공개된 포트가 없음 (실행하면: ${would.join(', ')})`)
          : fail(`${name} is not running, and it was created without -p`, `${name} 컨테이너가 실행 중이 아니고, -p 없이 만들어졌음`);
      }
      if (c.Ports.length === 0) return fail(`${name} publishes no ports (it was created without -p)`, `${name} 컨테이너에는 공개된 포트가 없음 (-p 없이 만들어졌음)`);
      const list = c.Ports.map(formatPort).join(', ');
      return fail(`${name} publishes ${list}`, `${name} 컨테이너의 공개 포트: ${list}`);
    }
    const all = Object.values(state.containers);
    if (all.some((c) => c.Ports.some((p) => matches(p, spec)))) return PASS;
    const list = all.flatMap((c) => c.Ports.map((p) => `${containerName(c)} ${formatPort(p)}`)).join(', ');
    return list ? fail(`no container publishes that; published now: ${list}`, `그렇게 공개된 포트가 없음. 지금 공개된 포트: ${list}`) : fail('no container publishes any port', '공개된 포트가 하나도 없음');
  },
});
