/**
 * `docker inspect` of a container as Docker 28 (API 1.49/1.50) prints it:
 * moby api/types/container InspectResponse with its exact field set and
 * order. Values are marked as Go structs, maps and slices (format/govalue.ts)
 * so `-f` templates print them as Go does ({{.Mounts}}, {{.State}}) and
 * `{{json .X}}` / the indented output keep struct order and sort map keys.
 *
 * Differences from the 20.10 reference engine, taken from current Docker
 * (moby v28 api/types and real `docker inspect` output of Docker 28):
 * - HostConfig: ConsoleSize comes right after VolumesFrom; KernelMemory and
 *   KernelMemoryTCP are gone (omitempty since API 1.42); OomKillDisable is
 *   null on cgroup v2 hosts; CgroupnsMode is "private" (cgroup v2);
 *   NetworkMode is "bridge" instead of "default"; MaskedPaths gains
 *   /proc/interrupts and /sys/devices/virtual/powercap.
 * - GraphDriver.Data starts with "ID" (the container id).
 * - NetworkSettings.Networks entries have MacAddress and DriverOpts moved
 *   up, and GwPriority (v28) and DNSNames (v25); MAC addresses are random.
 * - Not simulated: Node (swarm classic), ImageManifestDescriptor (containerd
 *   image store only), State.Health (no healthchecks), SizeRw/SizeRootFs
 *   are present with --size only.
 */
import { containerDir } from '../../engine/containers/lifecycle.ts';
import { ZERO_TIME } from '../../engine/containers/create.ts';
import type { Engine } from '../../engine/engine.ts';
import { rfc3339Nano } from '../../engine/env.ts';
import { sha256Hex } from '../../engine/images/catalog-hash.ts';
import { chainIds } from '../../engine/images/image-ops.ts';
import { catalogOf } from '../../engine/images/store.ts';
import { graphDriverData } from '../image/inspect-json.ts';
import type { ContainerRecord, EndpointSettings, HostMountSpec, MountPoint } from '../../engine/state.ts';
import { GO_MARSHAL_JSON, GoNil, goMap, goNil, goSlice, goStruct } from '../format/govalue.ts';
import { JsonError, marshal } from '../format/json.ts';
import { networkPorts } from './ports.ts';
import { sizeRootFs, sizeRw } from './summary.ts';

/** Default masked and read-only paths of the runtime spec (moby oci/defaults.go, v28). */
const MASKED_PATHS = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

const strings = (a: readonly string[]) => goSlice('[]string', [...a]);
const nullable = (a: readonly string[] | null | undefined, type = '[]string') => (a ? goSlice(type, [...a]) : goNil('slice', type));

/**
 * A struct whose JSON leaves out its empty `omitempty` fields while
 * templates still see them (`{{.State}}` prints Health as <nil>).
 */
function structOmitting<T extends object>(name: string, fields: T, omitWhenEmpty: readonly string[]): T {
  const obj = goStruct(name, fields);
  Object.defineProperty(obj, GO_MARSHAL_JSON, {
    enumerable: false,
    value: () => {
      const shown: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(fields)) {
        const empty = v === '' || v === null || v === undefined || v instanceof GoNil;
        if (omitWhenEmpty.includes(k) && empty) continue;
        shown[k] = v;
      }
      const s = marshal(goStruct(name, shown), { escapeHTML: false });
      return s instanceof JsonError ? 'null' : s;
    },
  });
  return obj;
}

/** Where the daemon keeps a container's files, once it has started. */
function containerFilePaths(c: ContainerRecord) {
  const started = c.State.StartedAt !== ZERO_TIME;
  const dir = containerDir(c.Id);
  return {
    ResolvConfPath: started ? `${dir}/resolv.conf` : '',
    HostnamePath: started ? `${dir}/hostname` : '',
    HostsPath: started ? `${dir}/hosts` : '',
    LogPath: started ? `${dir}/${c.Id}-json.log` : '',
  };
}

/**
 * overlay2 directories: the container's layer (named as the container's
 * `mount` shows it), its init layer, then the image's layers as `docker
 * image inspect` shows them (top first).
 */
