/**
 * What the simulated registry knows about an image: the real image's metadata
 * and a description of what is inside it (files, programs, package manager).
 */
import type { DirNode } from '../../vfs/node.ts';

/** The image config as `docker image inspect` shows it under Config. */
export interface ImageConfig {
  Hostname: string;
  Domainname: string;
  User: string;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  ExposedPorts?: Record<string, Record<string, never>>;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  Env: string[];
  Cmd: string[] | null;
  Image: string;
  Volumes: Record<string, Record<string, never>> | null;
  WorkingDir: string;
  Entrypoint: string[] | null;
  OnBuild: string[] | null;
  Labels: Record<string, string> | null;
  StopSignal?: string;
}

/** Which userland the image has: decides the shell dialect and program flavours. */
export type Userland = 'busybox' | 'alpine' | 'debian' | 'ubuntu';

export interface CatalogImage {
  /** repository without registry or tag: "nginx", "ubuntu" */
  repository: string;
  tag: string;
  /** "sha256:<64 hex>" */
  id: string;
  /** "sha256:<64 hex>" manifest digest for RepoDigests and the pull's Digest: line */
  digest: string;
  /** RFC3339 creation time of the image */
  created: string;
  /** bytes, as `docker images` SIZE shows (uncompressed) */
  size: number;
  /** compressed layer sizes in bytes, one per layer, for the pull progress */
  layers: { digest: string; size: number }[];
  config: ImageConfig;
  userland: Userland;
  /** commands on PATH in a fresh container (besides shell builtins) */
  programs: string[];
  /** packages installable offline: name -> commands it adds (apt-get / apk) */
  packages: Record<string, string[]>;
  /** the image's root file system, built lazily and cached (not part of snapshots) */
  rootfs(): DirNode;
}
