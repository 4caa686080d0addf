/**
 * The daemon's local image operations besides pulling: looking an image up
 * as moby's GetImage does, `docker rmi` (moby daemon/images/image_delete.go:
 * hard and soft conflicts, untag records, deleted layers), `docker tag`, and
 * the layer chain ids that `docker image inspect` (RootFS) and `rmi` print.
 * No text formatting beyond Docker's error strings.
 */
import { conflict, invalidParameter, notFound } from '../errors.ts';
import type { EngineState, ImageRecord } from '../state.ts';
import { sha256Hex } from './catalog-hash.ts';
import { type ImageReference, parseReference } from './reference.ts';
import { catalogOf } from './store.ts';
import type { CatalogImage } from './types.ts';

/** One entry of the daemon's answer to DELETE /images/{name}. */
export interface ImageDeleteRecord {
  Untagged?: string;
  Deleted?: string;
}

const HEX64 = /^[a-f0-9]{64}$/;

/** ErrImageDoesNotExist: "No such image: nginx:latest" (a name gets the default tag). */
function noSuchImage(input: string, ref: ImageReference | { error: string }): Error {
  if (HEX64.test(input)) return notFound(`No such image: sha256:${input}`);
  if (/^sha256:[a-f0-9]{64}$/.test(input)) return notFound(`No such image: ${input}`);
  return notFound(`No such image: ${'error' in ref ? input : ref.familiar}`);
}

