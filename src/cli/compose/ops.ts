/**
 * What `docker compose` asks of the engine, as docker/compose pkg/compose
 * does it: the project's resources found by their labels, networks and
 * volumes ensured, containers converged (created, recreated when the
 * config hash changed, left running), started in dependency order, stopped
 * and removed in reverse order — each step reported as a progress event.
 */
import { removeContainer, settleSleepers, stopContainer } from '../../engine/containers/lifecycle.ts';
import type { CreateRequest } from '../../engine/containers/create.ts';
import { isDockerError } from '../../engine/errors.ts';
import { deleteImage } from '../../engine/images/image-ops.ts';
import { catalogImageFor, findImage, pullImage } from '../../engine/images/store.ts';
import { parseReference } from '../../engine/images/reference.ts';
import { connectNetwork } from '../../engine/network/connect.ts';
import { createNetwork } from '../../engine/network/create.ts';
import { findNetwork } from '../../engine/network/networks.ts';
import { removeNetwork } from '../../engine/network/remove.ts';
import type { ContainerRecord, PortBinding } from '../../engine/state.ts';
import { createVolume, removeVolume } from '../../engine/volumes.ts';
import type { CliContext } from '../command.ts';
import { startOrFail } from '../container/start.ts';
import { type Project, type Service, configHash, dependencyOrder } from './model.ts';
import { logWarning } from './common.ts';
import { type Progress, containerId, networkId, volumeCreateId, volumeRemoveId } from './progress.ts';

export const COMPOSE_VERSION = '2.36.2';

export const L = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  number: 'com.docker.compose.container-number',
  oneoff: 'com.docker.compose.oneoff',
  hash: 'com.docker.compose.config-hash',
  version: 'com.docker.compose.version',
  network: 'com.docker.compose.network',
  volume: 'com.docker.compose.volume',
} as const;

/** An error already reported as a progress event; the command prints it and exits 1. */
export class ComposeFailure extends Error {}

const daemon = (e: unknown): string => {
  if (isDockerError(e)) return `Error response from daemon: ${e.message}`;
  throw e;
};

export const containerName = (project: Project, service: Service): string => service.containerName ?? `${project.name}-${service.name}-1`;

/** The project's containers (not one-off), by their labels. */
export function projectContainers(ctx: CliContext, project: string, services?: string[], oneOff = false): ContainerRecord[] {
  return Object.values(ctx.engine.state.containers).filter((c) => {
    const labels = c.Config.Labels ?? {};
    if (labels[L.project] !== project || (!oneOff && labels[L.oneoff] === 'True')) return false;
    return !services || services.length === 0 || services.includes(labels[L.service]);
  });
}

export const serviceOf = (c: ContainerRecord): string => c.Config.Labels?.[L.service] ?? '';
/** "web-1", as log prefixes and `compose ps --services` name a container */
export const shortName = (c: ContainerRecord): string => `${serviceOf(c)}-${c.Config.Labels?.[L.number] ?? '1'}`;

export function checkServices(project: Project, names: string[]): void {
  for (const n of names) {
    if (!project.services.some((s) => s.name === n)) throw new ComposeFailure(`no such service: ${n}`);
  }
}

/** Pulls the images that are missing (`web Pulling` / `web Pulled`). */
export function ensureImages(ctx: CliContext, progress: Progress, services: Service[]): void {
  for (const s of services) {
    if (findImage(ctx.engine.state, s.image)) continue;
    const ref = parseReference(s.image);
    if ('error' in ref || !catalogImageFor(ref)) {
      progress.pull(s.name, 'Error', 'error');
      const name = 'error' in ref ? s.image : ref.familiar.split(':')[0];
      throw new ComposeFailure(`Error response from daemon: pull access denied for ${name}, repository does not exist or may require 'docker login'`);
    }
    progress.pull(s.name, 'Pulling', 'working');
    pullImage(ctx.engine.state, s.image);
    progress.pull(s.name, 'Pulled', 'done');
  }
}

