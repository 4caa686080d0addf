import { describe, expect, it } from 'vitest';
import { rowContext } from '../../../src/cli/format/formatter.ts';
import {
  executeTemplate,
  goFloat,
  goMap,
  goNil,
  goSlice,
  goStruct,
  HEADER_FUNCS,
  parseTemplate,
  TemplateError,
} from '../../../src/cli/format/template.ts';

/** Output, or "ERR <message>". */
function run(src: string, data: unknown = {}, missingKey?: 'default' | 'zero' | 'error'): string {
  const r = executeTemplate(src, data, { missingKey });
  return r instanceof TemplateError ? `ERR ${r.message}` : r;
}

// A container as `docker ps` shows it to --format (fields are methods, as in docker).
const ps = rowContext(
  { ID: '7b82ba6f55b4', Names: 'fmt-c1', Image: 'busybox', Labels: 'a=1,b=2', Label: (k: string) => ({ a: '1', b: '2' })[k] ?? '' },
  '*formatter.ContainerContext',
);
// `docker ps` first executes --format against an empty container (cli/command/container/list.go).
const psEmpty = rowContext({ ID: '', Names: '', Image: '' }, '*formatter.ContainerContext');

describe('parse errors (recorded: docker ps --format ... on docker 28.2.2 / go1.24)', () => {
  it.each([
    ['{{.Names', 'template: :1: unclosed action'],
    ['{{foo .Names}}', 'template: :1: function "foo" not defined'],
    ['{{.Names}', "template: :1: bad character U+007D '}'"],
    ['{{if .Names}}x', 'template: :1: unexpected EOF'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    // docker network ls --format ...
    ['{{range}}', 'template: :1: missing value for range'],
    ['{{if}}', 'template: :1: missing value for if'],
    ['{{.Name | 3}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{(.Name}}', 'template: :1: unclosed left paren'],
    ['{{.Name)}}', 'template: :1: unexpected right paren'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['{{$x := 1}}{{$y}}', 'template: :1: undefined variable "$y"'],
    ['{{range $a, $b, $c := .}}{{end}}', 'template: :1: too many declarations in range'],
    ['{{3.x}}', 'template: :1: bad number syntax: "3.x"'],
    ['{{if 1}}{{else}}{{else}}{{end}}', 'template: :1: expected end; found {{else}}'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{.Name\n', 'template: :2: unclosed action started at :1'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{ | }}', 'template: :1: unexpected "|" in command'],
    ['{{.Name.}}', 'template: :1: unexpected <.> in operand'],
    ['{{with $x := .Name}}{{$x}}{{end}}{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{"a".Foo}}', 'template: :1: unexpected . after term "\\"a\\""'],
  ])('%j', (src, msg) => {
    const t = parseTemplate(src);
    expect(t).toBeInstanceOf(TemplateError);
    expect((t as TemplateError).message).toBe(msg);
  });

  it('reports other parse errors as Go does', () => {
    expect(run('{{/* x')).toBe('ERR template: :1: unclosed comment');
    expect(run('{{/* x */ .}}')).toBe('ERR template: :1: comment ends before closing delimiter');
    expect(run('a\n\n{{if .}}\n{{end}}{{end}}')).toBe('ERR template: :4: unexpected {{end}}');
    expect(run('{{continue}}')).toBe('ERR template: :1: {{continue}} outside {{range}}');
    expect(run('{{range $x, 1}}{{end}}')).toBe('ERR template: :1: range can only initialize variables');
    expect(run('{{$x, $y := 1}}')).toBe('ERR template: :1: too many declarations in command');
    expect(run('{{99999999999999999999}}')).toBe('ERR template: :1: integer overflow: "99999999999999999999"');
    expect(run('{{"\\q"}}')).toBe('ERR template: :1: invalid syntax');
    expect(run('{{.A é}}')).toBe('ERR template: :1: function "é" not defined');
    expect(run('{{.A ~}}')).toBe('ERR template: :1: unexpected "~" in operand');
    expect(run('{{define "x"}}a{{end}}{{define "x"}}b{{end}}')).toBe('ERR template: :1: template: multiple definition of template "x"');
  });
});

describe('execution errors (recorded: docker ps / docker network ls --format ...)', () => {
  it('names the Go type for an unknown field', () => {
    expect(run('{{.Foo}}', ps)).toBe(
      'ERR template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    );
    expect(run('a\n{{.Foo}}', ps)).toBe(
      'ERR template: :2:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    );
    expect(run('{{with .Foo}}x{{end}}', ps)).toBe(
      'ERR template: :1:7: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    );
    expect(run('{{.Names.Foo}}', ps)).toBe('ERR template: :1:8: executing "" at <.Names.Foo>: can\'t evaluate field Foo in type string');
    expect(run('{{(.Names).Foo}}', ps)).toBe('ERR template: :1:3: executing "" at <.Names>: can\'t evaluate field Foo in type string');
  });

  it('reports function errors at the command', () => {
    expect(run('{{range .Names}}{{.}}{{end}}', psEmpty)).toBe('ERR template: :1:8: executing "" at <.Names>: range can\'t iterate over ');
    expect(run('{{index .Names 1}}', psEmpty)).toBe('ERR template: :1:2: executing "" at <index .Names 1>: error calling index: index out of range: 1');
    expect(run('{{slice .Names 1 3}}', psEmpty)).toBe('ERR template: :1:2: executing "" at <slice .Names 1 3>: error calling slice: index out of range: 1');
    expect(run('{{join .Names ","}}', ps)).toBe('ERR template: :1:7: executing "" at <.Names>: wrong type for value; expected []string; got string');
    expect(run('{{upper 5}}', ps)).toBe('ERR template: :1:8: executing "" at <5>: expected string; found 5');
    expect(run('{{len 3}}', ps)).toBe('ERR template: :1:2: executing "" at <len 3>: error calling len: len of type int');
    expect(run('{{eq .Names 1}}', ps)).toBe('ERR template: :1:2: executing "" at <eq .Names 1>: error calling eq: incompatible types for comparison');
    expect(run('{{lt 1 "a"}}', ps)).toBe('ERR template: :1:2: executing "" at <lt 1 "a">: error calling lt: incompatible types for comparison');
    expect(run('{{index .Names "a"}}', ps)).toBe(
      'ERR template: :1:2: executing "" at <index .Names "a">: error calling index: cannot index slice/array with type string',
    );
    expect(run('{{nil}}', ps)).toBe('ERR template: :1:2: executing "" at <nil>: nil is not a command');
    expect(run('{{.Names 1}}', ps)).toBe('ERR template: :1:2: executing "" at <.Names>: wrong number of args for Names: want 0 got 1');
    expect(run('{{"x" | .Names}}', ps)).toBe('ERR template: :1:8: executing "" at <.Names>: wrong number of args for Names: want 0 got 1');
    expect(run('{{template "x"}}')).toBe('ERR template: :1:11: executing "" at <{{template "x"}}>: template "x" not defined');
    expect(run('{{1 2}}')).toBe('ERR template: :1:2: executing "" at <1>: can\'t give argument to non-function 1');
    expect(run('{{range .Name}}{{end}}', { Name: 'bridge' })).toBe(
      'ERR template: :1:8: executing "" at <.Name>: range can\'t iterate over bridge',
    );
    expect(run('{{eq 1 1.0}}')).toBe('ERR template: :1:2: executing "" at <eq 1 1.0>: error calling eq: incompatible types for comparison');
    expect(run('{{lt true false}}')).toBe('ERR template: :1:2: executing "" at <lt true false>: error calling lt: invalid type for comparison');
    expect(run('{{eq}}')).toBe('ERR template: :1:2: executing "" at <eq>: wrong number of args for eq: want at least 1 got 0');
    expect(run('{{eq 1}}')).toBe('ERR template: :1:2: executing "" at <eq 1>: error calling eq: missing argument for comparison');
    expect(run('{{not}}')).toBe('ERR template: :1:2: executing "" at <not>: wrong number of args for not: want 1 got 0');
    expect(run('{{and}}')).toBe('ERR template: :1:2: executing "" at <and>: wrong number of args for and: want at least 1 got 0');
    expect(run('{{printf}}')).toBe('ERR template: :1:2: executing "" at <printf>: wrong number of args for printf: want at least 1 got 0');
    expect(run('{{printf 1}}')).toBe('ERR template: :1:9: executing "" at <1>: expected string; found 1');
  });

  it('models docker inspect: typed nils, missing keys, missingkey=error (recorded: docker inspect --format)', () => {
    // docker inspect fmt-c1 --format '{{.HostConfig.Links}}|{{.Config.Volumes}}|{{.State.Health}}|{{.Config.Labels.zzz}}|{{.Config.Labels}}'
    const c = goStruct('types.ContainerJSON', {
      HostConfig: goStruct('*container.HostConfig', { Links: goNil('slice', '[]string') }),
      Config: goStruct('*container.Config', {
        Volumes: goNil('map', 'map[string]struct {}'),
        Labels: goMap('map[string]string', { b: '2', a: '1' }),
        Cmd: goSlice('strslice.StrSlice', ['sleep', '1d']),
      }),
      State: goStruct('*types.ContainerState', { Status: 'running', Health: goNil('ptr', '*types.Health') }),
    });
    expect(run('{{.HostConfig.Links}}|{{.Config.Volumes}}|{{.State.Health}}|{{.Config.Labels.zzz}}|{{.Config.Labels}}', c)).toBe(
      '[]|map[]|<nil>|<no value>|map[a:1 b:2]',
    );
    // docker inspect --format '{{.Config.Cmd}} {{len .Config.Cmd}} {{index .Config.Cmd 0}} {{json .Config.Cmd}}'
    expect(run('{{.Config.Cmd}} {{len .Config.Cmd}} {{index .Config.Cmd 0}} {{json .Config.Cmd}}', c)).toBe('[sleep 1d] 2 sleep ["sleep","1d"]');
    // docker inspect --format '{{json .Config.Labels}}|{{index .Config.Labels "zzz"}}|{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}'
    expect(run('{{json .Config.Labels}}|{{index .Config.Labels "zzz"}}|{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}', c)).toBe(
      '{"a":"1","b":"2"}||a=1;b=2;',
    );
    expect(run('{{.State.Health.Status}}', c)).toBe(
      'ERR template: :1:8: executing "" at <.State.Health.Status>: nil pointer evaluating *types.Health.Status',
    );
    // The raw-JSON fallback of docker inspect runs with missingkey=error:
    // docker inspect fmt-c1 --format '{{.Foo}}' / '{{.State.Health.Status}}' / '{{.Config.Cmd.Foo}}'
    const raw = { State: { Status: 'running' }, Config: { Cmd: ['sleep', '1d'] } };
    expect(run('{{.Foo}}', raw, 'error')).toBe('ERR template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"');
    expect(run('{{.State.Health.Status}}', raw, 'error')).toBe(
      'ERR template: :1:8: executing "" at <.State.Health.Status>: map has no entry for key "Health"',
    );
    expect(run('{{.Config.Cmd.Foo}}', raw, 'error')).toBe(
      'ERR template: :1:9: executing "" at <.Config.Cmd.Foo>: can\'t evaluate field Foo in type interface {}',
    );
    expect(run('{{index .Config.Cmd 5}}', raw)).toBe(
      'ERR template: :1:2: executing "" at <index .Config.Cmd 5>: error calling index: index out of range: 5',
    );
    // docker volume inspect fmtvol --format '{{.Foo}}' (no raw fallback there)
    expect(run('{{.Labels}}|{{.Options}}|{{.Foo}}', goStruct('volume.Volume', { Labels: {}, Options: {} }))).toBe(
      'ERR template: :1:27: executing "" at <.Foo>: can\'t evaluate field Foo in type volume.Volume',
    );
  });

  it('keeps what was written before the error', () => {
    const t = parseTemplate('a{{.X}}b{{.Y.Z}}c');
    const r = (t as Exclude<typeof t, TemplateError>).execute(goStruct('T', { X: 1, Y: 's' }));
    expect(r).toBeInstanceOf(TemplateError);
    expect((r as TemplateError).partial).toBe('a1b');
  });
});

describe('output (recorded: docker ps / docker network ls --format ...)', () => {
  it.each([
    ['{{printf "%5d|%-10s|%q|%x|%t|%v" 42 "ab" "q\\"" 255 true .Names}}', '   42|ab        |"q\\""|ff|true|fmt-c1'],
    ['{{pad .Names 2 3}}|', '  fmt-c1   |'],
    ['{{truncate .Names 3}}', 'fmt'],
    ['{{title "hello world-foo"}}', 'Hello World-Foo'],
    ['{{split .Names "-"}}', '[fmt c1]'],
    ['{{json (split .Names "-")}}', '["fmt","c1"]'],
    ['{{.Names | printf "%s!"}}', 'fmt-c1!'],
    ['{{3 | printf "%d"}}', '3'],
    ['{{and 1 0 2}} {{or 0 "" "x"}} {{not 0}}', '0 x true'],
    ['{{ .Names -}}   |  {{- .Names }}', 'fmt-c1|fmt-c1'],
    ['{{/* c */}}ok', 'ok'],
    ['{{range $i, $e := split .Names "-"}}{{$i}}:{{$e}} {{end}}', '0:fmt 1:c1 '],
    ['{{range 3}}{{.}}{{end}}', '012'],
    ['{{$x := 1}}{{$x = 2}}{{$x}}', '2'],
    ['{{range split .Names "-"}}{{if eq . "c1"}}{{break}}{{end}}{{.}}{{end}}', 'fmt'],
    ['{{printf "%T" .Names}}', 'string'],
    [`{{urlquery "a b&c"}} {{html "<a>"}} {{js "it's<"}}`, 'a+b%26c &lt;a&gt; it\\\'s\\u003C'],
    ['{{print 1 2 "a" "b" 3}}', '1 2ab3'],
    ['{{println 1 "a"}}', '1 a\n'],
    ['{{.Label "a"}}|{{.Label "zz"}}', '1|'],
    ['{{.Names |}}', 'fmt-c1'],
    ['{{define "x"}}X{{.}}{{end}}{{template "x" .Names}}', 'Xfmt-c1'],
    ['{{-3}}', '-3'],
    ['{{.Names\n}}', 'fmt-c1'],
    ["{{'a'}}", '97'],
    ['{{$.Names}}', 'fmt-c1'],
    ['{{len .Names | printf "%03d"}}', '006'],
    ['{{1.5}} {{1e3}} {{0x1F}} {{1_000}} {{-0}}', '1.5 1000 31 1000 0'],
    ['{{printf "%v %v" (len "héllo") (slice "héllo" 1 3)}}', '6 é'],
    ['{{index "abc" 1}}', '98'],
    ['{{printf "%s" (index "abc" 1)}}', '%!s(uint8=98)'],
    ['{{eq 2 1 2}}', 'true'],
    ['{{ne "a" "b"}} {{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ge 1.5 2.5}}', 'true true true true false'],
    ['{{html 1 "<" 2}}', '1&lt;2'],
    ['{{print}}|{{println}}|', '|\n|'],
    ['{{print nil}} {{print "a" nil "b"}}', '<nil> a<nil>b'],
    ['{{title "élan vital_x 3abc"}} {{upper "straße"}} {{lower "ÀB"}}', 'Élan Vital_x 3abc STRAßE àb'],
    ['{{split "a,,b" ","}} {{len (split "" ",")}} {{join (split "a b" " ") "+"}}', '[a  b] 1 a+b'],
    ['{{truncate "abc" 5}}|{{truncate "abc" 0}}|{{pad "" 1 1}}|', 'abc|||'],
    ['{{json "<&>"}} {{json 1.5}} {{json nil}} {{json true}}', '"<&>" 1.5 null true'],
    ['{{if .Names}}a{{else if .ID}}b{{else}}c{{end}}', 'a'],
  ])('%j', (src, out) => {
    expect(run(src, ps)).toBe(out);
  });
});

describe('trim markers', () => {
  it('trims spaces, tabs and newlines on the marked side only', () => {
    expect(run('a  \n {{- 1 -}} \n\t b')).toBe('a1b');
    expect(run('a  {{- 1}}  b')).toBe('a1  b');
    expect(run('a  {{1 -}}  b')).toBe('a  1b');
    expect(run('a {{- /* comment */ -}} b')).toBe('ab');
    expect(run('{{-3}} {{- -3}}')).toBe('-3-3');
    expect(run('x\n{{- range .}}\n  {{.}}\n{{- end}}\n', [1, 2])).toBe('x\n  1\n  2\n');
  });
});

describe('data', () => {
  it('ranges over maps in sorted key order, with else', () => {
    expect(run('{{range $k, $v := .}}{{$k}}={{$v}} {{end}}', { b: 2, a: 1, c: 3 })).toBe('a=1 b=2 c=3 ');
    expect(run('{{range .}}{{.}}{{else}}empty{{end}}', {})).toBe('empty');
    expect(run('{{range .}}{{.}}{{else}}empty{{end}}', [])).toBe('empty');
    expect(run('{{range .X}}{{.}}{{else}}none{{end}}', {})).toBe('none');
    expect(run('{{range $i, $v := .}}{{$i}}{{$v}}{{end}}', ['a', 'b'])).toBe('0a1b');
    expect(run('{{range .}}{{if eq . 2}}{{continue}}{{end}}{{.}}{{end}}', [1, 2, 3])).toBe('13');
    expect(run('{{range $i, $e := 3}}{{end}}')).toBe(
      'ERR template: :1:18: executing "" at <3>: can\'t use 3 to iterate over more than one variable',
    );
  });

  it('nests ifs, withs and variables', () => {
    const d = { A: { B: { C: 'deep' } }, N: 0, S: '', L: [1], E: [] };
    expect(run('{{.A.B.C}} {{with .A.B}}{{.C}}{{end}} {{$.A.B.C}}', d)).toBe('deep deep deep');
    expect(run('{{if .N}}n{{else if .S}}s{{else if .L}}{{if .E}}e{{else}}l{{end}}{{end}}', d)).toBe('l');
    expect(run('{{with .Missing}}x{{else with .A}}{{.B.C}}{{end}}', d)).toBe('deep');
    expect(run('{{$x := .A}}{{with .L}}{{$x.B.C}}{{$x = 5}}{{end}}{{$x}}', d)).toBe('deep5');
    expect(run('{{if and .L (not .E)}}yes{{end}}', d)).toBe('yes');
  });

  it('prints Go values: maps, slices, nil and <no value>', () => {
    expect(run('{{.}}', { b: [1, 'x', true], a: null })).toBe('map[a:<nil> b:[1 x true]]');
    expect(run('{{.a}}|{{.missing}}|{{.missing.deeper}}', { a: null })).toBe('<no value>|<no value>|<no value>');
    expect(run('{{printf "%v" .missing}}')).toBe('<nil>');
    expect(run('{{.a.b}}', { a: null })).toBe('ERR template: :1:4: executing "" at <.a.b>: nil pointer evaluating interface {}.b');
    expect(run('{{.}}', goStruct('T', { A: 1, B: 'x', C: [] }))).toBe('{1 x []}');
    expect(run('{{.}} {{1.0}} {{.F}}', { F: goFloat(2) })).toBe('map[F:2] 1 2');
    expect(run('{{.}} {{.}}', 1e21)).toBe('1000000000000000000000 1000000000000000000000');
    expect(run('{{.}}', goFloat(1e21))).toBe('1e+21');
    expect(run('{{.x}}', { x: 12345678 })).toBe('12345678');
  });

  it('supports missingkey=zero', () => {
    expect(run('{{.a}}|{{.m.z}}', { m: goMap('map[string]string', {}) }, 'zero')).toBe('<no value>|');
  });

  it('executes the header line with docker\'s HeaderFunctions', () => {
    const t = parseTemplate('{{json .Name}}\t{{upper .Driver}}\t{{pad .Scope 1 1}}\t{{truncate .ID 3}}\t{{.Label "com.x"}}');
    const header = goMap('formatter.SubHeaderContext', { Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', ID: 'NETWORK ID' }, { Label: (n: string) => n.split('.').pop()! });
    expect((t as Exclude<typeof t, TemplateError>).execute(header, { funcs: HEADER_FUNCS })).toBe('NAME\tDRIVER\t SCOPE \tNETWORK ID\tx');
  });
});