/** "docker.io/library/nginx:latest": how the reference store names and sorts references. */
export function canonicalRef(familiar: string): string {
  const name = repositoryOf(familiar);
  const first = name.split('/')[0];
  if (name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return familiar;
  return `docker.io/${name.includes('/') ? name : `library/${name}`}${familiar.slice(name.length)}`;
}

/** The repository part of a familiar reference ("nginx" of "nginx:latest" or "nginx@sha256:..."). */
function repositoryOf(familiar: string): string {
  const at = familiar.indexOf('@');
  if (at >= 0) return familiar.slice(0, at);
  const colon = familiar.lastIndexOf(':');
  return colon > familiar.lastIndexOf('/') ? familiar.slice(0, colon) : familiar;
}

/** References(id): tags and digests, sorted as the reference store sorts them (by canonical name). */
export function imageReferences(image: ImageRecord): string[] {
  return [...image.RepoTags, ...image.RepoDigests].sort((a, b) => {
    const ca = canonicalRef(a);
    const cb = canonicalRef(b);
    return ca < cb ? -1 : ca > cb ? 1 : 0;
  });
}

/** RepoTags in the order the daemon reports them. */
export function sortedRepoTags(image: ImageRecord): string[] {
  return imageReferences(image).filter((r) => !r.includes('@'));
}

/** RepoDigests in the order the daemon reports them. */
export function sortedRepoDigests(image: ImageRecord): string[] {
  return imageReferences(image).filter((r) => r.includes('@'));
}

/**
 * moby GetImage: a 64-hex id, then the reference store (tag, default tag
 * "latest", or digest), then an id prefix (with or without "sha256:").
 * Throws "invalid reference format..." or "No such image: ...".
 */
export function getImage(state: EngineState, input: string): ImageRecord {
  const images = Object.values(state.images);
  if (HEX64.test(input) || /^sha256:[a-f0-9]{64}$/.test(input)) {
    const id = input.startsWith('sha256:') ? input : `sha256:${input}`;
    const found = state.images[id];
    if (found) return found;
    throw noSuchImage(input, { error: '' });
  }
  const ref = parseReference(input);
  if ('error' in ref) throw invalidParameter(ref.error);
  const byRef = images.find((i) =>
    ref.digest ? i.RepoDigests.includes(`${ref.repository}@${ref.digest}`) : i.RepoTags.includes(ref.familiar),
  );
  if (byRef) return byRef;
  const hex = input.startsWith('sha256:') ? input.slice(7) : input;
  if (/^[a-f0-9]+$/.test(hex)) {
    const matches = images.filter((i) => i.Id.slice(7).startsWith(hex));
    if (matches.length === 1) return matches[0];
  }
  throw noSuchImage(input, ref);
}

// --- layers -----------------------------------------------------------------

/**
 * The uncompressed layer digests (RootFS.Layers). The catalog knows the
 * compressed blobs only; each diff id is derived from its blob digest, so a
 * blob shared by two images gives the same diff id in both.
 */
export function diffIds(catalog: CatalogImage): string[] {
  return catalog.layers.map((l) => `sha256:${sha256Hex(`diff-id:${l.digest}`)}`);
}

/** layer.CreateChainID: ChainID(L0) = DiffID(L0), ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln)). */
export function chainIds(catalog: CatalogImage): string[] {
  const out: string[] = [];
  for (const diff of diffIds(catalog)) {
    out.push(out.length === 0 ? diff : `sha256:${sha256Hex(`${out[out.length - 1]} ${diff}`)}`);
  }
  return out;
}

// --- docker rmi ---------------------------------------------------------------

const isIdPrefix = (id: string, input: string) => id.startsWith(input) || id.slice(7).startsWith(input);

/** isSingleReference: at most one tag, and every reference in that one repository. */
function isSingleReference(refs: string[]): boolean {
  if (refs.length <= 1) return refs.length === 1;
  let single: string | undefined;
  const canonicalRepos = new Set<string>();
  for (const r of refs) {
    if (r.includes('@')) canonicalRepos.add(repositoryOf(r));
    else if (single === undefined) single = r;
    else return false;
  }
  single ??= refs[0];
  return canonicalRepos.size === 1 && canonicalRepos.has(repositoryOf(single));
}

interface DeleteConflict {
  hard: boolean;
  used: boolean;
  message: string;
}

const HARD = { running: true } as const;

function checkConflict(
  state: EngineState,
  image: ImageRecord,
  mask: { running?: boolean; references?: boolean; stopped?: boolean },
): DeleteConflict | null {
  const users = Object.values(state.containers).filter((c) => c.Image === image.Id);
  if (mask.running) {
    const running = users.find((c) => c.State.Running);
    if (running) return { hard: true, used: true, message: `image is being used by running container ${running.Id.slice(0, 12)}` };
  }
  if (mask.references && imageReferences(image).length > 0) {
    return { hard: false, used: false, message: 'image is referenced in multiple repositories' };
  }
  if (mask.stopped) {
    const stopped = users.find((c) => !c.State.Running);
    if (stopped) return { hard: false, used: true, message: `image is being used by stopped container ${stopped.Id.slice(0, 12)}` };
  }
  return null;
}

function conflictError(image: ImageRecord, c: DeleteConflict): Error {
  return conflict(`conflict: unable to delete ${image.Id.slice(7, 19)} (${c.hard ? 'cannot be forced' : 'must be forced'}) - ${c.message}`);
}

function removeRef(image: ImageRecord, familiar: string): void {
  image.RepoTags = image.RepoTags.filter((t) => t !== familiar);
  image.RepoDigests = image.RepoDigests.filter((d) => d !== familiar);
}

/** imageDeleteHelper: delete the image itself unless a conflict forbids it (quietly, after an untag). */
function deleteHelper(state: EngineState, image: ImageRecord, records: ImageDeleteRecord[], force: boolean, quiet: boolean): void {
  const mask = force ? HARD : { running: true, references: true, stopped: true };
  const found = checkConflict(state, image, mask);
  if (found) {
    const dangling = imageReferences(image).length === 0;
    if (quiet && (!dangling || found.used)) return;
    throw conflictError(image, found);
  }
  for (const r of imageReferences(image)) {
    removeRef(image, r);
    records.push({ Untagged: r });
  }
  records.push({ Deleted: image.Id });
  const usedByContainer = Object.values(state.containers).some((c) => c.Image === image.Id);
  if (usedByContainer) {
    // A stopped container still holds the image's layers (and, in this
    // simulation, the image record it runs from): the image is untagged and
    // reported deleted, its layers stay.
    return;
  }
  delete state.images[image.Id];
  const kept = new Set<string>();
  for (const other of Object.values(state.images)) for (const c of chainIds(catalogOf(other))) kept.add(c);
  const chains = chainIds(catalogOf(image));
  for (let i = chains.length - 1; i >= 0; i--) {
    if (kept.has(chains[i])) break; // the layers below a shared layer are shared too
    records.push({ Deleted: chains[i] });
  }
}

/**
 * `docker rmi` (ImageDelete): by name, only that reference goes unless it is
 * the last one; by id, every reference and the image. Returns the records in
 * the daemon's order; throws the daemon's conflict or not-found error.
 */
export function deleteImage(state: EngineState, input: string, force: boolean): ImageDeleteRecord[] {
  const image = getImage(state, input);
  const records: ImageDeleteRecord[] = [];
  let refs = imageReferences(image);
  const using = Object.values(state.containers).find((c) => c.Image === image.Id);
  let quiet = false;
  if (!isIdPrefix(image.Id, input)) {
    if (!force && isSingleReference(refs) && using) {
      throw conflict(
        `conflict: unable to remove repository reference ${JSON.stringify(input)} (must force) - container ${using.Id.slice(0, 12)} is using its referenced image ${image.Id.slice(7, 19)}`,
      );
    }
    const ref = parseReference(input);
    if ('error' in ref) throw invalidParameter(ref.error);
    const removed = ref.digest ? `${ref.repository}@${ref.digest}` : ref.familiar;
    removeRef(image, removed);
    records.push({ Untagged: removed });
    refs = imageReferences(image);
    if (!ref.digest) {
      const sameRepoTag = refs.some((r) => !r.includes('@') && repositoryOf(r) === ref.repository);
      if (!sameRepoTag) {
        for (const r of refs) {
          if (r.includes('@') && repositoryOf(r) === ref.repository) {
            removeRef(image, r);
            records.push({ Untagged: r });
          }
        }
        refs = imageReferences(image);
      }
    }
    if (refs.length > 0) return records;
    quiet = true;
  } else if (isSingleReference(refs)) {
    const found = checkConflict(state, image, force ? HARD : { running: true, stopped: true });
    if (found) throw conflictError(image, found);
    for (const r of refs) {
      removeRef(image, r);
      records.push({ Untagged: r });
    }
  }
  deleteHelper(state, image, records, force, quiet);
  return records;
}

// --- docker tag ---------------------------------------------------------------

/**
 * TagImage: `target` (already checked by the client, tag defaulted) now names
 * the source image; a tag another image had moves over to it. Returns the
 * tagged image.
 */
export function tagImage(state: EngineState, source: string, target: ImageReference): ImageRecord {
  const image = getImage(state, source);
  const familiar = target.familiar;
  for (const other of Object.values(state.images)) {
    if (other !== image && other.RepoTags.includes(familiar)) other.RepoTags = other.RepoTags.filter((t) => t !== familiar);
  }
  if (!image.RepoTags.includes(familiar)) image.RepoTags.push(familiar);
  return image;
}
