import { describe, expect, it } from 'vitest';
import { CONTAINER_CONTEXT, IMAGE_CONTEXT, NETWORK_CONTEXT, selectFormat, VOLUME_CONTEXT } from '../../../src/cli/format/contexts.ts';
import {
  checkFormat,
  ellipsis,
  FormatError,
  formatRows,
  headerLabel,
  isTableFormat,
  preFormat,
  truncateID,
} from '../../../src/cli/format/formatter.ts';

const label = (labels: Record<string, string>) => (k: string) => labels[k] ?? '';

// `docker network ls --format json` on the reference engine gave these rows.
const networks = [
  ['bridge', 'bridge', 'ab5886432b6e', '2026-11-22 07:45:12.093229149 +0000 UTC'],
  ['host', 'host', 'fb81a171a212', '2026-11-22 07:45:12.065228763 +0000 UTC'],
  ['none', 'null', 'a42321e813a1', '2026-11-22 07:45:12.049322071 +0000 UTC'],
].map(([Name, Driver, ID, CreatedAt]) => ({
  CreatedAt,
  Driver,
  ID,
  IPv4: 'false',
  IPv6: 'false',
  Internal: 'false',
  Labels: '',
  Name,
  Scope: 'local',
  Label: label({}),
}));

function net(format: string): string {
  const r = formatRows({ format: selectFormat(NETWORK_CONTEXT, format), rows: networks, context: NETWORK_CONTEXT });
  return r instanceof FormatError ? `ERR ${r.message}` : r;
}

describe('formatRows (recorded: docker network ls --format ... on the reference engine)', () => {
  it('prints the default table', () => {
    expect(net('table')).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\n' +
        'ab5886432b6e   bridge    bridge    local\n' +
        'fb81a171a212   host      host      local\n' +
        'a42321e813a1   none      null      local\n',
    );
  });

  it.each([
    ['table {{.Name}}\\t{{.Driver}}', 'NAME      DRIVER\nbridge    bridge\nhost      host\nnone      null\n'],
    ['table {{.Name}}', 'NAME\nbridge\nhost\nnone\n'],
    ['  table {{.Name}}  ', 'table bridge\ntable host\ntable none\n'],
    ['tablex{{.Name}}', 'xNAME\nxbridge\nxhost\nxnone\n'],
    ['JSON', 'JSON\nJSON\nJSON\n'],
    ['{{.Name}}\\t{{.ID}}', 'bridge\tab5886432b6e\nhost\tfb81a171a212\nnone\ta42321e813a1\n'],
    ['table {{.Name}}:\\n{{.Driver}}\\t{{.Scope}}', 'NAME:\nDRIVER    SCOPE\nbridge:\nbridge    local\nhost:\nhost      local\nnone:\nnull      local\n'],
    [
      'table {{json .Name}}\\t{{upper .Driver}}\\t{{pad .Scope 1 1}}\\t{{truncate .ID 3}}\\t{{split .Name "o"}}\\t{{.Label "com.x"}}\\t{{title .Name}}',
      'NAME       DRIVER     SCOPE    NETWORK ID   NAME       x         NAME\n' +
        '"bridge"   BRIDGE     local    ab5          [bridge]             Bridge\n' +
        '"host"     HOST       local    fb8          [h st]               Host\n' +
        '"none"     NULL       local    a42          [n ne]               None\n',
    ],
  ])('%j', (format, out) => {
    expect(net(format)).toBe(out);
  });

  it('prints one JSON object per line for --format json, keys sorted', () => {
    expect(net('json').split('\n')[0]).toBe(
      '{"CreatedAt":"2026-11-22 07:45:12.093229149 +0000 UTC","Driver":"bridge","ID":"ab5886432b6e","IPv4":"false","IPv6":"false","Internal":"false","Labels":"","Name":"bridge","Scope":"local"}',
    );
    // table {{json .}}: the header's json wants a string, fails, and leaves an empty header line
    expect(net('table {{json .}}').split('\n').slice(0, 2)).toEqual([
      '',
      '{"CreatedAt":"2026-11-22 07:45:12.093229149 +0000 UTC","Driver":"bridge","ID":"ab5886432b6e","IPv4":"false","IPv6":"false","Internal":"false","Labels":"","Name":"bridge","Scope":"local"}',
    ]);
  });

  it('HTML-escapes {{json .}} but not {{json .Labels}} (recorded: docker ps -a --format \'{{json .Labels}}|{{json .}}\')', () => {
    const row = { Command: '"sh"', ID: '8d2f2e5de62b', Labels: 'html=<a&b>,z=1', Platform: null, Label: label({}) };
    const r = formatRows({ format: '{{json .Labels}}|{{json .}}', rows: [row], context: CONTAINER_CONTEXT });
    expect(r).toBe('"html=<a&b>,z=1"|{"Command":"\\"sh\\"","ID":"8d2f2e5de62b","Labels":"html=\\u003ca\\u0026b\\u003e,z=1","Platform":null}\n');
  });

  it('reports errors as docker does, printing nothing', () => {
    expect(net('{{.Foo}}')).toBe(
      'ERR template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *network.networkContext',
    );
    expect(net('table {{.Name')).toBe('ERR template parsing error: template: :1: unclosed action');
    const vol = formatRows({ format: '{{.Foo}}', rows: [{ Name: 'v' }], context: VOLUME_CONTEXT });
    expect(String(vol)).toBe(
      'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.volumeContext',
    );
    const img = formatRows({ format: '{{.Foo}}', rows: [{ ID: 'x' }], context: IMAGE_CONTEXT });
    expect(String(img)).toBe(
      'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.imageContext',
    );
  });

  it('prints the header even with no rows (recorded: docker volume ls --filter name=nomatch)', () => {
    expect(formatRows({ format: selectFormat(VOLUME_CONTEXT, 'table'), rows: [], context: VOLUME_CONTEXT })).toBe('DRIVER    VOLUME NAME\n');
    // docker volume ls --filter name=nomatch --format 'table {{.Foo}}\t{{json .Bar}}|{{.Name}}'
    expect(formatRows({ format: 'table {{.Foo}}\\t{{json .Bar}}|{{.Name}}', rows: [], context: VOLUME_CONTEXT })).toBe('<no value>   \n');
  });

  it('formats docker ps rows (recorded: docker ps -a --format \'table {{.Names}}\\t{{.Status}}\\t{{.State}}\\t{{.RunningFor}}\')', () => {
    const rows = [
      ['fmt-s5', 'Up 3 seconds (healthy)', 'running', '3 seconds ago'],
      ['fmt-s1', 'Up 3 seconds', 'running', '4 seconds ago'],
      ['fmt-s4', 'Up 3 seconds (Paused)', 'paused', '4 seconds ago'],
      ['fmt-s2', 'Created', 'created', '4 seconds ago'],
      ['fmt-s3', 'Exited (3) 4 seconds ago', 'exited', '5 seconds ago'],
    ].map(([Names, Status, State, RunningFor]) => ({ Names, Status, State, RunningFor }));
    expect(formatRows({ format: 'table {{.Names}}\\t{{.Status}}\\t{{.State}}\\t{{.RunningFor}}', rows, context: CONTAINER_CONTEXT })).toBe(
      'NAMES     STATUS                     STATE     CREATED\n' +
        'fmt-s5    Up 3 seconds (healthy)     running   3 seconds ago\n' +
        'fmt-s1    Up 3 seconds               running   4 seconds ago\n' +
        'fmt-s4    Up 3 seconds (Paused)      paused    4 seconds ago\n' +
        'fmt-s2    Created                    created   4 seconds ago\n' +
        'fmt-s3    Exited (3) 4 seconds ago   exited    5 seconds ago\n',
    );
  });
});

