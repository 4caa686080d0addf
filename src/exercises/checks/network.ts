/**
 * network: a network exists (or does not) with a given driver, subnet,
 * gateway, internal flag. Without `name`, any network will do.
 */
import { z } from 'zod';
import { gatewayOf } from '../../engine/network/endpoints.ts';
import type { NetworkRecord } from '../../engine/state.ts';
import { text } from '../text.ts';
import { PASS, defineCheck, fail } from './common.ts';

const schema = z
  .strictObject({
    name: z.string().min(1).optional().describe('the network name; omitted: any network'),
    exists: z.boolean().default(true).describe('false: no such network may exist (default true)'),
    driver: z.string().min(1).optional().describe('bridge, host, null, overlay, macvlan, ipvlan'),
    subnet: z.string().regex(/^[0-9a-fA-F:.]+\/\d{1,3}$/, 'a subnet is written in CIDR notation, like 10.10.0.0/24').optional().describe('one of its IPAM subnets, in CIDR notation'),
    gateway: z.string().min(1).optional().describe('the gateway address of one of its subnets'),
    internal: z.boolean().optional().describe('true: created with --internal (no route out)'),
  })
  .describe('a network exists or is gone');

type Spec = z.infer<typeof schema>;

const configs = (n: NetworkRecord) => n.IPAM.Config ?? [];

function matches(n: NetworkRecord, spec: Spec): boolean {
  if (spec.name !== undefined && n.Name !== spec.name) return false;
  if (spec.driver !== undefined && n.Driver !== spec.driver) return false;
  if (spec.subnet !== undefined && !configs(n).some((c) => c.Subnet.toLowerCase() === spec.subnet!.toLowerCase())) return false;
  if (spec.gateway !== undefined && !configs(n).some((c) => gatewayOf(n, c) === spec.gateway)) return false;
  if (spec.internal !== undefined && n.Internal !== spec.internal) return false;
  return true;
}

function details(spec: Spec) {
  const en: string[] = [];
  const ko: string[] = [];
  if (spec.driver) (en.push(`driver ${spec.driver}`), ko.push(`드라이버 ${spec.driver}`));
  if (spec.subnet) (en.push(`subnet ${spec.subnet}`), ko.push(`서브넷 ${spec.subnet}`));
  if (spec.gateway) (en.push(`gateway ${spec.gateway}`), ko.push(`게이트웨이 ${spec.gateway}`));
  if (spec.internal === true) (en.push('internal'), ko.push('internal'));
  if (spec.internal === false) (en.push('not internal'), ko.push('internal 아님'));
  return { en: en.length ? ` (${en.join(', ')})` : '', ko: ko.length ? ` (${ko.join(', ')})` : '' };
}

function describe(n: NetworkRecord) {
  const subnets = configs(n).map((c) => c.Subnet);
  const gateways = configs(n).map((c) => gatewayOf(n, c));
  const en = [`driver ${n.Driver}`, subnets.length ? `subnet ${subnets.join(', ')}` : 'no subnet', ...(gateways.length ? [`gateway ${gateways.join(', ')}`] : []), ...(n.Internal ? ['internal'] : [])];
  const ko = [`드라이버 ${n.Driver}`, subnets.length ? `서브넷 ${subnets.join(', ')}` : '서브넷 없음', ...(gateways.length ? [`게이트웨이 ${gateways.join(', ')}`] : []), ...(n.Internal ? ['internal'] : [])];
  return text(`network ${n.Name}: ${en.join(', ')}`, `${n.Name} 네트워크: ${ko.join(', ')}`);
}

export const networkCheck = defineCheck({
  kind: 'network',
  summary: 'A network exists or is gone; its driver, subnet, gateway, internal flag.',
  schema,
  label(spec) {
    const d = details(spec);
    if (!spec.exists) {
      if (spec.name) return text(`network ${spec.name}${d.en} does not exist`, `${spec.name} 네트워크가 없음${d.ko}`);
      return text(`no network${d.en} exists`, `조건에 맞는 네트워크가 하나도 없음${d.ko}`);
    }
    if (spec.name) return text(`network ${spec.name} exists${d.en}`, `${spec.name} 네트워크가 있음${d.ko}`);
    return text(`a network exists${d.en}`, `네트워크가 있음${d.ko}`);
  },
  evaluate(spec, { state }) {
    const all = Object.values(state.networks);
    const hits = all.filter((n) => matches(n, spec));
    if (!spec.exists) {
      if (hits.length === 0) return PASS;
      const names = hits.map((n) => n.Name).join(', ');
      return spec.name ? fail(`network ${spec.name} still exists`, `${spec.name} 네트워크가 아직 있음`) : fail(`still there: ${names}`, `아직 남아 있는 네트워크: ${names}`);
    }
    if (hits.length > 0) return PASS;
    if (spec.name !== undefined) {
      const named = all.find((n) => n.Name === spec.name);
      if (named) {
        const d = describe(named);
        return fail(d.en, d.ko);
      }
      const names = all.map((n) => n.Name).join(', ');
      return fail(`there is no network ${spec.name} (there are: ${names})`, `${spec.name} 네트워크가 없음 (있는 네트워크: ${names})`);
    }
    const list = all.map(describe);
    return fail(`no network is like that; ${list.map((d) => d.en).join('; ')}`, `조건에 맞는 네트워크가 없음. ${list.map((d) => d.ko).join('; ')}`);
  },
});
