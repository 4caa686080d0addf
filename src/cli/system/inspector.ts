/**
 * docker/cli cli/command/inspect/inspector.go: what every `inspect` command
 * prints for its arguments. Without --format, one indented JSON array (`[]`
 * when nothing was found); `--format json`, the same array compact; with a
 * template, one line per element. The template runs on the typed element
 * (the Go struct the client decoded); when that fails and the element came
 * with the daemon's raw JSON, it runs again on that JSON as maps with
 * missingkey=error, and that error is the one reported. Errors are printed
 * after the output, one a line, exit 1; a template that does not parse is
 * exit 64.
 */
import type { CliContext } from '../command.ts';
import { daemonMessage } from '../errors.ts';
import { JsonError, inspectCompactOutput, inspectOutput, marshal } from '../format/json.ts';
import { TemplateError, parseTemplate } from '../format/template.ts';

export interface InspectElement {
  /** the element as the client's Go type (goStruct ...), with GO_MARSHAL_JSON giving its JSON */
  typed: unknown;
  /**
   * true when the daemon sent the element as JSON (containers, images,
   * networks): the output re-indents that JSON (HTML not escaped) and a
   * failing template is retried on it. false for volumes, which the client
   * marshals itself (json.MarshalIndent escapes <, > and &).
   */
  raw: boolean;
}

/** The typed element's JSON as plain data: maps (sorted when printed), arrays, strings, numbers. */
function rawData(typed: unknown): unknown {
  const text = marshal(typed, { escapeHTML: false });
  return text instanceof JsonError ? null : JSON.parse(text);
}

/**
 * Runs inspect for `refs`; `lookup` returns the element or throws a daemon
 * error (a DockerError, printed as `Error response from daemon: ...`).
 */
export async function runInspect(
  ctx: CliContext,
  refs: readonly string[],
  format: string,
  lookup: (ref: string) => InspectElement | Promise<InspectElement>,
): Promise<number> {
  const template = format === '' || format === 'json' ? null : parseTemplate(format);
  if (template instanceof TemplateError) {
    ctx.stderr.write(`template parsing error: ${template.message}\n`);
    return 64;
  }
  const errors: string[] = [];
  const elements: InspectElement[] = [];
  let out = '';
  for (const ref of refs) {
    let element: InspectElement;
    try {
      element = await lookup(ref);
    } catch (e) {
      errors.push(daemonMessage(e));
      continue;
    }
    if (!template) {
      elements.push(element);
      continue;
    }
    let text = template.execute(element.typed);
    if (text instanceof TemplateError && element.raw) text = template.execute(rawData(element.typed), { missingKey: 'error' });
    if (text instanceof TemplateError) {
      errors.push(`template parsing error: ${text.message}`);
      continue;
    }
    out += text + '\n';
  }
  if (!template) {
    const escapeHTML = elements.length > 0 && !elements[0].raw;
    const typed = elements.map((e) => e.typed);
    const json = format === 'json' ? inspectCompactOutput(typed, { escapeHTML }) : inspectOutput(typed, { escapeHTML });
    if (json instanceof JsonError) errors.push(json.message);
    else out = json;
  } else if (out === '') {
    out = '\n'; // TemplateInspector.Flush writes a newline when nothing was written
  }
  ctx.stdout.write(out);
  if (errors.length === 0) return 0;
  ctx.stderr.write(errors.join('\n') + '\n');
  return 1;
}
