/**
 * Every kind of check, by name. An exercise's `checks:` entry is a mapping
 * with one of these names as its only key (plus an optional `label` that
 * replaces the generated checklist line):
 *
 *   - mount: { container: db2, destination: /var/lib/mysql }
 *     label: { en: "...", ko: "..." }
 *
 * Adding a kind: one file beside this one (schema, label, evaluate) and one
 * line in CHECK_KINDS. The documentation lists the kinds from here.
 */
import { z } from 'zod';
import { type Localized, localizedSchema } from '../text.ts';
import { attachedCheck } from './attached.ts';
import type { CheckContext, CheckKind, Outcome } from './common.ts';
import { containerCheck } from './container.ts';
import { fileCheck } from './file.ts';
import { goneCheck } from './gone.ts';
import { mountCheck } from './mount.ts';
import { networkCheck } from './network.ts';
import { outputCheck } from './output.ts';
import { publishedCheck } from './published.ts';
import { reachableCheck } from './reachable.ts';
import { resolvesCheck } from './resolves.ts';
import { typedCheck } from './typed.ts';
import { volumeCheck } from './volume.ts';

export const CHECK_KINDS = {
  container: containerCheck,
  mount: mountCheck,
  volume: volumeCheck,
  network: networkCheck,
  attached: attachedCheck,
  resolves: resolvesCheck,
  reachable: reachableCheck,
  published: publishedCheck,
  file: fileCheck,
  gone: goneCheck,
  output: outputCheck,
  typed: typedCheck,
} as const;

export type CheckKindName = keyof typeof CHECK_KINDS;
export const CHECK_KIND_NAMES = Object.keys(CHECK_KINDS) as CheckKindName[];

type SpecOf<K extends CheckKindName> = (typeof CHECK_KINDS)[K] extends CheckKind<infer S> ? z.infer<S> : never;

/** A validated check: its kind, its fields (defaults filled in), and the author's own line if any. */
export type Check = { [K in CheckKindName]: { kind: K; spec: SpecOf<K>; label?: Localized } }[CheckKindName];

/** What an exercise file may contain for one check (before defaults). */
export type CheckInput = { [K in CheckKindName]: { [P in K]: z.input<(typeof CHECK_KINDS)[K]['schema']> } & { label?: Localized } }[CheckKindName];

const isKind = (key: string): key is CheckKindName => Object.hasOwn(CHECK_KINDS, key);

/**
 * The schema of one `checks:` entry. Written by hand rather than as a
 * union so an error names the field ("mount.readOnly: expected boolean")
 * instead of "no union member matched".
 */
export const checkSchema = z
  .unknown()
  .transform((value, ctx): Check => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: `a check is a mapping with one of: ${CHECK_KIND_NAMES.join(', ')}` });
      return z.NEVER;
    }
    const entry = value as Record<string, unknown>;
    const keys = Object.keys(entry).filter((k) => k !== 'label');
    const kinds = keys.filter(isKind);
    const unknown = keys.filter((k) => !isKind(k));
    if (unknown.length > 0 || kinds.length !== 1) {
      const what = unknown.length ? `unknown check kind "${unknown[0]}"${suggest(unknown[0], CHECK_KIND_NAMES)}` : kinds.length === 0 ? 'no check kind' : `several check kinds in one entry (${kinds.join(', ')}): write each as its own "- " item`;
      ctx.addIssue({ code: 'custom', message: `${what}; a check has exactly one of: ${CHECK_KIND_NAMES.join(', ')}`, path: unknown.length ? [unknown[0]] : [] });
      return z.NEVER;
    }
    const kind = kinds[0];
    let ok = true;
    const spec = CHECK_KINDS[kind].schema.safeParse(entry[kind] ?? {});
    if (!spec.success) {
      ok = false;
      for (const issue of spec.error.issues) ctx.addIssue({ ...issue, path: [kind, ...issue.path], message: withSuggestion(issue, CHECK_KINDS[kind].schema) } as never);
    }
    let label: Localized | undefined;
    if (entry.label !== undefined) {
      const l = localizedSchema.safeParse(entry.label);
      if (!l.success) {
        ok = false;
        for (const issue of l.error.issues) ctx.addIssue({ ...issue, path: ['label', ...issue.path] } as never);
      } else label = l.data;
    }
    if (!ok || !spec.success) return z.NEVER;
    return { kind, spec: spec.data, ...(label ? { label } : {}) } as Check;
  })
  .describe('one check: a mapping whose only key is the kind of check (and an optional label)');

/** ` (did you mean "readOnly"?)` for a near miss. */
export function suggest(word: string, candidates: readonly string[]): string {
  const lower = word.toLowerCase();
  const best = candidates.find((c) => c.toLowerCase() === lower) ?? candidates.find((c) => distance(c.toLowerCase(), lower) <= 2);
  return best ? ` (did you mean "${best}"?)` : '';
}

function withSuggestion(issue: z.core.$ZodIssue, schema: z.ZodType): string {
  if (issue.code !== 'unrecognized_keys') return issue.message;
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  const fields = shape ? Object.keys(shape) : [];
  return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"${suggest(k, fields)}`).join(', ')}; the fields are: ${fields.join(', ')}`;
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/** The checklist line of a check: the author's label, or the generated one. */
export function checkLabel(check: Check): Localized {
  if (check.label) return check.label;
  return (CHECK_KINDS[check.kind] as CheckKind).label(check.spec);
}

/** Runs one check; an evaluator that throws counts as failed, with the reason (never breaks the panel). */
export async function runCheck(check: Check, ctx: CheckContext): Promise<Outcome> {
  try {
    return await (CHECK_KINDS[check.kind] as CheckKind).evaluate(check.spec, ctx);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { pass: false, found: { en: `the check could not be evaluated: ${reason}`, ko: `확인하는 중에 오류가 남: ${reason}` } };
  }
}

export type { CheckContext, Outcome } from './common.ts';
