/** docs/exercise-format.md documents every check kind and every field of each. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_KINDS } from '../../src/exercises/index.ts';
import { exerciseSchema } from '../../src/exercises/schema.ts';

const doc = readFileSync('docs/exercise-format.md', 'utf8');

describe('docs/exercise-format.md', () => {
  it('has a section for every check kind listing each of its fields', () => {
    for (const [kind, def] of Object.entries(CHECK_KINDS)) {
      const start = doc.indexOf(`### \`${kind}\``);
      expect(start, `section for ${kind}`).toBeGreaterThan(0);
      const section = doc.slice(start, doc.indexOf('\n### ', start + 4) > 0 ? doc.indexOf('\n### ', start + 4) : doc.indexOf('\n## ', start));
      const fields = Object.keys((def.schema as unknown as { shape: Record<string, unknown> }).shape);
      for (const field of fields) expect(section, `${kind}.${field}`).toContain(`| \`${field}\` |`);
    }
  });

  it('describes every exercise field', () => {
    for (const field of Object.keys(exerciseSchema.shape)) expect(doc).toContain(`| \`${field}\` |`);
  });
});
