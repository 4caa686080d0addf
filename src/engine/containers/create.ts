/**
 * `POST /containers/create`: merging the request with the image config,
 * validating the name, resolving mounts and preparing the writable layer.
 */
import { randomId } from '../env.ts';
import { conflict, invalidParameter, notFound } from '../errors.ts';
import { findImage } from '../images/store.ts';
import type { ImageConfig } from '../images/types.ts';
import { createLinks, initialEndpoints, resolveContainerMode, validateNetworkMode } from '../network/container-settings.ts';
import { hostHostname } from '../network/etc-files.ts';
import type { ContainerConfig, ContainerRecord, EngineState, HostConfig } from '../state.ts';
import { dirNode } from '../../vfs/node.ts';
import { LayeredFs } from '../../vfs/layered-fs.ts';
import { findContainer, getContainer } from './lookup.ts';
import { parseVolumesFrom, resolveMounts } from './mounts.ts';
import { VALID_CONTAINER_NAME, generateName } from './names.ts';

export interface CreateRequest {
  name?: string;
  /** what the user asked for; unset fields come from the image */
  Config: Partial<ContainerConfig> & { Image: string };
  HostConfig: Partial<HostConfig>;
  /** NetworkingConfig for the first network: --network-alias, --ip, --ip6; more networks to connect */
  endpoint?: { aliases: string[]; ipv4?: string; ipv6?: string; extraNetworks: string[] };
}

export const ZERO_TIME = '0001-01-01T00:00:00Z';

export function defaultHostConfig(): HostConfig {
  return {
    Binds: null,
    NetworkMode: 'bridge',
    PortBindings: {},
    RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
    AutoRemove: false,
    VolumesFrom: null,
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: null,
    Links: null,
    PublishAllPorts: false,
  };
}

/** The daemon's merge of a create request with the image config (daemon/commit.go merge). */
function mergeConfig(user: CreateRequest['Config'], image: ImageConfig, id: string): ContainerConfig {
  // the user's variables first, then the image's that they do not override (daemon/commit.go merge)
  const env = [...(user.Env ?? [])];
  for (const kv of image.Env) {
    const key = kv.split('=')[0];
    if (!env.some((e) => e.split('=')[0] === key)) env.push(kv);
  }
  const userEntrypoint = user.Entrypoint ?? null;
  const entrypointSet = userEntrypoint !== null;
  const entrypoint = entrypointSet ? (userEntrypoint!.length === 1 && userEntrypoint![0] === '' ? null : userEntrypoint) : image.Entrypoint;
  // a new entrypoint drops the image's CMD (docker run --entrypoint)
  const cmd = user.Cmd && user.Cmd.length ? user.Cmd : entrypointSet ? null : image.Cmd;
  const exposed = { ...(image.ExposedPorts ?? {}), ...(user.ExposedPorts ?? {}) };
  const volumes = { ...(image.Volumes ?? {}), ...(user.Volumes ?? {}) };
  const config: ContainerConfig = {
    Hostname: user.Hostname || id.slice(0, 12),
    Domainname: user.Domainname ?? '',
    User: user.User ?? image.User ?? '',
    AttachStdin: user.AttachStdin ?? false,
    AttachStdout: user.AttachStdout ?? false,
    AttachStderr: user.AttachStderr ?? false,
    Tty: user.Tty ?? false,
    OpenStdin: user.OpenStdin ?? false,
    StdinOnce: user.StdinOnce ?? false,
    Env: env,
    Cmd: cmd,
    Image: user.Image,
    Volumes: Object.keys(volumes).length ? volumes : null,
    WorkingDir: user.WorkingDir || image.WorkingDir || '',
    Entrypoint: entrypoint,
    OnBuild: null,
    Labels: { ...(image.Labels ?? {}), ...(user.Labels ?? {}) },
  };
  if (Object.keys(exposed).length) config.ExposedPorts = exposed;
  if (user.MacAddress) config.MacAddress = user.MacAddress;
  if (user.StopSignal ?? image.StopSignal) config.StopSignal = user.StopSignal ?? image.StopSignal;
  return config;
}

export function createContainer(state: EngineState, hostFs: LayeredFs, req: CreateRequest): ContainerRecord {
  validateNetworkMode(req);
  let name = req.name;
  if (name !== undefined) {
    if (!VALID_CONTAINER_NAME.test(name)) {
      throw invalidParameter(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
    }
    name = name.replace(/^\//, '');
    // a name conflict is an exact name match, never an id prefix ("c947" is valid hex)
    const existing = Object.values(state.containers).find((c) => c.Name === name);
    if (existing) {
      throw conflict(
        `Conflict. The container name "/${name}" is already in use by container "${existing.Id}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
    }
  }
  const image = findImage(state, req.Config.Image);
  if (!image) throw notFound(`No such image: ${req.Config.Image}`);
  const hostConfig: HostConfig = { ...defaultHostConfig(), ...req.HostConfig };
  if (hostConfig.NetworkMode === 'default') hostConfig.NetworkMode = 'bridge';
  hostConfig.NetworkMode = resolveContainerMode(state, hostConfig.NetworkMode);
  const volumesFrom = (hostConfig.VolumesFrom ?? []).map((spec) => getContainer(state, parseVolumesFrom(spec).container));

  const id = randomId(state.env);
  const config = mergeConfig(req.Config, image.Config, id);
  const argv = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
  if (argv.length === 0) throw invalidParameter('no command specified');

  // a missing network is only an error at start; --network host takes the host's name
  const networks = initialEndpoints(state, req, req.HostConfig.NetworkMode ?? 'default');
  if (hostConfig.NetworkMode === 'host' && !req.Config.Hostname) config.Hostname = hostHostname(state);

  const container: ContainerRecord = {
    Id: id,
    created: state.env.clock,
    Path: argv[0],
    Args: argv.slice(1),
    State: {
      Status: 'created',
      Running: false,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: 0,
      ExitCode: 0,
      Error: '',
      StartedAt: ZERO_TIME,
      FinishedAt: ZERO_TIME,
    },
    Image: image.Id,
    imageRef: req.Config.Image,
    Name: name ?? generateName(state.env, (n) => Object.values(state.containers).some((c) => c.Name === n)),
    RestartCount: 0,
    HostConfig: hostConfig,
    Config: config,
    Mounts: [],
    Networks: networks,
    Ports: [],
    layer: dirNode(state.env.clock),
    tmpfs: {},
    logs: [],
    process: { kind: 'exited' },
    attached: false,
    ignoresSigterm: false,
    pidCounter: 0,
  };
  const requests = resolveMounts(state, hostFs, container, volumesFrom);
  container.HostConfig.Links = createLinks(state, container.Name, hostConfig.NetworkMode, hostConfig.Links);
  container.Mounts = requests.map((r) => r.point);
  state.containers[id] = container;
  return container;
}
