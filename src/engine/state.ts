/**
 * The daemon's whole state as plain JSON data: what `lab.snapshot()` returns
 * and what a saved lab restores. Records use Docker's own field names, so the
 * inspect output and `--format` templates read them directly.
 */
import type { DirNode } from '../vfs/node.ts';
import type { EnvState } from './env.ts';
import type { ImageConfig } from './images/types.ts';

export const STATE_VERSION = 1;

export interface EngineState {
  version: typeof STATE_VERSION;
  env: EnvState;
  /** the Docker host's own file system (bind sources, /var/lib/docker/volumes) */
  host: DirNode;
  /** pulled images by id ("sha256:...") in pull order */
  images: Record<string, ImageRecord>;
  /** containers by id in creation order */
  containers: Record<string, ContainerRecord>;
  /** volumes by name in creation order */
  volumes: Record<string, VolumeRecord>;
  /** networks by id in creation order */
  networks: Record<string, NetworkRecord>;
  /** `docker swarm init` done (overlay networks) */
  swarm: boolean;
}

export interface ImageRecord {
  Id: string;
  RepoTags: string[];
  RepoDigests: string[];
  Created: string;
  Size: number;
  Config: ImageConfig;
  /** catalog key "repository:tag" the image came from */
  catalog: string;
  /** when it was pulled (ms): docker images sorts by Created, not by this */
  pulledAt: number;
}

export interface VolumeRecord {
  Name: string;
  Driver: string;
  /** ms since the epoch; printed as CreatedAt */
  created: number;
  Labels: Record<string, string>;
  Options: Record<string, string>;
  Scope: 'local';
  /** anonymous volumes (64-hex names) are removed by `docker rm -v` and pruned by default */
  anonymous: boolean;
}

export type MountType = 'bind' | 'volume' | 'tmpfs';

/** One entry of a container's Mounts, as inspect prints it, plus the sim's own fields. */
export interface MountPoint {
  Type: MountType;
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

export interface ContainerState {
  Status: 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  StartedAt: string;
  FinishedAt: string;
}

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

export interface HostMountSpec {
  Type: MountType;
  Source?: string;
  Target: string;
  ReadOnly?: boolean;
  VolumeOptions?: { NoCopy?: boolean; Labels?: Record<string, string> };
  BindOptions?: { Propagation?: string; CreateMountpoint?: boolean };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
}

export interface HostConfig {
  Binds: string[] | null;
  NetworkMode: string;
  PortBindings: Record<string, PortBinding[]>;
  RestartPolicy: { Name: string; MaximumRetryCount: number };
  AutoRemove: boolean;
  VolumesFrom: string[] | null;
  Dns: string[];
  DnsOptions: string[];
  DnsSearch: string[];
  ExtraHosts: string[] | null;
  Links: string[] | null;
  PublishAllPorts: boolean;
  Mounts?: HostMountSpec[];
  Tmpfs?: Record<string, string>;
}

export interface ContainerConfig extends ImageConfig {
  MacAddress?: string;
}

/** A container's attachment to one network (NetworkSettings.Networks[name]). */
export interface EndpointSettings {
  IPAMConfig: { IPv4Address?: string; IPv6Address?: string } | null;
  Links: string[] | null;
  Aliases: string[] | null;
  MacAddress: string;
  DriverOpts: Record<string, string> | null;
  GwPriority: number;
  NetworkID: string;
  EndpointID: string;
  Gateway: string;
  IPAddress: string;
  IPPrefixLen: number;
  IPv6Gateway: string;
  GlobalIPv6Address: string;
  GlobalIPv6PrefixLen: number;
  DNSNames: string[] | null;
}

export interface PortMapping {
  /** "80/tcp" */
  port: string;
  hostIp: string;
  hostPort: number;
}

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
  time: number;
}

/** What the main process does once started; decided by the runtime from the command. */
export type ProcessPlan =
  | { kind: 'service'; program: string } // a daemon: runs until stopped
  | { kind: 'sleep'; until: number | null } // sleeps (null: forever); exits 0 at `until`
  | { kind: 'shell'; interactive: boolean } // a shell waiting on a terminal/stdin
  | { kind: 'run' } // runs to completion in the runtime, then exits
  | { kind: 'exited' }; // not running

export interface ContainerRecord {
  Id: string;
  /** ms since epoch */
  created: number;
  Path: string;
  Args: string[];
  State: ContainerState;
  /** image id */
  Image: string;
  /** the image as the user named it ("nginx", "ubuntu:14.04"): the IMAGE column */
  imageRef: string;
  /** without the leading slash */
  Name: string;
  RestartCount: number;
  HostConfig: HostConfig;
  Config: ContainerConfig;
  Mounts: MountPoint[];
  Networks: Record<string, EndpointSettings>;
  /** published ports while running */
  Ports: PortMapping[];
  /** the writable layer: overlayfs upper dir */
  layer: DirNode;
  /** tmpfs mounts' contents by destination; emptied when the container stops */
  tmpfs: Record<string, DirNode>;
  logs: LogLine[];
  process: ProcessPlan;
  /** the main shell has an interactive session open (docker run -it) */
  attached: boolean;
  /** stop signal needs a SIGKILL after the timeout (shell or sleep as PID 1) */
  ignoresSigterm: boolean;
  pidCounter: number;
  /** the StartedAt whose startup lines are already in the logs (services log once per start) */
  loggedStart?: string;
  /**
   * --network container:<x>: the namespace joined at the last start, as x's
   * `<id>:<pidCounter>`. x gets a new namespace each time it starts; this
   * container stays in the old one (only lo left) until it is started again.
   */
  joinedNamespace?: string;
}

export interface IpamConfig {
  Subnet: string;
  IPRange?: string;
  Gateway?: string;
  AuxiliaryAddresses?: Record<string, string>;
}

export interface NetworkRecord {
  Name: string;
  Id: string;
  Created: string;
  Scope: 'local' | 'swarm';
  Driver: string;
  EnableIPv6: boolean;
  IPAM: { Driver: string; Options: Record<string, string> | null; Config: IpamConfig[] | null };
  Internal: boolean;
  Attachable: boolean;
  Ingress: boolean;
  ConfigFrom: { Network: string };
  ConfigOnly: boolean;
  Options: Record<string, string>;
  Labels: Record<string, string>;
  /** the Linux bridge on the host: docker0 or br-<12 hex> */
  bridge?: string;
  /** addresses handed out, in allocation order (serial allocation resumes after the last) */
  allocated: string[];
  lastAllocated?: string;
}