function graphDriver(engine: Engine, c: ContainerRecord) {
  const base = '/var/lib/docker/overlay2';
  const image = engine.state.images[c.Image];
  const lower = [`${base}/${c.Id}-init/diff`];
  if (image) {
    const img = graphDriverData(chainIds(catalogOf(image)));
    lower.push(img.UpperDir, ...(img.LowerDir ? [img.LowerDir] : []));
  }
  return goStruct('storage.DriverData', {
    Data: goMap('map[string]string', {
      ID: c.Id,
      LowerDir: lower.join(':'),
      MergedDir: `${base}/${c.Id}/merged`,
      UpperDir: `${base}/${c.Id}/diff`,
      WorkDir: `${base}/${c.Id}/work`,
    }),
    Name: 'overlay2',
  });
}

function mountSpec(m: HostMountSpec) {
  const out: Record<string, unknown> = { Type: m.Type };
  if (m.Source) out.Source = m.Source;
  out.Target = m.Target;
  if (m.ReadOnly) out.ReadOnly = true;
  if (m.BindOptions) out.BindOptions = goStruct('*mount.BindOptions', { ...m.BindOptions });
  if (m.VolumeOptions) out.VolumeOptions = goStruct('*mount.VolumeOptions', { ...m.VolumeOptions });
  if (m.TmpfsOptions) out.TmpfsOptions = goStruct('*mount.TmpfsOptions', { ...m.TmpfsOptions });
  return goStruct('mount.Mount', out);
}

function hostConfig(c: ContainerRecord) {
  const h = c.HostConfig;
  const extra = h as unknown as { ConsoleSize?: [number, number] };
  const portBindings: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(h.PortBindings ?? {})) {
    portBindings[k] = goSlice('[]nat.PortBinding', v.map((b) => goStruct('nat.PortBinding', { HostIp: b.HostIp, HostPort: b.HostPort })));
  }
  const hc: Record<string, unknown> = {
    Binds: nullable(h.Binds),
    ContainerIDFile: '',
    LogConfig: goStruct('container.LogConfig', { Type: 'json-file', Config: goMap('map[string]string', {}) }),
    NetworkMode: h.NetworkMode,
    PortBindings: goMap('nat.PortMap', portBindings),
    RestartPolicy: goStruct('container.RestartPolicy', { Name: h.RestartPolicy.Name, MaximumRetryCount: h.RestartPolicy.MaximumRetryCount }),
    AutoRemove: h.AutoRemove,
    VolumeDriver: '',
    VolumesFrom: nullable(h.VolumesFrom),
    ConsoleSize: goSlice('[2]uint', [...(extra.ConsoleSize ?? [0, 0])]),
    CapAdd: goNil('slice', 'strslice.StrSlice'),
    CapDrop: goNil('slice', 'strslice.StrSlice'),
    CgroupnsMode: 'private',
    Dns: strings(h.Dns ?? []),
    DnsOptions: strings(h.DnsOptions ?? []),
    DnsSearch: strings(h.DnsSearch ?? []),
    ExtraHosts: nullable(h.ExtraHosts),
    GroupAdd: goNil('slice', '[]string'),
    IpcMode: 'private',
    Cgroup: '',
    Links: nullable(h.Links),
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: h.PublishAllPorts,
    ReadonlyRootfs: false,
    SecurityOpt: goNil('slice', '[]string'),
  };
  if (h.Tmpfs && Object.keys(h.Tmpfs).length) hc.Tmpfs = goMap('map[string]string', { ...h.Tmpfs });
  Object.assign(hc, {
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: 0,
    Memory: 0,
    NanoCpus: 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: goSlice('[]*blkiodev.WeightDevice', []),
    BlkioDeviceReadBps: goSlice('[]*blkiodev.ThrottleDevice', []),
    BlkioDeviceWriteBps: goSlice('[]*blkiodev.ThrottleDevice', []),
    BlkioDeviceReadIOps: goSlice('[]*blkiodev.ThrottleDevice', []),
    BlkioDeviceWriteIOps: goSlice('[]*blkiodev.ThrottleDevice', []),
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: goSlice('[]container.DeviceMapping', []),
    DeviceCgroupRules: goNil('slice', '[]string'),
    DeviceRequests: goNil('slice', '[]container.DeviceRequest'),
    MemoryReservation: 0,
    MemorySwap: 0,
    MemorySwappiness: goNil('ptr', '*int64'),
    OomKillDisable: goNil('ptr', '*bool'),
    PidsLimit: goNil('ptr', '*int64'),
    Ulimits: goSlice('[]*container.Ulimit', []),
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
  });
  if (h.Mounts && h.Mounts.length) hc.Mounts = goSlice('[]mount.Mount', h.Mounts.map(mountSpec));
  hc.MaskedPaths = strings(MASKED_PATHS);
  hc.ReadonlyPaths = strings(READONLY_PATHS);
  return goStruct('*container.HostConfig', hc);
}

