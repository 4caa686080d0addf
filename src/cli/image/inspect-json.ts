/**
 * An image as `docker image inspect` (and `docker inspect`) shows it, with
 * the field set and order of Docker 28.2 (API 1.50, overlay2 image store):
 *
 *   Id, RepoTags, RepoDigests, Parent, Comment, Created, DockerVersion,
 *   Author, Config, Architecture, Os, Size, GraphDriver{Data, Name},
 *   RootFS{Type, Layers}, Metadata{LastTagTime}
 *
 * Compared with the 20.10 reference engine: `Container` and
 * `ContainerConfig` are gone (API 1.45), `VirtualSize` is gone (API 1.44),
 * and `Config` is the image-spec config (API 1.50, moby#48457): only the
 * fields the image sets (User, ExposedPorts, Env, Entrypoint, Cmd, Volumes,
 * WorkingDir, Labels, StopSignal, ArgsEscaped, Healthcheck, OnBuild, Shell),
 * the container-only ones (Hostname, AttachStdin, Tty, Image, ...) and the
 * empty ones are left out. (28.3 put the empty ones back as null/""; 29
 * drops them again and also Parent, Comment, DockerVersion and Author when
 * empty.)
 *
 * The value returned is the Go struct the 28.2 client decodes
 * (image.InspectResponse), so templates behave as docker's: `{{.ID}}` is a
 * field of the struct, `{{.Id}}` only exists in the JSON (the inspect
 * command retries on it), `{{.Config}}` prints the embedded structs
 * `{{ map[] [PATH=...] [] [sh] map[]  map[]  false} {<nil> [] []}}`. Its
 * JSON (GO_MARSHAL_JSON) is the daemon's.
 */
import type { Engine } from '../../engine/engine.ts';
import { sha256Hex } from '../../engine/images/catalog-hash.ts';
import { chainIds, diffIds, sortedRepoDigests, sortedRepoTags } from '../../engine/images/image-ops.ts';
import { catalogOf } from '../../engine/images/store.ts';
import type { ImageRecord } from '../../engine/state.ts';
import { GO_MARSHAL_JSON, GO_STRING, goMap, goNil, goStruct } from '../format/govalue.ts';
import { JsonError, marshal } from '../format/json.ts';

export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** overlay2's directory for a layer: a random cache id in Docker, derived from the chain id here. */
function overlayDir(chainId: string): string {
  return `/var/lib/docker/overlay2/${sha256Hex(`overlay2-cache-id:${chainId}`)}`;
}

/** GraphDriver.Data of an image: the top layer's dirs, the ones below as LowerDir. */
export function graphDriverData(chains: string[]): Record<string, string> {
  const top = overlayDir(chains[chains.length - 1]);
  const data: Record<string, string> = {};
  if (chains.length > 1) {
    data.LowerDir = chains
      .slice(0, -1)
      .reverse()
      .map((c) => `${overlayDir(c)}/diff`)
      .join(':');
  }
  data.MergedDir = `${top}/merged`;
  data.UpperDir = `${top}/diff`;
  data.WorkDir = `${top}/work`;
  return data;
}

const stringMap = (m: Record<string, string>) => goMap('map[string]string', { ...m });
const structMap = (m: Record<string, unknown>) =>
  goMap('map[string]struct {}', Object.fromEntries(Object.keys(m).map((k) => [k, goStruct('struct {}', {})])));
const slice = (a: string[] | null | undefined) => (a ? [...a] : goNil('slice', '[]string'));

/** A time.Time: prints as Go's Time.String(), marshals as RFC 3339. */
function goTime(rfc3339: string): object {
  const t = goStruct('time.Time', {});
  const ms = Date.parse(rfc3339);
  const text =
    rfc3339 === ZERO_TIME ? '0001-01-01 00:00:00 +0000 UTC' : new Date(ms).toISOString().slice(0, 19).replace('T', ' ') + ' +0000 UTC';
  Object.defineProperty(t, GO_STRING, { value: () => text, enumerable: false });
  Object.defineProperty(t, GO_MARSHAL_JSON, { value: () => JSON.stringify(rfc3339), enumerable: false });
  return t;
}

/** Images built with BuildKit carry its comment; the catalog's images of 2022 and later are. */
function commentOf(image: ImageRecord): string {
  return Date.parse(image.Created) >= Date.UTC(2022, 0, 1) ? 'buildkit.dockerfile.v0' : '';
}

