/**
 * The formatting contexts of the list commands, from docker/cli
 * cli/command/formatter/{container,image,volume}.go and
 * cli/command/network/formatter.go: the Go type each context has (named in
 * execution errors), its header for each column, and its default formats.
 */
import { type ContextSpec, DEFAULT_QUIET_FORMAT, type HeaderMap, RAW_FORMAT_KEY, TABLE_FORMAT_KEY } from './formatter.ts';

export interface ListContext extends ContextSpec {
  readonly defaultTableFormat: string;
  readonly quietFormat: string;
  readonly rawFormat: string;
  readonly rawQuietFormat: string;
}

const CONTAINER_HEADERS: HeaderMap = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Platform: 'PLATFORM',
  HealthStatus: 'HEALTH STATUS',
  IPAddresses: 'IP ADDRESSES',
};

/** `docker ps` / `docker container ls`. */
export const CONTAINER_CONTEXT: ListContext = {
  typeName: '*formatter.ContainerContext',
  headers: CONTAINER_HEADERS,
  defaultTableFormat: 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}',
  quietFormat: DEFAULT_QUIET_FORMAT,
  rawFormat:
    'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\n' +
    'state: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\n' +
    'labels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n',
  rawQuietFormat: 'container_id: {{.ID}}',
};

/** `docker images` / `docker image ls`. */
export const IMAGE_CONTEXT: ListContext = {
  typeName: '*formatter.imageContext',
  headers: {
    ID: 'IMAGE ID',
    Repository: 'REPOSITORY',
    Tag: 'TAG',
    Digest: 'DIGEST',
    CreatedSince: 'CREATED',
    CreatedAt: 'CREATED AT',
    Size: 'SIZE',
    Containers: 'CONTAINERS',
    VirtualSize: 'SIZE',
    SharedSize: 'SHARED SIZE',
    UniqueSize: 'UNIQUE SIZE',
  },
  defaultTableFormat:
    'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}',
  quietFormat: DEFAULT_QUIET_FORMAT,
  rawFormat: 'repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n',
  rawQuietFormat: 'image_id: {{.ID}}',
};

/** `docker images --digests`. */
export const IMAGE_DIGEST_TABLE_FORMAT =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';

/** `docker volume ls`. */
export const VOLUME_CONTEXT: ListContext = {
  typeName: '*formatter.volumeContext',
  headers: {
    ID: 'ID',
    Name: 'VOLUME NAME',
    Group: 'GROUP',
    Driver: 'DRIVER',
    Scope: 'SCOPE',
    Availability: 'AVAILABILITY',
    Mountpoint: 'MOUNTPOINT',
    Labels: 'LABELS',
    Links: 'LINKS',
    Size: 'SIZE',
    Status: 'STATUS',
  },
  defaultTableFormat: 'table {{.Driver}}\t{{.Name}}',
  quietFormat: '{{.Name}}',
  rawFormat: 'name: {{.Name}}\\ndriver: {{.Driver}}\\n',
  rawQuietFormat: 'name: {{.Name}}',
};

/** `docker network ls`. */
export const NETWORK_CONTEXT: ListContext = {
  typeName: '*network.networkContext',
  headers: {
    ID: 'NETWORK ID',
    Name: 'NAME',
    Driver: 'DRIVER',
    Scope: 'SCOPE',
    IPv4: 'IPV4',
    IPv6: 'IPV6',
    Internal: 'INTERNAL',
    Labels: 'LABELS',
    CreatedAt: 'CREATED AT',
  },
  defaultTableFormat: 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}',
  quietFormat: DEFAULT_QUIET_FORMAT,
  rawFormat: 'network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n',
  rawQuietFormat: 'network_id: {{.ID}}',
};

export interface SelectOptions {
  readonly quiet?: boolean;
  /** `docker ps --size` (or a format using .Size): the default table gets a SIZE column. */
  readonly size?: boolean;
  /** `docker images --digests`. */
  readonly digest?: boolean;
}

/**
 * NewContainerFormat / NewImageFormat / NewVolumeFormat / network.NewFormat:
 * the format to render for the --format given (`table` or "" for the default).
 */
export function selectFormat(ctx: ListContext, source: string, opts: SelectOptions = {}): string {
  if (source === TABLE_FORMAT_KEY || (source === '' && ctx === CONTAINER_CONTEXT)) {
    if (opts.quiet) return ctx.quietFormat;
    if (ctx === IMAGE_CONTEXT && opts.digest) return IMAGE_DIGEST_TABLE_FORMAT;
    return ctx.defaultTableFormat + (ctx === CONTAINER_CONTEXT && opts.size ? '\\t{{.Size}}' : '');
  }
  if (source === RAW_FORMAT_KEY) {
    if (opts.quiet) return ctx.rawQuietFormat;
    if (ctx === CONTAINER_CONTEXT && opts.size) return ctx.rawFormat + 'size: {{.Size}}\\n';
    return ctx.rawFormat;
  }
  if (opts.quiet && ctx === CONTAINER_CONTEXT) return DEFAULT_QUIET_FORMAT;
  if (ctx === IMAGE_CONTEXT && opts.digest && source.startsWith(TABLE_FORMAT_KEY) && !source.includes('{{.Digest}}')) {
    return source + '\t{{.Digest}}';
  }
  return source;
}
