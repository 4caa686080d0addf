/**
 * What every check kind shares: the context it reads (the lab's snapshot as
 * the engine's plain state, the lines the learner typed), its outcome, and
 * the lookups several kinds need (a container by name, an image reference).
 *
 * Check evaluators only read. Where an engine function keeps bookkeeping in
 * the state (the DNS query counter), they call it on a shallow copy.
 */
import type { z } from 'zod';
import type { LabSnapshot } from '../../lab/index.ts';
import type { ContainerRecord, EngineState, NetworkRecord } from '../../engine/state.ts';
import { type Localized, listOf, text } from '../text.ts';

export interface CheckContext {
  /** lab.snapshot() read as the engine's state (never changed by a check) */
  readonly state: EngineState;
  /** the snapshot itself, for checks that build a copy of the lab from it */
  readonly snapshot: LabSnapshot;
  /** the command lines the learner typed since the exercise started, oldest first */
  readonly typed: readonly string[];
}

export type Outcome = { pass: true } | { pass: false; found: Localized };

export const PASS: Outcome = { pass: true };
export const fail = (en: string, ko: string): Outcome => ({ pass: false, found: text(en, ko) });

/** One kind of check: its fields, its checklist line, and its evaluator. */
export interface CheckKind<S extends z.ZodType = z.ZodType> {
  kind: string;
  /** one sentence for the format documentation */
  summary: string;
  schema: S;
  label(spec: z.infer<S>): Localized;
  evaluate(spec: z.infer<S>, ctx: CheckContext): Outcome | Promise<Outcome>;
}

export function defineCheck<S extends z.ZodType>(kind: CheckKind<S>): CheckKind<S> {
  return kind;
}

/** A container by name (with or without the leading slash), full id or unique id prefix. */
export function findContainer(state: EngineState, ref: string): ContainerRecord | undefined {
  const name = ref.replace(/^\//, '');
  const all = Object.values(state.containers);
  const byName = all.find((c) => c.Name.replace(/^\//, '') === name);
  if (byName) return byName;
  if (!/^[0-9a-f]{1,64}$/.test(ref)) return undefined;
  const byId = all.filter((c) => c.Id.startsWith(ref));
  return byId.length === 1 ? byId[0] : undefined;
}

export function containerName(c: ContainerRecord): string {
  return c.Name.replace(/^\//, '');
}

export function findNetworkByName(state: EngineState, name: string): NetworkRecord | undefined {
  const all = Object.values(state.networks);
  return all.find((n) => n.Name === name) ?? (/^[0-9a-f]{3,64}$/.test(name) ? all.find((n) => n.Id.startsWith(name)) : undefined);
}

/** "no container named db2 (there are: web, old-db)" in both languages. */
export function noContainer(state: EngineState, name: string): Outcome {
  const names = Object.values(state.containers).map(containerName);
  if (names.length === 0) return fail(`there is no container named ${name}: there are no containers at all`, `이름이 ${name}인 컨테이너가 없음 (컨테이너가 하나도 없음)`);
  const list = listOf(names);
  return fail(`there is no container named ${name} (there are: ${list.en})`, `이름이 ${name}인 컨테이너가 없음 (있는 컨테이너: ${list.ko})`);
}

/** Docker's reading of an image reference: repository (without docker.io/library/) and tag. */
export function parseImageRef(ref: string): { repository: string; tag: string | null } {
  let s = ref.trim().replace(/@sha256:[0-9a-f]+$/, '');
  s = s.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  const slash = s.lastIndexOf('/');
  const colon = s.lastIndexOf(':');
  if (colon > slash) return { repository: s.slice(0, colon), tag: s.slice(colon + 1) };
  return { repository: s, tag: null };
}

/**
 * Whether a container runs the image an exercise names: "mysql" matches any
 * tag of mysql, "mysql:8.0" only that tag ("latest" when the learner gave none).
 */
export function imageMatches(state: EngineState, c: ContainerRecord, expected: string): boolean {
  const want = parseImageRef(expected);
  const refs = [c.imageRef, ...(state.images[c.Image]?.RepoTags ?? [])];
  return refs.some((r) => {
    const got = parseImageRef(r);
    return got.repository === want.repository && (want.tag === null || (got.tag ?? 'latest') === want.tag);
  });
}

/** Paths compared as Docker compares mount points: no trailing slash, no "//". */
export function normalizePath(path: string): string {
  const p = path.replace(/\/+/g, '/');
  return p.length > 1 ? p.replace(/\/$/, '') : p;
}

/** Compiles an author's regular expression (validated by the schema, so it compiles). */
export function regex(pattern: string, flags = ''): RegExp {
  return new RegExp(pattern, flags.replace(/[gy]/g, ''));
}

/** Zod refinement: a regular expression that compiles. */
export function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** A container's state in Docker's words ("running", "exited (137)"). */
export function statusWord(c: ContainerRecord): string {
  return c.State.Status === 'exited' ? `exited (${c.State.ExitCode})` : c.State.Status;
}
