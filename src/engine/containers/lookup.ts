/** Resolving a container reference the way the daemon does: full id, name, then unique id prefix. */
import { invalidParameter, notFound } from '../errors.ts';
import type { ContainerRecord, EngineState } from '../state.ts';

export function findContainer(state: EngineState, ref: string): ContainerRecord | undefined {
  if (ref === '') return undefined;
  const byId = state.containers[ref];
  if (byId) return byId;
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const all = Object.values(state.containers);
  const byName = all.find((c) => c.Name === name);
  if (byName) return byName;
  if (!/^[a-f0-9]+$/.test(ref)) return undefined;
  const matches = all.filter((c) => c.Id.startsWith(ref));
  if (matches.length > 1) throw invalidParameter(`multiple IDs found with provided prefix: ${ref}`);
  return matches[0];
}

export function getContainer(state: EngineState, ref: string): ContainerRecord {
  const c = findContainer(state, ref);
  if (!c) throw notFound(`No such container: ${ref}`);
  return c;
}
