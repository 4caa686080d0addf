/**
 * Problems in exercise and quiz files, reported the way an author needs
 * them: the file, the field ("checks[2].mount.readOnly") and what is wrong.
 */
import type { z } from 'zod';

export class ContentError extends Error {
  constructor(
    /** the file (or "lesson.mdx frontmatter") the content came from */
    readonly source: string,
    /** one line per problem: "field: what is wrong" */
    readonly problems: string[],
  ) {
    super(problems.map((p) => `${source}: ${p}`).join('\n'));
    this.name = 'ContentError';
  }
}

/** checks[2].mount.readOnly */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(the whole file)';
}

export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
}