export function ensureNetworks(ctx: CliContext, progress: Progress, project: Project, services: Service[]): void {
  const used = new Set(services.flatMap((s) => s.networks.map((n) => n.key)));
  for (const n of project.networks) {
    if (!used.has(n.key)) continue;
    const existing = findNetwork(ctx.engine.state, n.name);
    if (n.external) {
      if (!existing) throw new ComposeFailure(`network ${n.name} declared as external, but could not be found`);
      continue;
    }
    if (existing) {
      const label = existing.Labels?.[L.network] ?? '';
      if (label !== n.key) throw new ComposeFailure(`network ${n.name} was found but has incorrect label ${L.network} set to "${label}" (expected: "${n.key}")`);
      if ((existing.Labels?.[L.project] ?? '') !== project.name) {
        ctx.stderr.write(logWarning(ctx, `a network with name ${n.name} exists but was not created for project "${project.name}".\nSet \`external: true\` to use an existing network`));
      }
      continue;
    }
    const id = networkId(n.name);
    progress.event(id, 'Creating');
    try {
      createNetwork(ctx.engine.state, {
        Name: n.name,
        Driver: n.driver ?? 'bridge',
        Internal: n.internal,
        Attachable: n.attachable,
        EnableIPv6: n.enableIPv6 || undefined,
        IPAM: n.subnets.length ? { Driver: 'default', Config: n.subnets.map((c) => ({ Subnet: c.subnet ?? '', Gateway: c.gateway, IPRange: c.ipRange })) } : undefined,
        Options: n.driverOpts,
        Labels: { ...n.labels, [L.network]: n.key, [L.project]: project.name, [L.version]: COMPOSE_VERSION },
      });
    } catch (e) {
      const msg = daemon(e);
      progress.error(id, 'Error');
      throw new ComposeFailure(`failed to create network ${n.name}: ${msg}`);
    }
    progress.done(id, 'Created');
  }
}

export function ensureVolumes(ctx: CliContext, progress: Progress, project: Project): void {
  for (const v of project.volumes) {
    const found = ctx.engine.state.volumes[v.name];
    const exists = !!found;
    if (found && !v.external) {
      const owner = found.Labels?.[L.project];
      if (owner === undefined) {
        ctx.stderr.write(logWarning(ctx, `volume "${v.name}" already exists but was not created by Docker Compose. Use \`external: true\` to use an existing volume`));
      } else if (owner !== project.name) {
        ctx.stderr.write(logWarning(ctx, `volume "${v.name}" already exists but was created for project "${owner}" (expected "${project.name}"). Use \`external: true\` to use an existing volume`));
      }
    }
    if (v.external) {
      if (!exists) throw new ComposeFailure(`external volume "${v.name}" not found`);
      continue;
    }
    if (exists) continue;
    const id = volumeCreateId(v.name);
    progress.event(id, 'Creating');
    try {
      createVolume(ctx.engine.state, ctx.engine.hostFs, {
        name: v.name,
        driver: v.driver,
        options: v.driverOpts,
        labels: { ...v.labels, [L.project]: project.name, [L.version]: COMPOSE_VERSION, [L.volume]: v.key },
      });
    } catch (e) {
      const msg = daemon(e);
      progress.error(id, 'Error');
      throw new ComposeFailure(msg);
    }
    progress.done(id, 'Created');
  }
}