function mountPoint(m: MountPoint) {
  return structOmitting(
    'container.MountPoint',
    {
      Type: m.Type,
      Name: m.Name ?? '',
      Source: m.Source,
      Destination: m.Destination,
      Driver: m.Driver ?? '',
      Mode: m.Mode,
      RW: m.RW,
      Propagation: m.Propagation,
    },
    ['Name', 'Driver'],
  );
}

function emptyObjects(o: Record<string, unknown> | null | undefined, type: string) {
  if (!o) return goNil('map', type);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = goStruct('struct {}', {});
  return goMap(type, out);
}

function config(c: ContainerRecord) {
  const k = c.Config;
  const out: Record<string, unknown> = {
    Hostname: k.Hostname,
    Domainname: k.Domainname,
    User: k.User,
    AttachStdin: k.AttachStdin,
    AttachStdout: k.AttachStdout,
    AttachStderr: k.AttachStderr,
  };
  if (k.ExposedPorts && Object.keys(k.ExposedPorts).length) out.ExposedPorts = emptyObjects(k.ExposedPorts, 'nat.PortSet');
  Object.assign(out, {
    Tty: k.Tty,
    OpenStdin: k.OpenStdin,
    StdinOnce: k.StdinOnce,
    Env: nullable(k.Env),
    Cmd: nullable(k.Cmd, 'strslice.StrSlice'),
    Image: k.Image,
    Volumes: emptyObjects(k.Volumes, 'map[string]struct {}'),
    WorkingDir: k.WorkingDir,
    Entrypoint: nullable(k.Entrypoint, 'strslice.StrSlice'),
    OnBuild: nullable(k.OnBuild),
    Labels: k.Labels ? goMap('map[string]string', { ...k.Labels }) : goNil('map', 'map[string]string'),
  });
  if (k.StopSignal) out.StopSignal = k.StopSignal;
  return goStruct('*container.Config', out);
}

function endpoint(ep: EndpointSettings) {
  return goStruct('*network.EndpointSettings', {
    IPAMConfig: ep.IPAMConfig ? goStruct('*network.EndpointIPAMConfig', omitEmpty({ ...ep.IPAMConfig })) : goNil('ptr', '*network.EndpointIPAMConfig'),
    Links: nullable(ep.Links),
    Aliases: nullable(ep.Aliases),
    MacAddress: ep.MacAddress,
    DriverOpts: ep.DriverOpts ? goMap('map[string]string', { ...ep.DriverOpts }) : goNil('map', 'map[string]string'),
    GwPriority: ep.GwPriority,
    NetworkID: ep.NetworkID,
    EndpointID: ep.EndpointID,
    Gateway: ep.Gateway,
    IPAddress: ep.IPAddress,
    IPPrefixLen: ep.IPPrefixLen,
    IPv6Gateway: ep.IPv6Gateway,
    GlobalIPv6Address: ep.GlobalIPv6Address,
    GlobalIPv6PrefixLen: ep.GlobalIPv6PrefixLen,
    DNSNames: nullable(ep.DNSNames),
  });
}

function omitEmpty<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === '' || o[k] === undefined) delete o[k];
  return o;
}

/** A stable pseudo-random hex id derived from the container (sandbox ids). */
const derivedId = (c: ContainerRecord, what: string) => sha256Hex(`${what}:${c.Id}:${c.State.StartedAt}`);

