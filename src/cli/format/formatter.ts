/**
 * docker/cli's formatter conventions (cli/command/formatter/formatter.go):
 * a --format is `table` + template (header line + rows through the docker
 * tabwriter), `json` (one JSON object per line, `{{json .}}`), or a raw
 * template (one output per row). Rows are plain objects; each is presented to
 * the template as docker's context struct would be (an unknown field is
 * `can't evaluate field Foo in type *formatter.ContainerContext`, `{{json .}}`
 * is the sorted, HTML-escaped object MarshalJSON gives).
 *
 * --quiet is the caller's business (it picks the quiet format, see contexts.ts).
 */
import { GO_MARSHAL_JSON, type GoMethod, goMap, goStruct } from './govalue.ts';
import { JsonError, marshal } from './json.ts';
import { DOCKER_TABLE, runeWidth, tabwrite } from './tabwriter.ts';
import { HEADER_FUNCS, parseTemplate, TemplateError } from './template.ts';

export const TABLE_FORMAT_KEY = 'table';
export const RAW_FORMAT_KEY = 'raw';
export const PRETTY_FORMAT_KEY = 'pretty';
export const JSON_FORMAT_KEY = 'json';
export const DEFAULT_QUIET_FORMAT = '{{.ID}}';
export const JSON_FORMAT = '{{json .}}';

/** Column name → header text (docker's SubHeaderContext). */
export type HeaderMap = Readonly<Record<string, string>>;

/** What docker formats a list of: the Go type name of its context, and its headers. */
export interface ContextSpec {
  /** e.g. `*formatter.ContainerContext`, as execution errors name it. */
  readonly typeName: string;
  readonly headers: HeaderMap;
}

export class FormatError {
  constructor(readonly message: string) {}
  toString(): string {
    return this.message;
  }
}

/** Format.IsTable: any format starting with "table" (even `tablefoo`). */
export const isTableFormat = (format: string): boolean => format.startsWith(TABLE_FORMAT_KEY);
/** Format.IsJSON: exactly "json". */
export const isJSONFormat = (format: string): boolean => format === JSON_FORMAT_KEY;

/**
 * Context.preFormat: strips "table", `json` becomes `{{json .}}`, spaces are
 * trimmed from both ends and the two-character escapes `\t` and `\n` become
 * a tab and a newline (even inside quoted strings, as docker does).
 */
export function preFormat(format: string): string {
  let f = format;
  if (isTableFormat(f)) f = f.slice(TABLE_FORMAT_KEY.length);
  else if (isJSONFormat(f)) f = JSON_FORMAT;
  f = f.replace(/^ +| +$/g, '');
  return f.replace(/\\[tn]/g, (m) => (m === '\\t' ? '\t' : '\n'));
}

/** The JSON docker's MarshalJSON gives a context: its fields, keys sorted, HTML escaped. */
function contextJSON(row: Readonly<Record<string, unknown>>): string {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (typeof v !== 'function') fields[k] = v;
  const s = marshal(goMap('map[string]interface {}', fields));
  return s instanceof JsonError ? '' : s;
}

/**
 * A row as the template sees it: a Go struct of type `typeName` whose fields
 * are methods (so `{{.Names 1}}` is docker's "wrong number of args for Names:
 * want 0 got 1"); function-valued fields are methods taking arguments, such as
 * `Label(name)`.
 */
export function rowContext(row: Readonly<Record<string, unknown>>, typeName: string): object {
  const methods: Record<string, GoMethod> = {};
  for (const [k, v] of Object.entries(row)) methods[k] = typeof v === 'function' ? (v as GoMethod) : () => v;
  const ctx = goStruct(typeName, {}, methods);
  Object.defineProperty(ctx, GO_MARSHAL_JSON, { value: () => contextJSON(row), enumerable: false });
  return ctx;
}

/** SubHeaderContext.Label: the last dotted part of a label name, `-` and `_` as spaces. */
export function headerLabel(name: string): string {
  const parts = name.split('.');
  return parts[parts.length - 1].replace(/[-_]/g, ' ');
}

/** The header map as the header line's template sees it (a map with a Label method). */
export function headerContext(headers: HeaderMap): object {
  return goMap('formatter.SubHeaderContext', { ...headers }, { Label: (name: unknown) => headerLabel(String(name)) });
}

export interface FormatRequest {
  /** The format as chosen for the command (e.g. via contexts.ts selectFormat). */
  readonly format: string;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  readonly context: ContextSpec;
}

/**
 * Context.Write: the whole output of a list command, or the error docker
 * prints (`template parsing error: template: :1:2: executing "" at <.Foo>: ...`).
 * Nothing is printed when a row fails, as with docker.
 */
export function formatRows(req: FormatRequest): string | FormatError {
  const tmpl = parseTemplate(preFormat(req.format));
  if (tmpl instanceof TemplateError) return new FormatError(`template parsing error: ${tmpl.message}`);
  let body = '';
  for (const row of req.rows) {
    const out = tmpl.execute(rowContext(row, req.context.typeName));
    if (out instanceof TemplateError) return new FormatError(`template parsing error: ${out.message}`);
    body += out + '\n';
  }
  if (!isTableFormat(req.format)) return body;
  // docker ignores an error in the header line and prints what was written before it.
  const header = tmpl.execute(headerContext(req.context.headers), { funcs: HEADER_FUNCS });
  const headerText = header instanceof TemplateError ? header.partial : header;
  return tabwrite(headerText + '\n' + body, DOCKER_TABLE);
}

/**
 * `docker ps` validates --format before listing (cli/command/container/list.go):
 * the raw format is parsed (`failed to parse template: ...`) and executed
 * against an empty container (`failed to execute template: ...`).
 */
export function checkFormat(format: string, emptyRow: Readonly<Record<string, unknown>>, typeName: string): FormatError | null {
  const tmpl = parseTemplate(format);
  if (tmpl instanceof TemplateError) return new FormatError(`failed to parse template: ${tmpl.message}`);
  const out = tmpl.execute(rowContext(emptyRow, typeName));
  return out instanceof TemplateError ? new FormatError(`failed to execute template: ${out.message}`) : null;
}

/** stringid.TruncateID: drops an algorithm prefix (`sha256:`) and keeps 12 characters. */
export function truncateID(id: string): string {
  const i = id.indexOf(':');
  if (i >= 0) id = id.slice(i + 1);
  return id.length > 12 ? id.slice(0, 12) : id;
}

/** formatter.Ellipsis: fits s in maxWidth display columns, ending in "…" when cut. */
export function ellipsis(s: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  const runes = [...s];
  if (maxWidth === 1) return runes[0] ?? '';
  const widths = runes.map((r) => (runeWidth(r.codePointAt(0)!) === 2 ? 2 : 1));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= maxWidth) return s;
  let acc = 0;
  for (let i = 0; i < runes.length; i++) {
    // Go finds no cut when even the first character is too wide, and returns s.
    if (acc + widths[i] > maxWidth - 1) return i === 0 ? s : runes.slice(0, i).join('') + '…';
    acc += widths[i];
  }
  return s;
}