function createRequest(ctx: CliContext, project: Project, service: Service): CreateRequest {
  const name = containerName(project, service);
  const binds: string[] = [];
  const volumes: Record<string, Record<string, never>> = {};
  const tmpfs: Record<string, string> = {};
  for (const v of service.volumes) {
    if (v.type === 'tmpfs') tmpfs[v.target] = '';
    else if (v.source === '') volumes[v.target] = {};
    else binds.push(`${v.source}:${v.target}${v.readOnly ? ':ro' : ''}`);
  }
  const exposed: Record<string, Record<string, never>> = {};
  const bindings: Record<string, PortBinding[]> = {};
  for (const p of service.ports) {
    const key = `${p.target}/${p.protocol}`;
    exposed[key] = {};
    (bindings[key] ??= []).push({ HostIp: p.hostIp, HostPort: p.published });
  }
  for (const e of service.expose) {
    const [port, proto = 'tcp'] = e.split('/');
    exposed[`${port}/${proto}`] = {};
  }
  const image = findImage(ctx.engine.state, service.image);
  const deps = service.dependsOn.map((d) => `${d}:service_started:false`).join(',');
  const primary = service.networks[0];
  for (const t of service.tmpfs) {
    const colon = t.indexOf(':');
    tmpfs[colon >= 0 ? t.slice(0, colon) : t] = colon >= 0 ? t.slice(colon + 1) : '';
  }
  const hostConfig: CreateRequest['HostConfig'] = {
    Binds: binds.length ? binds : null,
    NetworkMode: service.networkMode ?? (primary ? primary.name : 'default'),
    Dns: service.dns,
    ExtraHosts: service.extraHosts.length ? service.extraHosts : null,
    PortBindings: bindings,
    RestartPolicy: { Name: service.restart ?? 'no', MaximumRetryCount: 0 },
  };
  if (Object.keys(tmpfs).length) hostConfig.Tmpfs = tmpfs;
  return {
    name,
    Config: {
      Image: service.image,
      Cmd: service.command ?? undefined,
      Entrypoint: service.entrypoint ?? undefined,
      Env: service.environment,
      Hostname: service.hostname ?? '',
      WorkingDir: service.workingDir ?? '',
      User: service.user ?? '',
      Tty: service.tty,
      OpenStdin: service.stdinOpen,
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      Labels: {
        ...service.labels,
        [L.hash]: configHash(service),
        [L.number]: '1',
        'com.docker.compose.depends_on': deps,
        'com.docker.compose.image': image?.Id ?? '',
        [L.oneoff]: 'False',
        [L.project]: project.name,
        'com.docker.compose.project.config_files': project.configFiles.join(','),
        'com.docker.compose.project.working_dir': project.workingDir,
        [L.service]: service.name,
        [L.version]: COMPOSE_VERSION,
      },
      ExposedPorts: Object.keys(exposed).length ? exposed : undefined,
      Volumes: Object.keys(volumes).length ? volumes : undefined,
      StopSignal: service.stopSignal,
    },
    HostConfig: hostConfig,
    endpoint: primary
      ? { aliases: [name, service.name, ...primary.aliases], ipv4: primary.ipv4, extraNetworks: [] }
      : undefined,
  };
}

function createServiceContainer(ctx: CliContext, project: Project, service: Service, oneOff?: { autoRemove: boolean; useAliases: boolean }): ContainerRecord {
  const request = createRequest(ctx, project, service);
  if (oneOff) {
    request.Config.Labels![L.oneoff] = 'True';
    request.HostConfig.AutoRemove = oneOff.autoRemove;
    // one-off containers get the service's aliases only with --use-aliases
    request.endpoint = request.endpoint && { ...request.endpoint, aliases: oneOff.useAliases ? [service.name, ...(service.networks[0]?.aliases ?? [])] : [] };
  }
  const container = ctx.engine.create(request);
  const name = container.Name;
  for (const n of service.networks.slice(1)) {
    const aliases = oneOff ? (oneOff.useAliases ? [service.name, ...n.aliases] : []) : [name, service.name, ...n.aliases];
    connectNetwork(ctx.engine.state, n.name, container.Id, { aliases, ipv4: n.ipv4 });
  }
  return container;
}

/** `compose run`'s container: labelled one-off, no service alias. */
export function createOneOff(ctx: CliContext, project: Project, service: Service, autoRemove: boolean, useAliases: boolean): ContainerRecord {
  return createServiceContainer(ctx, project, service, { autoRemove, useAliases });
}

/**
 * The convergence of `up` / `create`: each service's container created,
 * recreated (config changed) or reported Running; returns the containers to start.
 */
