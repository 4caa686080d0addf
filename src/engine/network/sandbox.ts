/**
 * A container's network sandbox at start and stop (moby daemon
 * initializeNetworking / allocateNetwork / releaseNetwork): joining another
 * container's namespace, checking legacy links, one endpoint per network
 * (the default bridge first), published ports, the /etc files, and the hosts
 * files of the containers linking to it. Errors of the endpoints come back
 * as v28 words them: "failed to set up container networking: ...".
 */
import { conflict, DockerError, invalidParameter, systemError } from '../errors.ts';
import type { ContainerRecord, EngineState } from '../state.ts';
import { attachEndpoint, releaseEndpoints } from './endpoints.ts';
import { updateParentsHosts, writeEtcFiles } from './etc-files.ts';
import { namespaceKey } from './interfaces.ts';
import { linksOf } from './links.ts';
import { findNetwork, getNetwork, isContainerMode, isHostMode, isNoneMode } from './networks.ts';
import { bindPorts } from './ports.ts';

export const SETUP_NETWORKING_ERROR = 'failed to set up container networking';

/** A container by full id, exact name or unique id prefix. */
export function findContainerRef(state: EngineState, ref: string): ContainerRecord | undefined {
  const clean = ref.replace(/^\//, '');
  if (state.containers[clean]) return state.containers[clean];
  const byName = Object.values(state.containers).find((c) => c.Name === clean);
  if (byName) return byName;
  const byPrefix = Object.values(state.containers).filter((c) => c.Id.startsWith(clean));
  return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

function wrap(e: unknown): never {
  if (e instanceof DockerError) throw new DockerError(e.kind, `${SETUP_NETWORKING_ERROR}: ${e.message}`);
  throw e;
}

/** The order endpoints are joined in: the default bridge first (links need it), then as configured. */
function joinOrder(container: ContainerRecord): string[] {
  const keys = Object.keys(container.Networks);
  return [...keys.filter((k) => k === 'bridge'), ...keys.filter((k) => k !== 'bridge')];
}

function joinNamespaceOf(state: EngineState, container: ContainerRecord): void {
  const ref = container.HostConfig.NetworkMode.slice('container:'.length);
  const other = findContainerRef(state, ref);
  if (!other) throw systemError(`joining network namespace of container: No such container: ${ref}`);
  if (other.Id === container.Id) throw invalidParameter('cannot join own network namespace');
  if (!other.State.Running) throw conflict(`cannot join network namespace of a non running container: ${ref}`);
  container.Config.Hostname = other.Config.Hostname;
  container.Config.Domainname = other.Config.Domainname;
  container.joinedNamespace = namespaceKey(other);
  writeEtcFiles(state, container);
}

/**
 * Sets a starting container's networking up; on failure everything it took
 * is given back and the error thrown.
 */
export function setupNetworking(state: EngineState, container: ContainerRecord): void {
  const mode = container.HostConfig.NetworkMode;
  if (isContainerMode(mode)) {
    joinNamespaceOf(state, container);
    return;
  }
  for (const link of linksOf(state, container)) {
    if (!link.child.State.Running) {
      throw systemError(`Cannot link to a non running container: /${link.child.Name} AS /${container.Name}/${link.alias}`);
    }
  }
  const primary = mode === 'default' ? 'bridge' : (findNetwork(state, mode)?.Name ?? mode);
  // the networks are looked up before anything is set up: a missing one is reported as is
  const order = joinOrder(container);
  for (const name of order) getNetwork(state, name);
  // interfaces are numbered in join order (eth0 is the default bridge when the container is on it)
  const configs = order.map((k) => [k, container.Networks[k]] as const);
  for (const k of Object.keys(container.Networks)) delete container.Networks[k];
  for (const [k, v] of configs) container.Networks[k] = v;
  try {
    for (const name of order) {
      attachEndpoint(state, container, name, name === primary || name === mode);
      if (name === 'bridge') {
        for (const link of linksOf(state, container)) {
          if (!link.child.Networks.bridge?.EndpointID) {
            throw systemError(`Cannot link to /${link.child.Name}, as it does not belong to the default network`);
          }
        }
      }
    }
    const bridgeEp = Object.entries(container.Networks).find(([, ep]) => ep.EndpointID && state.networks[ep.NetworkID]?.Driver === 'bridge');
    if (bridgeEp && !isHostMode(mode) && !isNoneMode(mode)) {
      try {
        container.Ports = bindPorts(state, container);
      } catch (e) {
        if (e instanceof DockerError) {
          throw new DockerError(e.kind, `driver failed programming external connectivity on endpoint ${container.Name} (${bridgeEp[1].EndpointID}): ${e.message}`);
        }
        throw e;
      }
    }
  } catch (e) {
    releaseEndpoints(state, container);
    wrap(e);
  }
  writeEtcFiles(state, container);
  updateParentsHosts(state, container);
}

/** The container stopped: its addresses and ports go back. */
export function teardownNetworking(state: EngineState, container: ContainerRecord): void {
  releaseEndpoints(state, container);
}
