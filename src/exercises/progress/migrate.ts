/**
 * From whatever was stored (or imported) to a current record, or a reason
 * to refuse it. Each future version adds one step to MIGRATIONS:
 *
 *   MIGRATIONS[1] = (v1) => ({ ...v1, version: 2, newField: ... })
 *
 * and bumps PROGRESS_VERSION; the schema then describes version 2.
 * Refused, never guessed at: something that is not JSON, not a course
 * record (foreign), from a newer version, or damaged.
 */
import { fieldPath } from '../errors.ts';
import { type Localized, text } from '../text.ts';
import { PROGRESS_FORMAT, PROGRESS_VERSION, type Progress, progressSchema } from './schema.ts';

type Raw = Record<string, unknown> & { version: number };

/** Step from version N (the key) to N + 1. */
export const MIGRATIONS: Record<number, (record: Raw) => Raw> = {};

export type ParseResult = { ok: true; record: Progress; migratedFrom?: number } | { ok: false; reason: Localized };

/** Runs the steps from the record's version to `current`; the result is not validated yet. */
export function migrateRaw(value: unknown, migrations: Record<number, (record: Raw) => Raw> = MIGRATIONS, current = PROGRESS_VERSION): { ok: true; record: Raw; from: number } | { ok: false; reason: Localized } {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || (value as Raw).format !== PROGRESS_FORMAT) {
    return { ok: false, reason: text('this is not a progress file of this course', '이 강좌의 진행 기록 파일이 아닙니다') };
  }
  let record = value as Raw;
  const from = record.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return { ok: false, reason: text('the progress record has no valid version', '진행 기록에 올바른 버전 정보가 없습니다') };
  }
  if (from > current) {
    return { ok: false, reason: text(`the progress record was made by a newer version of the course (version ${from})`, `더 새로운 버전의 강좌에서 만든 진행 기록입니다 (버전 ${from})`) };
  }
  while (record.version < current) {
    const step = migrations[record.version];
    if (!step) return { ok: false, reason: text(`there is no way to update a version ${record.version} record`, `버전 ${record.version} 진행 기록을 갱신할 방법이 없습니다`) };
    record = step(record);
  }
  return { ok: true, record, from };
}

export function parseProgress(value: unknown): ParseResult {
  const migrated = migrateRaw(value);
  if (!migrated.ok) return migrated;
  const parsed = progressSchema.safeParse(migrated.record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = `${fieldPath(issue.path)}: ${issue.message}`;
    return { ok: false, reason: text(`the progress record is damaged (${where})`, `진행 기록이 손상되었습니다 (${where})`) };
  }
  return migrated.from === PROGRESS_VERSION ? { ok: true, record: parsed.data } : { ok: true, record: parsed.data, migratedFrom: migrated.from };
}

/** Text (a stored value, an imported file) to a record, or why not. */
export function parseProgressText(json: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: text('the file is not a progress export (it is not JSON)', '진행 기록 파일이 아닙니다 (JSON 형식이 아님)') };
  }
  return parseProgress(value);
}
