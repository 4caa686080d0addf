import { describe, expect, it } from 'vitest';
import { AlignRight, Debug, DiscardEmptyColumns, DOCKER_TABLE, newTabwriter, stringWidth, tabwrite } from '../../../src/cli/format/tabwriter.ts';

describe('tabwrite with docker\'s writer (minwidth 10, tabwidth 1, padding 3, space)', () => {
  it('pads columns to minwidth, or to the widest cell plus 3', () => {
    // docker network ls --format 'table {{.Name}}\t{{.Driver}}' (recorded)
    expect(tabwrite('NAME\tDRIVER\nbridge\tbridge\nhost\thost\nnone\tnull\n')).toBe(
      'NAME      DRIVER\nbridge    bridge\nhost      host\nnone      null\n',
    );
    // docker network ls (recorded)
    expect(tabwrite('NETWORK ID\tNAME\tDRIVER\tSCOPE\nab5886432b6e\tbridge\tbridge\tlocal\n')).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\nab5886432b6e   bridge    bridge    local\n',
    );
  });

  it('handles empty cells and trailing tabs (recorded: docker network ls --format)', () => {
    expect(tabwrite('NAME\t\tDRIVER\nbridge\t\tbridge\n')).toBe('NAME                DRIVER\nbridge              bridge\n');
    expect(tabwrite('NAME\tDRIVER\t\nbridge\tbridge\t\n')).toBe('NAME      DRIVER    \nbridge    bridge    \n');
    // table {{.Name}}\t{{if eq .Name "host"}}{{.ID}}{{end}}\t{{.Scope}}
    expect(tabwrite('NAME\t\tSCOPE\nbridge\t\tlocal\nhost\tfb81a171a212\tlocal\nnone\t\tlocal\n')).toBe(
      'NAME                     SCOPE\nbridge                   local\nhost      fb81a171a212   local\nnone                     local\n',
    );
  });

  it('ends a column block at a line with fewer cells (recorded: table {{.Name}}:\\n{{.Driver}}\\t{{.Scope}})', () => {
    expect(tabwrite('NAME:\nDRIVER\tSCOPE\nbridge:\nbridge\tlocal\nhost:\nhost\tlocal\n')).toBe(
      'NAME:\nDRIVER    SCOPE\nbridge:\nbridge    local\nhost:\nhost      local\n',
    );
    // Go's doc example: b and c are in distinct columns, d and e in none.
    expect(tabwrite('aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n', { ...DOCKER_TABLE, minwidth: 0, padding: 1 })).toBe(
      'aaaa bbb d\naa   b   dd\na    \naa   cccc eee\n',
    );
  });

  it('does not align the text after the last tab, nor a last line without newline', () => {
    expect(tabwrite('a\tb\nlonger-than-ten\tc')).toBe('a                 b\nlonger-than-ten   c');
    expect(tabwrite('x\ty')).toBe('x         y');
    expect(tabwrite('')).toBe('');
    expect(tabwrite('no tabs\nat all\n')).toBe('no tabs\nat all\n');
  });

  it('counts East Asian wide characters as two columns', () => {
    expect(stringWidth('日本')).toBe(4);
    expect(stringWidth('e\u0301')).toBe(1);
    expect(tabwrite('日本\tx\nab\ty\n')).toBe('日本      x\nab        y\n');
  });

  it('supports the other flags and an incremental writer', () => {
    expect(tabwrite('a\tbb\tc\nccc\td\te\n', { minwidth: 0, tabwidth: 8, padding: 1, padchar: '.', flags: AlignRight })).toBe(
      '...a.bbc\n.ccc..de\n',
    );
    expect(tabwrite('a\tb\tc\n', { minwidth: 0, tabwidth: 8, padding: 1, padchar: ' ', flags: Debug })).toBe('a |b |c\n');
    expect(tabwrite('a\v\vb\nc\v\vd\n', { minwidth: 0, tabwidth: 8, padding: 1, padchar: ' ', flags: DiscardEmptyColumns })).toBe(
      'a b\nc d\n',
    );
    expect(tabwrite('a\tb\n', { minwidth: 0, tabwidth: 8, padding: 1, padchar: '\t', flags: 0 })).toBe('a\tb\n');
    const w = newTabwriter();
    w.write('NAME\tDRI');
    w.write('VER\n');
    w.write('bridge\tbridge\n');
    expect(w.flush()).toBe('NAME      DRIVER\nbridge    bridge\n');
  });
});
