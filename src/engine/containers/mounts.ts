/**
 * Turning a container's mount requests (HostConfig.Binds, HostConfig.Mounts,
 * Config.Volumes, VolumesFrom) into MountPoints, as the daemon does at
 * create time: named volumes are created on first use, anonymous volumes get
 * a 64-hex name, missing bind sources are created for -v and refused for
 * --mount, and two mounts on one destination are an error.
 */
import { invalidParameter } from '../errors.ts';
import type { ContainerRecord, EngineState, HostMountSpec, MountPoint } from '../state.ts';
import { createVolume, volumeMountpoint } from '../volumes.ts';
import type { LayeredFs } from '../../vfs/layered-fs.ts';
import { resolvePath } from '../../vfs/path.ts';

const MODES = new Set(['ro', 'rw', 'z', 'Z', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);
const PROPAGATIONS = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

export interface MountRequest {
  point: MountPoint;
  /** copy the image's content into an empty volume (not with nocopy) */
  copyImageData: boolean;
}

/**
 * Parses one --volumes-from entry ("container[:mode]") as the daemon's
 * ParseVolumesFrom does: at most one of ro/rw and one of z/Z; propagation and
 * copy modes are refused. Returns the container and whether it may write.
 */
export function parseVolumesFrom(spec: string): { container: string; readWrite: boolean } {
  if (spec === '') throw invalidParameter('volumes-from specification cannot be an empty string');
  const colon = spec.indexOf(':');
  if (colon < 0) return { container: spec, readWrite: true };
  const mode = spec.slice(colon + 1);
  const modes = mode === '' ? [] : mode.split(',');
  const rw = modes.filter((m) => m === 'ro' || m === 'rw');
  const label = modes.filter((m) => m === 'z' || m === 'Z');
  if (rw.length + label.length !== modes.length || rw.length > 1 || label.length > 1) throw invalidParameter(`invalid mode: ${mode}`);
  return { container: spec.slice(0, colon), readWrite: !rw.includes('ro') };
}

/** Parses one HostConfig.Binds entry ("src:dst[:mode]") the way the daemon's Linux parser does. */
export function parseBind(spec: string): MountRequest {
  const parts = spec.split(':');
  if (parts.length < 2 || parts.length > 3) throw invalidParameter(`invalid volume specification: '${spec}'`);
  const [source, destination, modeText = ''] = parts;
  if (source === '' || destination === '') throw invalidParameter(`invalid spec: ${spec}: empty section between colons`);
  const modes = modeText === '' ? [] : modeText.split(',');
  for (const m of modes) if (!MODES.has(m)) throw invalidParameter(`invalid mode: ${modeText}`);
  if (!destination.startsWith('/')) {
    throw invalidParameter(
      `invalid volume specification: '${spec}': invalid mount config for type "${source.startsWith('/') ? 'bind' : 'volume'}": invalid mount path: '${destination}' mount path must be absolute`,
    );
  }
  const readOnly = modes.includes('ro');
  const dst = resolvePath('/', destination);
  if (source.startsWith('/')) {
    const propagation = modes.find((m) => PROPAGATIONS.has(m)) ?? 'rprivate';
    return {
      point: { Type: 'bind', Source: resolvePath('/', source), Destination: dst, Mode: modeText, RW: !readOnly, Propagation: propagation },
      copyImageData: false,
    };
  }
  return {
    point: { Type: 'volume', Name: source, Source: '', Destination: dst, Driver: 'local', Mode: modeText || 'z', RW: !readOnly, Propagation: '' },
    copyImageData: !modes.includes('nocopy'),
  };
}

/** One `--mount` entry (HostConfig.Mounts), with the daemon's validation messages. */
export function parseMountSpec(spec: HostMountSpec, hostFs: LayeredFs): MountRequest {
  const bad = (why: string) => invalidParameter(`invalid mount config for type "${spec.Type}": ${why}`);
  if (!['bind', 'volume', 'tmpfs'].includes(spec.Type)) throw bad('mount type unknown');
  if (!spec.Target) throw bad('field Target must not be empty');
  if (!spec.Target.startsWith('/')) throw bad(`invalid mount path: '${spec.Target}' mount path must be absolute`);
  const dst = resolvePath('/', spec.Target);
  const rw = !spec.ReadOnly;
  switch (spec.Type) {
    case 'bind': {
      if (!spec.Source) throw bad('field Source must not be empty');
      const source = resolvePath('/', spec.Source);
      if (!hostFs.stat(source)) throw bad(`bind source path does not exist: ${source}`);
      const propagation = spec.BindOptions?.Propagation || 'rprivate';
      return { point: { Type: 'bind', Source: source, Destination: dst, Mode: '', RW: rw, Propagation: propagation }, copyImageData: false };
    }
    case 'volume':
      return {
        point: { Type: 'volume', Name: spec.Source ?? '', Source: '', Destination: dst, Driver: 'local', Mode: 'z', RW: rw, Propagation: '' },
        copyImageData: !spec.VolumeOptions?.NoCopy,
      };
    default:
      if (spec.Source) throw bad('field Source must not be specified');
      return { point: { Type: 'tmpfs', Source: '', Destination: dst, Mode: '', RW: rw, Propagation: '' }, copyImageData: false };
  }
}

/**
 * All mounts of a new container, in the order the daemon registers them:
 * --volumes-from, then binds and --mount, then anonymous volumes for the
 * remaining Config.Volumes paths (the image's VOLUMEs and `-v /path`).
 */
export function resolveMounts(
  state: EngineState,
  hostFs: LayeredFs,
  container: ContainerRecord,
  volumesFrom: ContainerRecord[],
): MountRequest[] {
  const requests: MountRequest[] = [];
  const byDestination = new Map<string, MountRequest>();
  const add = (req: MountRequest, duplicateIsError: boolean) => {
    const existing = byDestination.get(req.point.Destination);
    if (existing && duplicateIsError) throw invalidParameter(`Duplicate mount point: ${req.point.Destination}`);
    if (existing) requests.splice(requests.indexOf(existing), 1);
    byDestination.set(req.point.Destination, req);
    requests.push(req);
  };

  // --volumes-from: the other container's mounts, keeping their mode or making them read-only
  container.HostConfig.VolumesFrom?.forEach((spec, i) => {
    const { readWrite } = parseVolumesFrom(spec);
    for (const m of volumesFrom[i].Mounts) {
      if (m.Type === 'tmpfs') continue;
      // the daemon's RW: m.RW && ReadWrite(mode), so `:rw` cannot lift a read-only mount
      const point = { ...m, RW: m.RW && readWrite };
      add({ point, copyImageData: false }, false);
    }
  });
  const explicit: MountRequest[] = [];
  for (const bind of container.HostConfig.Binds ?? []) {
    const req = parseBind(bind);
    // moby's registerMountPoints refuses a -v at a --tmpfs path (a --mount there is let through)
    if (Object.keys(container.HostConfig.Tmpfs ?? {}).some((t) => resolvePath('/', t) === req.point.Destination)) {
      throw invalidParameter(`Duplicate mount point: ${req.point.Destination}`);
    }
    explicit.push(req);
  }
  for (const spec of container.HostConfig.Mounts ?? []) explicit.push(parseMountSpec(spec, hostFs));
  const seen = new Set<string>();
  for (const req of explicit) {
    if (seen.has(req.point.Destination)) throw invalidParameter(`Duplicate mount point: ${req.point.Destination}`);
    seen.add(req.point.Destination);
    add(req, false);
  }
  for (const path of Object.keys(container.Config.Volumes ?? {})) {
    const dst = resolvePath('/', path);
    if (byDestination.has(dst)) continue;
    add(
      { point: { Type: 'volume', Name: '', Source: '', Destination: dst, Driver: 'local', Mode: '', RW: true, Propagation: '' }, copyImageData: true },
      false,
    );
  }

  // now that everything validated, create what is missing
  for (const req of requests) {
    const p = req.point;
    if (p.Type === 'bind' && !hostFs.stat(p.Source)) hostFs.mkdir(p.Source, { parents: true });
    if (p.Type === 'volume') {
      const volume = createVolume(state, hostFs, p.Name ? { name: p.Name } : {});
      p.Name = volume.Name;
      p.Source = volumeMountpoint(volume.Name);
    }
  }
  return requests;
}
