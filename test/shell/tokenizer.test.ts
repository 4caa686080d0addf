import { describe, expect, it } from 'vitest';
import type { WordPart } from '../../src/shell/ast.ts';
import { type Token, tokenize } from '../../src/shell/tokenizer.ts';

/** Tokens in a compact form: W(raw) for words, the operator text otherwise. */
function kinds(src: string, forPrompt = false): string[] {
  return tokenize(src, { forPrompt }).map((t: Token) => {
    switch (t.k) {
      case 'word':
        return `W(${t.word.raw})`;
      case 'op':
        return t.v === '\n' ? 'NL' : t.v;
      case 'redir':
        return `${t.fd ?? ''}${t.op}`;
      case 'arith':
        return `((${t.src}))`;
      case 'eof':
        return 'EOF';
      case 'error':
        return `ERR(${t.error.kind}:${t.error.detail.match ?? t.error.detail.token ?? ''})`;
    }
  });
}

function parts(src: string): WordPart[] {
  const t = tokenize(src)[0];
  if (t.k !== 'word') throw new Error(`not a word: ${t.k}`);
  return t.word.parts;
}

describe('tokenizer: words and quoting', () => {
  it('splits words on blanks and keeps quotes in raw', () => {
    expect(kinds(`echo  "a b" 'c d'\te`)).toEqual(['W(echo)', 'W("a b")', "W('c d')", 'W(e)', 'EOF']);
  });

  it('marks quoted parts so expansion will not split or glob them', () => {
    expect(parts(`a"b c"'*'`)).toEqual([
      { t: 'lit', v: 'a', q: false },
      { t: 'lit', v: 'b c*', q: true },
    ]);
  });

  it('keeps an empty quoted word as a word', () => {
    expect(parts(`""`)).toEqual([{ t: 'lit', v: '', q: true }]);
    expect(parts(`''`)).toEqual([{ t: 'lit', v: '', q: true }]);
  });

  it('backslash quotes the next character', () => {
    expect(parts('a\\ b\\*')).toEqual([
      { t: 'lit', v: 'a', q: false },
      { t: 'lit', v: ' ', q: true },
      { t: 'lit', v: 'b', q: false },
      { t: 'lit', v: '*', q: true },
    ]);
  });

  it('inside double quotes only \\" \\\\ \\$ \\` and newline are escapes', () => {
    expect(parts('"\\"\\\\\\$\\`\\n"')).toEqual([{ t: 'lit', v: '"\\$`\\n', q: true }]);
  });

  it('single quotes are literal, backslashes included', () => {
    expect(parts(`'a\\nb $x'`)).toEqual([{ t: 'lit', v: 'a\\nb $x', q: true }]);
  });

  it("$'...' is ANSI-C quoting", () => {
    expect(parts(`$'a\\tb\\x41\\n'`)).toEqual([{ t: 'lit', v: 'a\tbA\n', q: true }]);
  });

  it('# starts a comment only at the start of a word', () => {
    expect(kinds('echo a#b # rest of line\nls')).toEqual(['W(echo)', 'W(a#b)', 'NL', 'W(ls)', 'EOF']);
  });

  it('backslash-newline joins lines (docker run written over several lines)', () => {
    const src = 'docker run -d \\\n  --name web \\\n  -v data:/data \\\n  nginx';
    expect(kinds(src)).toEqual(['W(docker)', 'W(run)', 'W(-d)', 'W(--name)', 'W(web)', 'W(-v)', 'W(data:/data)', 'W(nginx)', 'EOF']);
  });

  it('backslash-newline inside a word and inside double quotes disappears', () => {
    expect(parts('ab\\\ncd')).toEqual([{ t: 'lit', v: 'abcd', q: false }]);
    expect(parts('"ab\\\ncd"')).toEqual([{ t: 'lit', v: 'abcd', q: true }]);
  });

  it('a trailing backslash is literal when running and asks for more at the prompt', () => {
    expect(parts('a\\')).toEqual([{ t: 'lit', v: 'a\\', q: false }]);
    expect(kinds('echo a\\', true)).toEqual(['W(echo)', 'ERR(unterminated:\\)']);
  });
});

describe('tokenizer: operators and redirections', () => {
  it('control operators, longest first', () => {
    expect(kinds('a&&b||c;d|e|&f&g;;(h)')).toEqual(['W(a)', '&&', 'W(b)', '||', 'W(c)', ';', 'W(d)', '|', 'W(e)', '|&', 'W(f)', '&', 'W(g)', ';;', '(', 'W(h)', ')', 'EOF']);
  });

  it('redirections with and without a descriptor number', () => {
    expect(kinds('cmd >out 2>err 2>&1 >>log <in &>all &>>all2 <<<str 3>x')).toEqual([
      'W(cmd)', '>', 'W(out)', '2>', 'W(err)', '2>&', 'W(1)', '>>', 'W(log)', '<', 'W(in)', '&>', 'W(all)', '&>>', 'W(all2)', '<<<', 'W(str)', '3>', 'W(x)', 'EOF',
    ]);
  });

  it('digits are a descriptor only when they touch the operator at a word start', () => {
    expect(kinds('echo a2>x 2 >y')).toEqual(['W(echo)', 'W(a2)', '>', 'W(x)', 'W(2)', '>', 'W(y)', 'EOF']);
  });
});

