/**
 * `docker system df` (docker/cli cli/command/system/df.go and
 * formatter/disk_usage.go, moby's GET /system/df): TYPE TOTAL ACTIVE SIZE
 * RECLAIMABLE for images, containers, local volumes and the build cache,
 * from the engine's state. Image sizes count each layer once (the layers
 * of an image get its size in proportion to their compressed sizes, the
 * catalog knowing no per-layer uncompressed size); a container's size is
 * its writable layer; a volume's, the bytes under its _data.
 */
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord, ImageRecord, VolumeRecord } from '../../engine/state.ts';
import { catalogOf } from '../../engine/images/store.ts';
import { volumeSize, volumeUsers } from '../../engine/volumes.ts';
import type { Command } from '../command.ts';
import { FORMAT_HELP } from '../container/help-texts.ts';
import { containerRow, sizeRw } from '../container/summary.ts';
import { flag } from '../flags.ts';
import { FormatError, type HeaderMap, formatRows, preFormat, rowContext, truncateID } from '../format/formatter.ts';
import { IMAGE_CONTEXT, VOLUME_CONTEXT } from '../format/contexts.ts';
import { goStruct } from '../format/govalue.ts';
import { TemplateError, parseTemplate } from '../format/template.ts';
import { humanDuration, humanSize, humanSizeWithPrecision } from '../format/units.ts';
import { listImages } from '../image/ls.ts';

/** Each image's layers with an uncompressed size. */
function imageLayers(image: ImageRecord): { digest: string; size: number }[] {
  const layers = catalogOf(image).layers;
  const compressed = layers.reduce((a, l) => a + l.size, 0) || 1;
  let left = image.Size;
  return layers.map((l, i) => {
    const size = i === layers.length - 1 ? left : Math.round((image.Size * l.size) / compressed);
    left -= size;
    return { digest: l.digest, size };
  });
}

export interface ImageUsage {
  image: ImageRecord;
  size: number;
  shared: number;
  containers: number;
}

export interface DiskUsage {
  layersSize: number;
  images: ImageUsage[];
  containers: { container: ContainerRecord; sizeRw: number; active: boolean }[];
  volumes: { volume: VolumeRecord; size: number; refCount: number }[];
}

/** GET /system/df: what the daemon reports. */
export function diskUsage(engine: Engine): DiskUsage {
  const state = engine.state;
  const images = listImages(state, new Map(), engine.now()).map((s) => s.image);
  const users = new Map<string, number>();
  for (const digest of images.flatMap((i) => imageLayers(i).map((l) => l.digest))) users.set(digest, (users.get(digest) ?? 0) + 1);
  const seen = new Set<string>();
  let layersSize = 0;
  const imageUsage = images.map((image) => {
    let shared = 0;
    for (const l of imageLayers(image)) {
      if ((users.get(l.digest) ?? 0) > 1) shared += l.size;
      if (!seen.has(l.digest)) {
        seen.add(l.digest);
        layersSize += l.size;
      }
    }
    const containers = Object.values(state.containers).filter((c) => c.Image === image.Id).length;
    return { image, size: image.Size, shared, containers };
  });
  const containers = Object.values(state.containers).map((c) => ({
    container: c,
    sizeRw: sizeRw(c),
    active: c.State.Running || c.State.Paused || c.State.Restarting,
  }));
  const volumes = Object.values(state.volumes).map((v) => ({
    volume: v,
    size: volumeSize(engine.hostFs, v.Name),
    refCount: volumeUsers(state, v.Name).length,
  }));
  return { layersSize, images: imageUsage, containers, volumes };
}

const withPercent = (reclaimable: number, total: number) =>
  total > 0 ? `${humanSize(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)` : humanSize(reclaimable);

/** The four rows of the summary table. */
export function summaryRows(du: DiskUsage): Record<string, unknown>[] {
  const imagesUsed = du.images.filter((i) => i.containers > 0).reduce((a, i) => a + (i.size - i.shared), 0);
  const rw = du.containers.reduce((a, c) => a + c.sizeRw, 0);
  const rwIdle = du.containers.filter((c) => !c.active).reduce((a, c) => a + c.sizeRw, 0);
  const vols = du.volumes.reduce((a, v) => a + v.size, 0);
  const volsIdle = du.volumes.filter((v) => v.refCount === 0).reduce((a, v) => a + v.size, 0);
  return [
    {
      Type: 'Images',
      TotalCount: String(du.images.length),
      Active: String(du.images.filter((i) => i.containers > 0).length),
      Size: humanSize(du.layersSize),
      Reclaimable: withPercent(du.layersSize - imagesUsed, du.layersSize),
    },
    {
      Type: 'Containers',
      TotalCount: String(du.containers.length),
      Active: String(du.containers.filter((c) => c.active).length),
      Size: humanSize(rw),
      Reclaimable: withPercent(rwIdle, rw),
    },
    {
      Type: 'Local Volumes',
      TotalCount: String(du.volumes.length),
      Active: String(du.volumes.filter((v) => v.refCount > 0).length),
      Size: humanSize(vols),
      Reclaimable: withPercent(volsIdle, vols),
    },
    { Type: 'Build Cache', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B' },
  ];
}

const DF_HEADERS: HeaderMap = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };
const DF_TABLE = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const DF_RAW = 'type: {{.Type}}\ntotal: {{.TotalCount}}\nactive: {{.Active}}\nsize: {{.Size}}\nreclaimable: {{.Reclaimable}}\n';

