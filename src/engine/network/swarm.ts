/**
 * Swarm mode as far as networking needs it: `docker swarm init` makes the
 * node a manager (overlay networks become possible) and creates the ingress
 * overlay network and the docker_gwbridge bridge; `docker swarm leave
 * --force` removes the swarm-scoped networks again.
 */
import { randomInt } from '../env.ts';
import { DockerError } from '../errors.ts';
import { HOST_IP } from '../host.ts';
import type { EngineState } from '../state.ts';
import './ext-state.ts';
import { allocatePredefinedPool } from './pools.ts';
import { baseNetwork } from './networks.ts';

const ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';

function base36(state: EngineState, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM[randomInt(state.env, 36)];
  return s;
}

export const SWARM_ADDR = `${HOST_IP}:2377`;

export interface SwarmInitResult {
  nodeId: string;
  workerToken: string;
  managerToken: string;
  addr: string;
}

export function swarmInit(state: EngineState): SwarmInitResult {
  if (state.swarm) {
    throw new DockerError('unavailable', 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.');
  }
  const secret = base36(state, 50);
  const node = {
    nodeId: base36(state, 25),
    workerToken: `SWMTKN-1-${secret}-${base36(state, 25)}`,
    managerToken: `SWMTKN-1-${secret}-${base36(state, 25)}`,
  };
  state.swarm = true;
  state.swarmNode = node;

  const ingress = baseNetwork(state, 'ingress', 'overlay');
  ingress.Scope = 'swarm';
  ingress.Ingress = true;
  ingress.IPAM = { Driver: 'default', Options: null, Config: [{ Subnet: '10.0.0.0/24', Gateway: '10.0.0.1' }] };
  ingress.Options = { 'com.docker.network.driver.overlay.vxlanid_list': '4096' };
  ingress.dynamicSubnets = ['10.0.0.0/24'];
  state.networks[ingress.Id] = ingress;

  if (!Object.values(state.networks).some((n) => n.Name === 'docker_gwbridge')) {
    const gw = baseNetwork(state, 'docker_gwbridge', 'bridge');
    const subnet = allocatePredefinedPool(state, 'local');
    if (subnet) {
      gw.IPAM = { Driver: 'default', Options: null, Config: [{ Subnet: subnet, Gateway: subnet.replace(/0\/\d+$/, '1') }] };
      gw.dynamicSubnets = [subnet];
    }
    gw.Options = {
      'com.docker.network.bridge.enable_icc': 'false',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.name': 'docker_gwbridge',
    };
    gw.bridge = 'docker_gwbridge';
    state.networks[gw.Id] = gw;
  }
  return { ...node, addr: SWARM_ADDR };
}

export function swarmLeave(state: EngineState, force: boolean): void {
  if (!state.swarm) throw new DockerError('unavailable', 'This node is not part of a swarm');
  if (!force) {
    throw new DockerError(
      'unavailable',
      'You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.',
    );
  }
  for (const n of Object.values(state.networks)) if (n.Scope === 'swarm') delete state.networks[n.Id];
  state.swarm = false;
  delete state.swarmNode;
}
