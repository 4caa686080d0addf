/**
 * The shapes and helpers the image catalog's data files share.
 */
import type { ImageConfig, Userland } from './types.ts';

/** Where an image's root file system comes from (see rootfs/index.ts). */
export type DistroKey =
  | 'busybox'
  | 'alpine-3.24'
  | 'debian-13'
  | 'debian-13-slim'
  | 'debian-12-slim'
  | 'ubuntu-26.04'
  | 'ubuntu-24.04'
  | 'ubuntu-22.04'
  | 'ubuntu-14.04'
  | 'oraclelinux-9'
  | 'oraclelinux-7';

export type AppKey =
  | 'nginx'
  | 'nginx-alpine'
  | 'httpd'
  | 'mysql'
  | 'mysql-5.7'
  | 'postgres'
  | 'postgres-17'
  | 'redis'
  | 'redis-7.4'
  | 'wordpress'
  | 'node'
  | 'python'
  | 'python-3.12';

export type PackageManager = 'apt-get' | 'apk' | 'microdnf' | 'yum' | null;

export interface ImageSpec {
  repository: string;
  tag: string;
  id: string;
  digest: string;
  created: string;
  size: number;
  /** [layer digest, compressed bytes] in order, bottom first */
  layers: [string, number][];
  config: Partial<ImageConfig> & Pick<ImageConfig, 'Env' | 'Cmd'>;
  userland: Userland;
  distro: DistroKey;
  app?: AppKey;
  packageManager: PackageManager;
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
export const MB = 1_000_000;
export const sha = (hex: string) => `sha256:${hex}`;

/** debian:trixie of 2026-08-03, also the first layer of python:3.12. */
export const TRIXIE_0803: [string, number] = [sha('1da3cb2f93f2ca3c5bdaf4c024a7f1ebd717938d20c858e4be4b9aa81fc8608c'), 49312314];
