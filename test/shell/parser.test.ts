import { describe, expect, it } from 'vitest';
import type { Command, List, SimpleCommand } from '../../src/shell/ast.ts';
import { ParseError } from '../../src/shell/errors.ts';
import { isComplete, parseScript } from '../../src/shell/parser.ts';

function first(src: string): Command {
  return parseScript(src).items[0].first.commands[0];
}

function simple(src: string): SimpleCommand {
  const c = first(src);
  if (c.type !== 'simple') throw new Error(`not simple: ${c.type}`);
  return c;
}

/** The raw words of each simple command, by and-or item and pipeline stage. */
function shape(list: List): unknown {
  return list.items.map((ao) => [ao.first, ...ao.rest.map((r) => r.pipeline)].map((p) => p.commands.map((c) => (c.type === 'simple' ? c.words.map((w) => w.raw).join(' ') : c.type))));
}

function parseError(src: string): ParseError {
  try {
    parseScript(src);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error(`no error for ${src}`);
}

describe('parser: lists, and-or, pipelines', () => {
  it('separates ; && || | and keeps the operators', () => {
    const list = parseScript('a | b && c || d; e');
    expect(shape(list)).toEqual([[['a', 'b'], ['c'], ['d']], [['e']]]);
    expect(list.items[0].rest.map((r) => r.op)).toEqual(['&&', '||']);
  });

  it('newlines separate commands; a trailing & is kept as background (run in the foreground)', () => {
    const list = parseScript('a &\nb\n\nc');
    expect(shape(list)).toEqual([[['a']], [['b']], [['c']]]);
    expect(list.items[0].background).toBe(true);
  });

  it('a pipeline or && may continue on the next line', () => {
    expect(shape(parseScript('a |\n  b &&\n\n c'))).toEqual([[['a', 'b'], ['c']]]);
  });

  it('! negates a pipeline; |& pipes stderr too', () => {
    const ao = parseScript('! a |& b').items[0];
    expect(ao.first.negate).toBe(true);
    expect(ao.first.pipeStderr).toEqual([true]);
  });
});

describe('parser: simple commands', () => {
  it('assignments before the command name, words after', () => {
    const c = simple('A=1 B="x y" cmd C=3');
    expect(c.assigns.map((a) => [a.name, a.value.raw])).toEqual([
      ['A', '1'],
      ['B', '"x y"'],
    ]);
    expect(c.words.map((w) => w.raw)).toEqual(['cmd', 'C=3']);
  });

  it('an assignment alone is a command; a quoted name is not an assignment', () => {
    expect(simple('X=5').assigns).toHaveLength(1);
    expect(simple('"X"=5').words.map((w) => w.raw)).toEqual(['"X"=5']);
  });

  it('redirections anywhere in the command, with their descriptors', () => {
    const c = simple('>out echo 2>&1 hi <in');
    expect(c.words.map((w) => w.raw)).toEqual(['echo', 'hi']);
    expect(c.redirs.map((r) => [r.fd, r.op, r.target.raw])).toEqual([
      [1, '>', 'out'],
      [2, '>&', '1'],
      [0, '<', 'in'],
    ]);
  });

  it('command substitutions are parsed, nested ones too', () => {
    const c = simple('echo $(a $(b | c))');
    const part = c.words[1].parts[0];
    expect(part.t === 'cmd' && part.body && shape(part.body)).toEqual([[['a $(b | c)']]]);
  });

  it('records the line each command starts on', () => {
    const list = parseScript('a\n\nb \\\n c\nd');
    expect(list.items.map((ao) => (ao.first.commands[0] as SimpleCommand).line)).toEqual([1, 3, 5]);
  });

  it('reserved words are ordinary words after the command name', () => {
    expect(simple('echo if then fi done').words).toHaveLength(5);
  });
});

describe('parser: compound commands', () => {
  it('if / elif / else', () => {
    const c = first('if a; then b; elif c; then d; else e; fi');
    expect(c.type).toBe('if');
    if (c.type === 'if') {
      expect(c.clauses).toHaveLength(2);
      expect(shape(c.otherwise!)).toEqual([[['e']]]);
    }
  });

  it('while / until with bodies over several lines', () => {
    const c = first('while true\ndo\n  echo hi\n  sleep 1\ndone');
    expect(c).toMatchObject({ type: 'loop', until: false });
    if (c.type === 'loop') expect(shape(c.body)).toEqual([[['echo hi']], [['sleep 1']]]);
    expect(first('until false; do :; done')).toMatchObject({ type: 'loop', until: true });
  });

  it('for with and without `in`', () => {
    const c = first('for x in a "b c" $d; do echo $x; done');
    expect(c).toMatchObject({ type: 'for', name: 'x' });
    if (c.type === 'for') expect(c.items!.map((w) => w.raw)).toEqual(['a', '"b c"', '$d']);
    expect(first('for x; do :; done')).toMatchObject({ type: 'for', items: null });
  });

  it('case with patterns and ;;', () => {
    const c = first('case $1 in\n  start|up) echo go;;\n  (*) echo other\nesac');
    expect(c.type).toBe('case');
    if (c.type === 'case') expect(c.items.map((i) => i.patterns.map((p) => p.raw))).toEqual([['start', 'up'], ['*']]);
  });

  it('groups, subshells and their redirections', () => {
    expect(first('{ a; b; } > out')).toMatchObject({ type: 'group', redirs: [{ op: '>', fd: 1 }] });
    expect(first('(cd /tmp && ls)')).toMatchObject({ type: 'subshell' });
  });

  it('(( )) and for (( ; ; )) are arithmetic (bash); ash reads (( as two subshells', () => {
    expect(first('((x = 1 + 2))')).toMatchObject({ type: 'arith', expr: [{ t: 'lit', v: 'x = 1 + 2' }] });
    expect(first('for ((i=0; i<3; i++)); do :; done')).toMatchObject({ type: 'arith-for' });
    expect(parseScript('((echo))', { bashisms: false }).items[0].first.commands[0]).toMatchObject({ type: 'subshell' });
  });

  it('[[ ]] takes && || ( ) < > as words of the test', () => {
    const c = simple('[[ -d /a && ( $x == y* || a < b ) ]]');
    expect(c.test).toBe(true);
    expect(c.words.map((w) => w.raw)).toEqual(['[[', '-d', '/a', '&&', '(', '$x', '==', 'y*', '||', 'a', '<', 'b', ')', ']]']);
    expect(isComplete('[[ -d /a')).toBe(false);
    expect(parseError('[[ a; ]]')).toMatchObject({ kind: 'conditional', detail: { token: ';' } });
  });

  it('function definitions', () => {
    expect(first('greet() { echo hi; }')).toMatchObject({ type: 'function', name: 'greet', body: { type: 'group' } });
    expect(first('function greet { echo hi; }')).toMatchObject({ type: 'function', name: 'greet' });
  });
});

describe('parser: syntax errors carry bash’s token names', () => {
  it.each([
    ['echo | | x', '|'],
    ['| echo', '|'],
    ['echo ;;', ';;'],
    [';', ';'],
    ['&& x', '&&'],
    ['echo a &; b', ';'],
    ['echo >', 'newline'],
    ['echo > > a', '>'],
    ['echo (', 'newline'],
    [')', ')'],
    ['done', 'done'],
    ['echo a; fi', 'fi'],
    ['then', 'then'],
    ['}', '}'],
    ['if then fi', 'then'],
    ['x=(1 2)', '('],
  ])('%s -> near `%s\'', (src, token) => {
    const e = parseError(src);
    expect(e.kind).toBe('token');
    expect(e.detail.token).toBe(token);
    expect(e.incomplete).toBe(false);
  });

  it.each([['echo |'], ['echo &&'], ['echo a ||'], ['if true'], ['if true; then echo'], ['while true; do'], ['{ echo'], ['( echo'], ['for x in a b']])(
    '%s -> unexpected end of file (more input would do)',
    (src) => {
      const e = parseError(src);
      expect(e.kind).toBe('eof');
      expect(e.incomplete).toBe(true);
    },
  );

  it('for with a bad variable', () => {
    expect(parseError('for 1 in a; do :; done')).toMatchObject({ kind: 'for-variable', detail: { name: '1' } });
  });

  it('ash wants to know what was expected', () => {
    expect(parseError('while true').detail.expecting).toBe('do');
    expect(parseError('if true').detail.expecting).toBe('then');
    expect(parseError('{ echo').detail.expecting).toBe('}');
  });

  it('the line of the error', () => {
    expect(parseError('echo a\necho b\necho | | c').line).toBe(3);
  });
});

describe('isComplete: when the terminal shows the > prompt', () => {
  it.each([
    [`echo 'abc`],
    ['echo "abc'],
    ['echo abc \\'],
    ['docker run \\\n  -v x:/x \\'],
    ['echo a |'],
    ['echo a &&'],
    ['echo a ||'],
    ['cat <<EOF\nline'],
    ['cat > f <<EOF'],
    ['echo $(ls'],
    ['echo `ls'],
    ['echo ${HOME'],
    ['if true; then'],
    ['while true; do echo'],
    ['for i in 1 2 3'],
    ['{ echo a'],
    ['(echo a'],
    ['case x in'],
  ])('incomplete: %j', (src) => {
    expect(isComplete(src)).toBe(false);
  });

  it.each([
    ['echo hello'],
    [''],
    ['   '],
    ['# just a comment'],
    ['echo "a\nb"'],
    ['docker run \\\n  -v x:/x \\\n  nginx'],
    ['cat <<EOF\nline\nEOF'],
    ['echo | | x'],
    ['echo >'],
    ['done'],
    ['if true; then echo; fi'],
    ['echo a &'],
  ])('complete: %j', (src) => {
    expect(isComplete(src)).toBe(true);
  });
});