export function imageJson(engine: Engine, image: ImageRecord): object {
  void engine;
  const catalog = catalogOf(image);
  const c = image.Config;
  const chains = chainIds(catalog);
  const repoTags = sortedRepoTags(image);
  const repoDigests = sortedRepoDigests(image);

  // the image-spec config, only what is set (omitempty)
  const wireConfig: Record<string, unknown> = {};
  if (c.User) wireConfig.User = c.User;
  if (c.ExposedPorts && Object.keys(c.ExposedPorts).length) wireConfig.ExposedPorts = structMap(c.ExposedPorts);
  if (c.Env?.length) wireConfig.Env = [...c.Env];
  if (c.Entrypoint?.length) wireConfig.Entrypoint = [...c.Entrypoint];
  if (c.Cmd?.length) wireConfig.Cmd = [...c.Cmd];
  if (c.Volumes && Object.keys(c.Volumes).length) wireConfig.Volumes = structMap(c.Volumes);
  if (c.WorkingDir) wireConfig.WorkingDir = c.WorkingDir;
  if (c.Labels && Object.keys(c.Labels).length) wireConfig.Labels = stringMap(c.Labels);
  if (c.StopSignal) wireConfig.StopSignal = c.StopSignal;
  if (c.OnBuild?.length) wireConfig.OnBuild = [...c.OnBuild];

  const graphDriver = { Data: stringMap(graphDriverData(chains)), Name: 'overlay2' };
  const rootFS = { Type: 'layers', Layers: diffIds(catalog) };
  const wire = {
    Id: image.Id,
    RepoTags: repoTags,
    RepoDigests: repoDigests,
    Parent: '',
    Comment: commentOf(image),
    Created: image.Created,
    DockerVersion: '',
    Author: '',
    Config: wireConfig,
    Architecture: 'amd64',
    Os: 'linux',
    Size: image.Size,
    GraphDriver: graphDriver,
    RootFS: rootFS,
    Metadata: { LastTagTime: ZERO_TIME },
  };

  const ociConfig = goStruct('v1.ImageConfig', {
    User: c.User ?? '',
    ExposedPorts: c.ExposedPorts ? structMap(c.ExposedPorts) : goNil('map', 'map[string]struct {}'),
    Env: slice(c.Env),
    Entrypoint: slice(c.Entrypoint),
    Cmd: slice(c.Cmd),
    Volumes: c.Volumes ? structMap(c.Volumes) : goNil('map', 'map[string]struct {}'),
    WorkingDir: c.WorkingDir ?? '',
    Labels: c.Labels ? stringMap(c.Labels) : goNil('map', 'map[string]string'),
    StopSignal: c.StopSignal ?? '',
    ArgsEscaped: false,
  });
  const ext = goStruct('v1.DockerOCIImageConfigExt', {
    Healthcheck: goNil('ptr', '*v1.HealthcheckConfig'),
    OnBuild: slice(c.OnBuild),
    Shell: goNil('slice', '[]string'),
  });
  const promoted: Record<string, () => unknown> = {};
  for (const [k, v] of Object.entries(ociConfig)) promoted[k] = () => v;
  for (const [k, v] of Object.entries(ext)) promoted[k] = () => v;
  const config = goStruct('v1.DockerOCIImageConfig', { ImageConfig: ociConfig, DockerOCIImageConfigExt: ext }, promoted);
  Object.defineProperty(config, GO_MARSHAL_JSON, { value: () => jsonText(wireConfig), enumerable: false });

  const typed = goStruct('image.InspectResponse', {
    ID: image.Id,
    RepoTags: [...repoTags],
    RepoDigests: [...repoDigests],
    Parent: '',
    Comment: wire.Comment,
    Created: image.Created,
    Container: '',
    ContainerConfig: goNil('ptr', '*container.Config'),
    DockerVersion: '',
    Author: '',
    Config: config,
    Architecture: 'amd64',
    Variant: '',
    Os: 'linux',
    OsVersion: '',
    Size: image.Size,
    VirtualSize: 0,
    GraphDriver: goStruct('storage.DriverData', { Data: stringMap(graphDriver.Data), Name: 'overlay2' }),
    RootFS: goStruct('image.RootFS', { Type: 'layers', Layers: [...rootFS.Layers] }),
    Metadata: goStruct('image.Metadata', { LastTagTime: goTime(ZERO_TIME) }),
    Descriptor: goNil('ptr', '*v1.Descriptor'),
    Manifests: goNil('slice', '[]image.ManifestSummary'),
  });
  Object.defineProperty(typed, GO_MARSHAL_JSON, { value: () => jsonText(wire), enumerable: false });
  return typed;
}

function jsonText(v: unknown): string {
  const s = marshal(v, { escapeHTML: false });
  return s instanceof JsonError ? 'null' : s;
}
