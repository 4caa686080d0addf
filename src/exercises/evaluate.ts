/**
 * evaluate(exercise, { snapshot, typed }): every check's pass or fail with
 * its checklist line and, when it fails, what was found instead. Reads the
 * snapshot only (the `output` check runs its command in a copy), so the
 * same snapshot and lines always give the same result. Cheap enough to run
 * after every command.
 */
import { createLab, type LabSnapshot } from '../lab/index.ts';
import type { EngineState } from '../engine/state.ts';
import { type Check, checkLabel, runCheck } from './checks/index.ts';
import type { Exercise } from './schema.ts';
import type { Localized } from './text.ts';

export interface CheckResult {
  kind: Check['kind'];
  pass: boolean;
  /** the checklist line */
  label: Localized;
  /** when it fails: what the lab has instead */
  found?: Localized;
}

export interface Evaluation {
  /** every check passes */
  solved: boolean;
  passed: number;
  total: number;
  checks: CheckResult[];
}

export interface EvaluateInput {
  /** lab.snapshot() */
  snapshot: LabSnapshot;
  /** the command lines typed since the exercise started (for `typed` checks), oldest first */
  typed?: readonly string[];
}

export async function evaluate(exercise: Pick<Exercise, 'checks'>, input: EvaluateInput): Promise<Evaluation> {
  const ctx = { state: input.snapshot as unknown as EngineState, snapshot: input.snapshot, typed: input.typed ?? [] };
  const checks: CheckResult[] = [];
  for (const check of exercise.checks) {
    const outcome = await runCheck(check, ctx);
    checks.push(outcome.pass ? { kind: check.kind, pass: true, label: checkLabel(check) } : { kind: check.kind, pass: false, label: checkLabel(check), found: outcome.found });
  }
  const passed = checks.filter((c) => c.pass).length;
  return { solved: passed === checks.length, passed, total: checks.length, checks };
}

/** The checklist before anything is evaluated (labels only). */
export function checklist(exercise: Pick<Exercise, 'checks'>): Localized[] {
  return exercise.checks.map(checkLabel);
}

export interface Replay {
  snapshot: LabSnapshot;
  /** the lines run after the setup (what `typed` checks see) */
  typed: string[];
  /** lines that exited non-zero, with their stderr (a solution should have none) */
  failures: { line: string; exitCode: number; stderr: string }[];
}

/** A fresh lab from the exercise's images and setup, then `lines` typed by the learner. */
export async function replay(exercise: Pick<Exercise, 'images' | 'seed' | 'setup'>, lines: readonly string[] = []): Promise<Replay> {
  const lab = createLab({ seed: exercise.seed ?? 1, images: exercise.images });
  for (const line of exercise.setup) await lab.exec(line, { tty: false });
  const failures: Replay['failures'] = [];
  for (const line of lines) {
    const r = await lab.exec(line, { tty: false });
    if (r.exitCode !== 0) failures.push({ line, exitCode: r.exitCode, stderr: r.stderr });
  }
  return { snapshot: lab.snapshot(), typed: [...lines], failures };
}