export function convergeContainers(ctx: CliContext, progress: Progress, project: Project, services: Service[], opts: { forceRecreate: boolean; noRecreate: boolean }): ContainerRecord[] {
  const out: ContainerRecord[] = [];
  for (const service of services) {
    const name = containerName(project, service);
    const id = containerId(name);
    const existing = projectContainers(ctx, project.name, [service.name])[0];
    if (existing) {
      const changed = existing.Config.Labels?.[L.hash] !== configHash(service) || opts.forceRecreate;
      if (!changed || opts.noRecreate) {
        // convergence.go: a running container is reported Running, a created or exited one Created
        progress.done(id, existing.State.Running ? 'Running' : 'Created');
        out.push(existing);
        continue;
      }
      progress.event(containerId(existing.Name), 'Recreate');
      try {
        stopContainer(ctx.engine.state, existing);
        removeContainer(ctx.engine.state, ctx.engine.hostFs, existing, { force: true });
        out.push(createServiceContainer(ctx, project, service));
      } catch (e) {
        const msg = daemon(e);
        progress.error(id, 'Error');
        throw new ComposeFailure(msg);
      }
      progress.done(id, 'Recreated');
      continue;
    }
    progress.event(id, 'Creating');
    try {
      out.push(createServiceContainer(ctx, project, service));
    } catch (e) {
      const msg = daemon(e);
      progress.error(id, msg);
      throw new ComposeFailure(msg);
    }
    progress.done(id, 'Created');
  }
  return out;
}

/** Starts what is not running, dependencies first (`Starting` / `Started`), waiting on depends_on conditions. */
export async function startContainers(ctx: CliContext, progress: Progress, containers: ContainerRecord[], project?: Project): Promise<void> {
  for (const c of containers) {
    if (c.State.Running) continue;
    if (project) await waitDependencies(ctx, progress, project, c);
    const id = containerId(c.Name);
    progress.event(id, 'Starting');
    let plan;
    try {
      plan = startOrFail(ctx, c);
    } catch (e) {
      const msg = daemon(e);
      progress.error(id, 'Error');
      throw new ComposeFailure(msg);
    }
    progress.done(id, 'Started');
    if (plan.kind === 'run') await ctx.runtime.runMain(c, null);
  }
}

/**
 * convergence.go waitDependencies: `Waiting`, then `Healthy` (no health
 * probes run here: a configured healthcheck passes at once) or `Exited`.
 */
async function waitDependencies(ctx: CliContext, progress: Progress, project: Project, c: ContainerRecord): Promise<void> {
  const service = project.services.find((s) => s.name === serviceOf(c));
  if (!service) return;
  for (const [dep, condition] of Object.entries(service.conditions)) {
    if (condition === 'service_started') continue;
    const depService = project.services.find((s) => s.name === dep);
    const depContainer = projectContainers(ctx, project.name, [dep])[0];
    if (!depService || !depContainer) continue;
    const id = containerId(depContainer.Name);
    progress.event(id, 'Waiting');
    if (condition === 'service_healthy') {
      const hc = depService.raw.healthcheck as { disable?: boolean; test?: unknown } | undefined;
      if (!hc || hc.disable || (Array.isArray(hc.test) && hc.test[0] === 'NONE')) {
        progress.error(id, 'Error');
        throw new ComposeFailure(`dependency failed to start: container ${depContainer.Name} has no healthcheck configured`);
      }
      if (!depContainer.State.Running) {
        progress.error(id, 'Error');
        throw new ComposeFailure(`dependency failed to start: container ${depContainer.Name} exited (${depContainer.State.ExitCode})`);
      }
      progress.done(id, 'Healthy');
    } else if (condition === 'service_completed_successfully') {
      settleSleepers(ctx.engine.state);
      if (depContainer.State.Running || depContainer.State.ExitCode !== 0) {
        progress.error(id, 'Error');
        throw new ComposeFailure(
          depContainer.State.Running
            ? `dependency failed to start: container ${depContainer.Name} is still running`
            : `service "${dep}" didn't complete successfully: exit ${depContainer.State.ExitCode}`,
        );
      }
      progress.done(id, 'Exited');
    }
  }
}

/** The project's containers, dependents before their dependencies (stop and down order). */
export function reverseOrder(ctx: CliContext, project: Project, containers: ContainerRecord[]): ContainerRecord[] {
  const order = dependencyOrder(project).map((s) => s.name);
  const rank = (c: ContainerRecord) => {
    const i = order.indexOf(serviceOf(c));
    return i < 0 ? order.length : i;
  };
  return [...containers].sort((a, b) => rank(b) - rank(a) || (a.Name < b.Name ? -1 : 1));
}

export function forwardOrder(ctx: CliContext, project: Project, containers: ContainerRecord[]): ContainerRecord[] {
  return reverseOrder(ctx, project, containers).reverse();
}