describe('tokenizer: expansions', () => {
  it('$VAR, ${VAR} and special parameters', () => {
    const p = parts('$HOME${USER}x$?$$$#$1$@');
    expect(p.map((x) => (x.t === 'param' ? x.name : x.t === 'lit' ? `'${x.v}'` : x.t))).toEqual(['HOME', 'USER', "'x'", '?', '$', '#', '1', '@']);
  });

  it('${VAR:-word} keeps the operator and the word', () => {
    const [p] = parts('${X:-def ault}');
    expect(p).toMatchObject({ t: 'param', name: 'X', op: ':-', arg: { parts: [{ t: 'lit', v: 'def ault', q: false }] } });
  });

  it('${a b} is marked bad (bash reports it when run)', () => {
    expect(parts('${a b}')[0]).toMatchObject({ t: 'param', bad: true, raw: '${a b}' });
  });

  it('a lone $ is literal', () => {
    expect(parts('a$')).toEqual([{ t: 'lit', v: 'a$', q: false }]);
    expect(parts('"$"')).toEqual([{ t: 'lit', v: '$', q: true }]);
  });

  it('$(...) nests and respects quotes and parentheses inside', () => {
    const p = parts('x$(echo "a)" $(echo (b)) `c`)y');
    expect(p[1]).toMatchObject({ t: 'cmd', src: 'echo "a)" $(echo (b)) `c`' });
    expect(p[2]).toEqual({ t: 'lit', v: 'y', q: false });
  });

  it('backticks, with \\` inside', () => {
    expect(parts('`echo \\`x\\``')[0]).toMatchObject({ t: 'cmd', src: 'echo `x`', backtick: true });
  });

  it('$((...)) is arithmetic', () => {
    expect(parts('$((1 + (2*3)))')[0]).toEqual({ t: 'arith', src: '1 + (2*3)', parts: [{ t: 'lit', v: '1 + (2*3)', q: true }], q: false });
    expect(parts('$(($x + $(echo 1)))')[0]).toMatchObject({ t: 'arith', parts: [{ t: 'lit', v: '' }, { t: 'param', name: 'x' }, { t: 'lit', v: ' + ' }, { t: 'cmd', src: 'echo 1' }] });
  });

  it('expansions inside double quotes are quoted', () => {
    expect(parts('"a $X $(b)"')).toMatchObject([
      { t: 'lit', v: 'a ', q: true },
      { t: 'param', name: 'X', q: true },
      { t: 'lit', v: ' ', q: true },
      { t: 'cmd', src: 'b', q: true },
    ]);
  });
});

describe('tokenizer: heredocs', () => {
  function heredoc(src: string) {
    const t = tokenize(src).find((x) => x.k === 'redir' && x.op.startsWith('<<'));
    if (!t || t.k !== 'redir') throw new Error('no redirection');
    return t.heredoc!;
  }

  it('reads the body after the newline, up to the delimiter line', () => {
    const src = 'cat > compose.yaml <<EOF\nservices:\n  web: $IMG\nEOF\necho done';
    expect(kinds(src)).toEqual(['W(cat)', '>', 'W(compose.yaml)', '<<', 'W(EOF)', 'NL', 'W(echo)', 'W(done)', 'EOF']);
    const h = heredoc(src);
    expect(h).toMatchObject({ delim: 'EOF', quoted: false, complete: true });
    expect(h.body).toEqual([
      { t: 'lit', v: 'services:\n  web: ', q: true },
      { t: 'param', name: 'IMG', q: true, raw: '$IMG' },
      { t: 'lit', v: '\n', q: true },
    ]);
  });

  it("<<'EOF' keeps the body literal", () => {
    expect(heredoc("cat <<'EOF'\n$HOME `x`\nEOF").body).toEqual([{ t: 'lit', v: '$HOME `x`\n', q: true }]);
    expect(heredoc('cat <<"E"\n$HOME\nE').quoted).toBe(true);
    expect(heredoc('cat <<\\E\n$HOME\nE').quoted).toBe(true);
  });

  it('<<- strips leading tabs from the body and the delimiter line', () => {
    expect(heredoc('cat <<-END\n\t\tindented\n\tEND').body).toEqual([{ t: 'lit', v: 'indented\n', q: true }]);
  });

  it('two heredocs on one line read their bodies in order', () => {
    const tokens = tokenize('cat <<A; cat <<B\na\nA\nb\nB\n').filter((t) => t.k === 'redir');
    expect(tokens.map((t) => (t.k === 'redir' ? t.heredoc?.body : null))).toEqual([[{ t: 'lit', v: 'a\n', q: true }], [{ t: 'lit', v: 'b\n', q: true }]]);
  });

  it('a missing delimiter line: incomplete at the prompt, ended by end of input when running', () => {
    expect(heredoc('cat <<EOF\nhello').complete).toBe(false);
    expect(kinds('cat <<EOF\nhello', true).at(-1)).toBe('ERR(unterminated:heredoc)');
  });
});

describe('tokenizer: errors become a final token', () => {
  it.each([
    [`echo 'abc`, "ERR(unterminated:')"],
    ['echo "abc', 'ERR(unterminated:")'],
    ['echo $(ls', 'ERR(unterminated:))'],
    ['echo ${HOME', 'ERR(unterminated:})'],
    ['echo `ls', 'ERR(unterminated:`)'],
    ['cat <<', 'ERR(token:newline)'],
  ])('%s', (src, err) => {
    const k = kinds(src);
    expect(k[k.length - 1]).toBe(err);
  });

  it('keeps the tokens before the error', () => {
    expect(kinds(`echo ok; echo 'x`)).toEqual(['W(echo)', 'W(ok)', ';', 'W(echo)', "ERR(unterminated:')"]);
  });
});