function verboseRows(engine: Engine, du: DiskUsage, trunc: boolean) {
  const now = engine.now();
  const images = du.images.map((u) => {
    const tag = u.image.RepoTags[0];
    const colon = tag ? tag.lastIndexOf(':') : -1;
    const created = Math.floor(Date.parse(u.image.Created) / 1000);
    return {
      Containers: String(u.containers),
      CreatedAt: new Date(created * 1000).toISOString().slice(0, 19).replace('T', ' ') + ' +0000 UTC',
      CreatedSince: `${humanDuration(now - created * 1000)} ago`,
      Digest: '<none>',
      ID: trunc ? truncateID(u.image.Id) : u.image.Id,
      Repository: tag ? tag.slice(0, colon) : '<none>',
      SharedSize: humanSize(u.shared),
      Size: humanSizeWithPrecision(u.size, 3),
      Tag: tag ? tag.slice(colon + 1) : '<none>',
      UniqueSize: humanSize(u.size - u.shared),
      VirtualSize: humanSize(u.size),
    };
  });
  const containers = du.containers.map((c) => ({
    ...containerRow(engine, c.container, { trunc, size: false }),
    Size: humanSizeWithPrecision(c.sizeRw, 3),
  }));
  const volumes = du.volumes.map((v) => ({
    Availability: 'N/A',
    Driver: v.volume.Driver,
    Group: 'N/A',
    Labels: Object.keys(v.volume.Labels)
      .sort()
      .map((k) => `${k}=${v.volume.Labels[k]}`)
      .join(','),
    Links: String(v.refCount),
    Mountpoint: `/var/lib/docker/volumes/${v.volume.Name}/_data`,
    Name: v.volume.Name,
    Scope: v.volume.Scope,
    Size: humanSize(v.size),
    Status: 'N/A',
  }));
  return { images, containers, volumes };
}

const CONTAINER_HEADERS: HeaderMap = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  LocalVolumes: 'LOCAL VOLUMES',
  Size: 'SIZE',
  RunningFor: 'CREATED',
  Status: 'STATUS',
  Names: 'NAMES',
};
const BUILD_CACHE_HEADERS: HeaderMap = {
  ID: 'CACHE ID',
  CacheType: 'CACHE TYPE',
  Size: 'SIZE',
  CreatedSince: 'CREATED',
  LastUsedSince: 'LAST USED',
  UsageCount: 'USAGE',
  Shared: 'SHARED',
};

function table(format: string, rows: Record<string, unknown>[], typeName: string, headers: HeaderMap): string {
  const out = formatRows({ format, rows, context: { typeName, headers } });
  return out instanceof FormatError ? '' : out;
}

function verboseTables(engine: Engine, du: DiskUsage): string {
  const { images, containers, volumes } = verboseRows(engine, du, true);
  return (
    'Images space usage:\n\n' +
    table(
      'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}',
      images,
      IMAGE_CONTEXT.typeName,
      { ...IMAGE_CONTEXT.headers, Containers: 'CONTAINERS' },
    ) +
    '\nContainers space usage:\n\n' +
    table(
      'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}',
      containers,
      '*formatter.ContainerContext',
      CONTAINER_HEADERS,
    ) +
    '\nLocal Volumes space usage:\n\n' +
    table('table {{.Name}}\t{{.Links}}\t{{.Size}}', volumes, VOLUME_CONTEXT.typeName, VOLUME_CONTEXT.headers) +
    '\nBuild cache usage: 0B\n\n' +
    table(
      'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}',
      [],
      '*formatter.buildCacheContext',
      BUILD_CACHE_HEADERS,
    )
  );
}

export const dfCommand: Command = {
  path: 'docker system df',
  usage: '[OPTIONS]',
  short: 'Show docker disk usage',
  args: { kind: 'none' },
  flags: [
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Show detailed information on space usage' },
  ],
  async run(ctx, p) {
    const du = diskUsage(ctx.engine);
    const source = flag.str(p, 'format') || 'table';
    if (flag.bool(p, 'verbose')) {
      if (source === 'table') {
        ctx.stdout.write(verboseTables(ctx.engine, du));
        return 0;
      }
      // a template on the whole diskUsageContext {Images, Containers, Volumes, BuildCache}
      const rows = verboseRows(ctx.engine, du, source.startsWith('table'));
      const data = goStruct('formatter.diskUsageContext', {
        Images: rows.images.map((r) => rowContext(r, IMAGE_CONTEXT.typeName)),
        Containers: rows.containers.map((r) => rowContext(r, '*formatter.ContainerContext')),
        Volumes: rows.volumes.map((r) => rowContext(r, VOLUME_CONTEXT.typeName)),
        BuildCache: [] as unknown[],
      });
      const tmpl = parseTemplate(preFormat(source));
      const out = tmpl instanceof TemplateError ? tmpl : tmpl.execute(data);
      if (out instanceof TemplateError) {
        ctx.stderr.write(`template parsing error: ${out.message}\n`);
        return 1;
      }
      ctx.stdout.write(out);
      return 0;
    }
    const format = source === 'table' ? DF_TABLE : source === 'raw' ? DF_RAW : source;
    const out = formatRows({
      format,
      rows: summaryRows(du),
      context: { typeName: '*formatter.diskUsageImagesContext', headers: DF_HEADERS },
    });
    if (out instanceof FormatError) {
      ctx.stderr.write(out.message + '\n');
      return 1;
    }
    ctx.stdout.write(out);
    return 0;
  },
};