export function stopAll(ctx: CliContext, progress: Progress, containers: ContainerRecord[], timeout?: number): void {
  // compose asks the daemon to stop each container, running or not (a stopped one answers 304)
  for (const c of containers) {
    const id = containerId(c.Name);
    progress.event(id, 'Stopping');
    stopContainer(ctx.engine.state, c, timeout);
    progress.done(id, 'Stopped');
  }
}

export interface DownOptions {
  volumes: boolean;
  rmi: string;
  timeout?: number;
  removeOrphans: boolean;
}

/** Containers of the project whose service is no longer in the file. */
export function orphans(ctx: CliContext, project: Project): ContainerRecord[] {
  const names = new Set(project.services.map((s) => s.name));
  return projectContainers(ctx, project.name, undefined, true).filter((c) => !names.has(serviceOf(c)) && c.Config.Labels?.[L.oneoff] !== 'True');
}

/** compose's orphan warning, or their removal with --remove-orphans. */
export function handleOrphans(ctx: CliContext, progress: Progress, project: Project, remove: boolean): void {
  const found = orphans(ctx, project);
  if (found.length === 0) return;
  if (!remove) {
    ctx.stderr.write(
      logWarning(
        ctx,
        `Found orphan containers ([${found.map((c) => c.Name).join(' ')}]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`,
      ),
    );
    return;
  }
  for (const c of found) {
    const id = containerId(c.Name);
    if (c.State.Running) {
      progress.event(id, 'Stopping');
      stopContainer(ctx.engine.state, c);
      progress.done(id, 'Stopped');
    }
    progress.event(id, 'Removing');
    removeContainer(ctx.engine.state, ctx.engine.hostFs, c, { force: true });
    progress.done(id, 'Removed');
  }
}

export function down(ctx: CliContext, progress: Progress, project: Project, opts: DownOptions): void {
  const state = ctx.engine.state;
  const orphaned = new Set(orphans(ctx, project).map((c) => c.Id));
  if (orphaned.size && !opts.removeOrphans) handleOrphans(ctx, progress, project, false);
  const containers = reverseOrder(
    ctx,
    project,
    projectContainers(ctx, project.name, undefined, true).filter((c) => opts.removeOrphans || !orphaned.has(c.Id)),
  );
  const images = new Set<string>();
  let removed = containers.length;
  const errors: string[] = [];
  for (const c of containers) {
    const id = containerId(c.Name);
    progress.event(id, 'Stopping');
    stopContainer(state, c, opts.timeout);
    progress.done(id, 'Stopped');
    progress.event(id, 'Removing');
    removeContainer(state, ctx.engine.hostFs, c, { force: true, volumes: opts.volumes });
    progress.done(id, 'Removed');
  }
  if (opts.rmi === 'all') for (const s of project.services) images.add(s.image);
  for (const ref of images) {
    if (!findImage(state, ref)) continue;
    removed++;
    const id = `Image ${ref}`;
    progress.event(id, 'Removing');
    try {
      deleteImage(state, ref, false);
      progress.done(id, 'Removed');
    } catch (e) {
      progress.error(id, 'Error');
      errors.push(daemon(e));
    }
  }
  if (opts.volumes) {
    for (const v of project.volumes) {
      if (v.external || !state.volumes[v.name]) continue;
      removed++;
      const id = volumeRemoveId(v.name);
      progress.event(id, 'Removing');
      try {
        removeVolume(state, ctx.engine.hostFs, v.name);
        progress.done(id, 'Removed');
      } catch (e) {
        progress.error(id, 'Error');
        errors.push(daemon(e));
      }
    }
  }
  for (const n of [...project.networks].reverse()) {
    if (n.external) continue;
    const net = findNetwork(state, n.name);
    if (!net || net.Labels?.[L.project] !== project.name) continue;
    removed++;
    const id = networkId(n.name);
    progress.event(id, 'Removing');
    try {
      removeNetwork(state, net.Id);
      progress.done(id, 'Removed');
    } catch (e) {
      progress.error(id, 'Error');
      errors.push(`failed to remove network ${n.name}: ${daemon(e)}`);
    }
  }
  if (removed === 0) ctx.stderr.write(`Warning: No resource found to remove for project "${project.name}".\n`);
  if (errors.length) throw new ComposeFailure(errors.join('\n'));
}
