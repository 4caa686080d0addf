/**
 * The daemon's image store: pulling from the simulated registry (the
 * catalog), looking images up by reference or id, removing them.
 */
import { invalidParameter, systemError } from '../errors.ts';
import type { EngineState, ImageRecord } from '../state.ts';
import { findCatalogImage } from './catalog.ts';
import { type ImageReference, parseReference } from './reference.ts';
import type { CatalogImage } from './types.ts';

/** What an offline Docker host answers for anything it cannot fetch. */
export const REGISTRY_UNREACHABLE =
  'Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host';

export function parseOrThrow(input: string): ImageReference {
  const ref = parseReference(input);
  if ('error' in ref) throw invalidParameter(ref.error);
  return ref;
}

/** Finds a local image by name[:tag], full or short id ("sha256:" optional). */
export function findImage(state: EngineState, input: string): ImageRecord | undefined {
  const images = Object.values(state.images);
  const hex = input.startsWith('sha256:') ? input.slice(7) : input;
  if (/^[a-f0-9]{4,64}$/.test(hex)) {
    const byId = images.filter((i) => i.Id.slice(7).startsWith(hex));
    if (byId.length === 1) return byId[0];
  }
  const ref = parseReference(input);
  if ('error' in ref) return undefined;
  return images.find((i) => i.RepoTags.includes(ref.familiar));
}

export function catalogImageFor(ref: ImageReference): CatalogImage | undefined {
  if (ref.repository.includes('/') && !ref.repository.startsWith('library/')) return undefined;
  return findCatalogImage(ref.repository, ref.tag);
}

/** Pulls an image from the simulated registry into the store. */
export function pullImage(state: EngineState, input: string): { image: ImageRecord; fresh: boolean; catalog: CatalogImage } {
  const ref = parseOrThrow(input);
  const catalog = catalogImageFor(ref);
  if (!catalog) throw systemError(REGISTRY_UNREACHABLE);
  const existing = state.images[catalog.id];
  if (existing) {
    if (!existing.RepoTags.includes(ref.familiar)) existing.RepoTags.push(ref.familiar);
    return { image: existing, fresh: false, catalog };
  }
  const image: ImageRecord = {
    Id: catalog.id,
    RepoTags: [ref.familiar],
    RepoDigests: [`${ref.repository}@${catalog.digest}`],
    Created: catalog.created,
    Size: catalog.size,
    Config: structuredClone(catalog.config),
    catalog: `${catalog.repository}:${catalog.tag}`,
    pulledAt: state.env.clock,
  };
  state.images[image.Id] = image;
  return { image, fresh: true, catalog };
}

export function catalogOf(image: ImageRecord): CatalogImage {
  const [repository, tag] = image.catalog.split(':');
  const catalog = findCatalogImage(repository, tag);
  if (!catalog) throw systemError(`image ${image.Id} has no catalog entry`);
  return catalog;
}

// `docker rmi` and `docker tag` live in image-ops.ts (deleteImage, tagImage), after moby daemon/images/image_delete.go.
