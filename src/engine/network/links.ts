/**
 * Legacy container links (`--link name[:alias]`) on the default bridge:
 * the link graph kept in HostConfig.Links as "/child:/parent/alias", the
 * /etc/hosts entries they add, and the environment variables a linking
 * container's processes get (moby daemon/links.go, links/links.go ToEnv).
 * On a user-defined network a link is only a DNS alias for the linking
 * container (endpoint Links), handled by dns.ts.
 */
import { invalidParameter } from '../errors.ts';
import type { ContainerRecord, EngineState } from '../state.ts';
import { isBridgeMode } from './networks.ts';

export interface Link {
  child: ContainerRecord;
  /** the alias the parent knows the child by */
  alias: string;
}

/** opts.ParseLink: "name[:alias]" (also "/name:/parent/alias"), the alias defaulting to the name. */
export function parseLink(spec: string): { name: string; alias: string } {
  const [rawName, rawAlias] = spec.split(':', 2);
  const name = rawName.replace(/^\//, '');
  const alias = rawAlias === undefined ? name : rawAlias.split('/').pop()!;
  return { name, alias };
}

function findContainerRef(state: EngineState, ref: string): ContainerRecord | undefined {
  return (
    state.containers[ref] ??
    Object.values(state.containers).find((c) => c.Name === ref) ??
    (() => {
      const byPrefix = Object.values(state.containers).filter((c) => c.Id.startsWith(ref));
      return byPrefix.length === 1 ? byPrefix[0] : undefined;
    })()
  );
}

/**
 * registerLinks at create time: each child must exist; the links are stored
 * in the daemon's form "/child:/parent/alias". Only for the default bridge
 * (a user-defined network mode keeps --link as endpoint aliases instead).
 */
export function registerLinks(state: EngineState, parentName: string, networkMode: string, links: readonly string[]): string[] {
  if (!isBridgeMode(networkMode)) return [...links];
  return links.map((spec) => {
    const { name, alias } = parseLink(spec);
    const child = findContainerRef(state, name);
    if (!child) throw invalidParameter(`could not get container for ${name}: No such container: ${name}`);
    if (child.HostConfig.NetworkMode.startsWith('container:')) {
      throw invalidParameter('conflicting options: container type network can\'t be used with links. This would result in undefined behavior');
    }
    return `/${child.Name}:/${parentName}/${alias}`;
  });
}

/** The children a container links to (legacy links only, existing containers only). */
export function linksOf(state: EngineState, container: ContainerRecord): Link[] {
  if (!isBridgeMode(container.HostConfig.NetworkMode)) return [];
  const out: Link[] = [];
  for (const spec of container.HostConfig.Links ?? []) {
    const { name, alias } = parseLink(spec);
    const child = findContainerRef(state, name);
    if (child) out.push({ child, alias });
  }
  return out;
}

/** The containers that link to `child`, with the alias each uses. */
export function parentsOf(state: EngineState, child: ContainerRecord): { parent: ContainerRecord; alias: string }[] {
  const out: { parent: ContainerRecord; alias: string }[] = [];
  for (const c of Object.values(state.containers)) {
    for (const l of linksOf(state, c)) if (l.child === child) out.push({ parent: c, alias: l.alias });
  }
  return out;
}

/** The hosts-file names for a link: alias, the child's hostname, and its name when that differs from the alias. */
export function linkHostNames(link: Link): string {
  let names = `${link.alias} ${link.child.Config.Hostname}`;
  if (link.alias !== link.child.Name) names += ` ${link.child.Name}`;
  return names;
}

/** The child's address on the default bridge ("" when it has none). */
export function bridgeAddress(child: ContainerRecord): string {
  return child.Networks.bridge?.IPAddress ?? '';
}

/** links.Link.ToEnv: ALIAS_PORT..., ALIAS_NAME, ALIAS_ENV_... for every link, with current addresses. */
export function linkEnv(state: EngineState, container: ContainerRecord): string[] {
  const env: string[] = [];
  for (const link of linksOf(state, container)) {
    const ip = bridgeAddress(link.child);
    const alias = link.alias.toUpperCase().replaceAll('-', '_');
    const ports = Object.keys(link.child.Config.ExposedPorts ?? {})
      .map((k) => ({ port: Number(k.split('/')[0]), proto: k.split('/')[1] ?? 'tcp' }))
      .sort((a, b) => a.port - b.port || (a.proto === 'tcp' ? -1 : b.proto === 'tcp' ? 1 : a.proto.localeCompare(b.proto)));
    if (ports.length) env.push(`${alias}_PORT=${ports[0].proto}://${ip}:${ports[0].port}`);
    for (const p of ports) {
      const P = p.proto.toUpperCase();
      env.push(
        `${alias}_PORT_${p.port}_${P}=${p.proto}://${ip}:${p.port}`,
        `${alias}_PORT_${p.port}_${P}_ADDR=${ip}`,
        `${alias}_PORT_${p.port}_${P}_PORT=${p.port}`,
        `${alias}_PORT_${p.port}_${P}_PROTO=${p.proto}`,
      );
    }
    env.push(`${alias}_NAME=/${container.Name}/${link.alias}`);
    for (const kv of link.child.Config.Env ?? []) {
      const eq = kv.indexOf('=');
      if (eq < 0) continue;
      const name = kv.slice(0, eq);
      if (name === 'HOME' || name === 'PATH') continue;
      env.push(`${alias}_ENV_${name}=${kv.slice(eq + 1)}`);
    }
  }
  return env;
}