function networkSettings(c: ContainerRecord) {
  const running = c.State.Running;
  const started = c.State.StartedAt !== ZERO_TIME;
  // the deprecated top-level fields mirror the default bridge network
  const bridge = c.Networks.bridge;
  const sandbox = started && !c.HostConfig.NetworkMode.startsWith('container:') ? derivedId(c, 'sandbox') : '';
  const ports: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(networkPorts(c))) {
    ports[k] = v ? goSlice('[]nat.PortBinding', v.map((b) => goStruct('nat.PortBinding', { HostIp: b.HostIp, HostPort: b.HostPort }))) : goNil('slice', '[]nat.PortBinding');
  }
  const networks: Record<string, unknown> = {};
  for (const [name, ep] of Object.entries(c.Networks)) networks[name] = endpoint(ep);
  return goStruct('*container.NetworkSettings', {
    Bridge: '',
    SandboxID: sandbox,
    SandboxKey: sandbox ? `/var/run/docker/netns/${sandbox.slice(0, 12)}` : '',
    Ports: goMap('nat.PortMap', ports),
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    SecondaryIPAddresses: goNil('slice', '[]network.Address'),
    SecondaryIPv6Addresses: goNil('slice', '[]network.Address'),
    EndpointID: running && bridge ? bridge.EndpointID : '',
    Gateway: running && bridge ? bridge.Gateway : '',
    GlobalIPv6Address: running && bridge ? bridge.GlobalIPv6Address : '',
    GlobalIPv6PrefixLen: running && bridge ? bridge.GlobalIPv6PrefixLen : 0,
    IPAddress: running && bridge ? bridge.IPAddress : '',
    IPPrefixLen: running && bridge ? bridge.IPPrefixLen : 0,
    IPv6Gateway: running && bridge ? bridge.IPv6Gateway : '',
    MacAddress: running && bridge ? bridge.MacAddress : '',
    Networks: goMap('map[string]*network.EndpointSettings', networks),
  });
}

/** Created as the daemon prints it: RFC 3339 with nanoseconds (the sub-millisecond part made up, stably). */
export function createdTime(c: ContainerRecord): string {
  return rfc3339Nano(c.created, parseInt(c.Id.slice(0, 5), 16) % 1000000);
}

export interface InspectOptions {
  /** --size: SizeRw and SizeRootFs */
  size?: boolean;
}

/** The container as `docker inspect` shows it (one element of the array). */
export function containerJson(engine: Engine, c: ContainerRecord, options: InspectOptions = {}): object {
  const s = c.State;
  const state = structOmitting(
    '*container.State',
    {
      Status: s.Status,
      Running: s.Running,
      Paused: s.Paused,
      Restarting: s.Restarting,
      OOMKilled: s.OOMKilled,
      Dead: s.Dead,
      Pid: s.Pid,
      ExitCode: s.ExitCode,
      Error: s.Error,
      StartedAt: s.StartedAt,
      FinishedAt: s.FinishedAt,
      Health: goNil('ptr', '*container.Health'),
    },
    ['Health'],
  );
  const out: Record<string, unknown> = {
    Id: c.Id,
    Created: createdTime(c),
    Path: c.Path,
    Args: strings(c.Args),
    State: state,
    Image: c.Image,
    ...containerFilePaths(c),
    Name: '/' + c.Name,
    RestartCount: c.RestartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: goNil('slice', '[]string'),
    HostConfig: hostConfig(c),
    GraphDriver: graphDriver(engine, c),
  };
  if (options.size) {
    out.SizeRw = sizeRw(c);
    out.SizeRootFs = sizeRootFs(engine, c);
  }
  // v28 lists the mount points sorted by destination (see test/transcripts/mounts/inspect-mounts.txt)
  const points = [...c.Mounts].sort((a, b) => (a.Destination < b.Destination ? -1 : a.Destination > b.Destination ? 1 : 0));
  out.Mounts = goSlice('[]container.MountPoint', points.map(mountPoint));
  out.Config = config(c);
  out.NetworkSettings = networkSettings(c);
  return goStruct('container.InspectResponse', out);
}