describe('docker ps --format validation (recorded: docker ps --format ...)', () => {
  const empty = { ID: '', Names: '', Image: '', Size: '0B' };
  it('reports parse and execution errors with ps\'s own prefixes', () => {
    expect(String(checkFormat('{{.Foo}}', empty, CONTAINER_CONTEXT.typeName))).toBe(
      'failed to execute template: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    );
    expect(String(checkFormat('{{.Names', empty, CONTAINER_CONTEXT.typeName))).toBe('failed to parse template: template: :1: unclosed action');
    expect(String(checkFormat('{{range .Names}}{{.}}{{end}}', empty, CONTAINER_CONTEXT.typeName))).toBe(
      'failed to execute template: template: :1:8: executing "" at <.Names>: range can\'t iterate over ',
    );
    expect(checkFormat('table {{.Names}}', empty, CONTAINER_CONTEXT.typeName)).toBeNull();
    expect(checkFormat('json', empty, CONTAINER_CONTEXT.typeName)).toBeNull();
  });
});

describe('formats and helpers', () => {
  it('chooses formats as docker\'s NewXFormat functions do', () => {
    expect(selectFormat(CONTAINER_CONTEXT, '')).toBe(CONTAINER_CONTEXT.defaultTableFormat);
    expect(selectFormat(CONTAINER_CONTEXT, 'table', { size: true })).toBe(CONTAINER_CONTEXT.defaultTableFormat + '\\t{{.Size}}');
    expect(selectFormat(CONTAINER_CONTEXT, '{{.Names}}', { quiet: true })).toBe('{{.ID}}');
    expect(selectFormat(VOLUME_CONTEXT, 'table', { quiet: true })).toBe('{{.Name}}');
    expect(selectFormat(IMAGE_CONTEXT, 'table {{.ID}}', { digest: true })).toBe('table {{.ID}}\t{{.Digest}}');
    expect(selectFormat(NETWORK_CONTEXT, 'raw')).toBe('network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n');
    expect(formatRows({ format: selectFormat(NETWORK_CONTEXT, 'raw'), rows: networks.slice(0, 1), context: NETWORK_CONTEXT })).toBe(
      'network_id: ab5886432b6e\nname: bridge\ndriver: bridge\nscope: local\n\n',
    );
  });

  it('pre-formats like Context.preFormat', () => {
    expect(preFormat('table {{.A}}\\t{{.B}}\\n ')).toBe('{{.A}}\t{{.B}}\n');
    expect(preFormat('json')).toBe('{{json .}}');
    expect(preFormat('\\\\t')).toBe('\\\t');
    expect(isTableFormat('tablefoo')).toBe(true);
  });

  it('truncates IDs, ellipsizes and labels headers', () => {
    expect(truncateID('sha256:0123456789abcdef0123')).toBe('0123456789ab');
    expect(truncateID('abc')).toBe('abc');
    expect(ellipsis('"sleep 1d && echo hello world"', 20)).toBe('"sleep 1d && echo h…');
    expect(ellipsis('short', 20)).toBe('short');
    expect(ellipsis('日本語テキスト', 7)).toBe('日本語…');
    expect(ellipsis('abc', 1)).toBe('a');
    expect(headerLabel('com.docker.compose_project-name')).toBe('compose project name');
  });
});
