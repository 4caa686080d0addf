/** A fresh engine with images pulled, and `docker run -d` in one call, for the networking tests. */
import type { CreateRequest } from '../../../src/engine/containers/create.ts';
import { startContainer, stopContainer } from '../../../src/engine/containers/lifecycle.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { pullImage } from '../../../src/engine/images/store.ts';
import type { ContainerRecord, HostConfig, PortBinding } from '../../../src/engine/state.ts';

export function testEngine(): Engine {
  const engine = Engine.create(1);
  for (const image of ['busybox', 'nginx', 'mysql', 'httpd']) pullImage(engine.state, image);
  return engine;
}

export interface RunOptions {
  name?: string;
  image?: string;
  network?: string;
  networks?: string[];
  aliases?: string[];
  ip?: string;
  ip6?: string;
  hostname?: string;
  mac?: string;
  ports?: Record<string, PortBinding[]>;
  publishAll?: boolean;
  links?: string[];
  dns?: string[];
  dnsSearch?: string[];
  dnsOptions?: string[];
  extraHosts?: string[];
  exposed?: string[];
  start?: boolean;
}

/** `docker create` (+ start): the request docker/cli builds for the options. */
export function run(engine: Engine, o: RunOptions = {}): ContainerRecord {
  const networks = o.networks ?? (o.network ? [o.network] : []);
  const hostConfig: Partial<HostConfig> = {
    NetworkMode: networks[0] ?? 'default',
    PortBindings: o.ports ?? {},
    PublishAllPorts: o.publishAll ?? false,
    Links: o.links ?? null,
    Dns: o.dns ?? [],
    DnsSearch: o.dnsSearch ?? [],
    DnsOptions: o.dnsOptions ?? [],
    ExtraHosts: o.extraHosts ?? null,
  };
  const exposed: Record<string, Record<string, never>> = {};
  for (const k of [...Object.keys(o.ports ?? {}), ...(o.exposed ?? [])]) exposed[k] = {};
  const req: CreateRequest = {
    name: o.name,
    Config: {
      Image: o.image ?? 'busybox',
      Cmd: (o.image ?? 'busybox') === 'busybox' ? ['sleep', '1d'] : undefined,
      Hostname: o.hostname ?? '',
      MacAddress: o.mac,
      ExposedPorts: Object.keys(exposed).length ? exposed : undefined,
    },
    HostConfig: hostConfig,
    endpoint: { aliases: o.aliases ?? [], ipv4: o.ip, ipv6: o.ip6, extraNetworks: networks.slice(1) },
  };
  const c = engine.create(req);
  if (o.start !== false) startContainer(engine.state, c);
  return c;
}

export function stop(engine: Engine, c: ContainerRecord): void {
  stopContainer(engine.state, c, 0);
}

export function start(engine: Engine, c: ContainerRecord): void {
  startContainer(engine.state, c);
}

export function ipOf(c: ContainerRecord, network?: string): string {
  const ep = network ? c.Networks[network] : Object.values(c.Networks)[0];
  return ep?.IPAddress ?? '';
}

/** The message of the DockerError `fn` throws. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

export function readHostFile(engine: Engine, path: string): string {
  return engine.hostFs.readFile(path);
}
