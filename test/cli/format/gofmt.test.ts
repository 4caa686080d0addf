import { describe, expect, it } from 'vitest';
import { formatValue, sprint, sprintf, sprintln } from '../../../src/cli/format/gofmt.ts';
import { formatFloat, quote, quoteRune } from '../../../src/cli/format/gonumber.ts';
import { goFloat, goMap, goNil, GO_STRING, goStruct } from '../../../src/cli/format/govalue.ts';

describe('sprintf (recorded: docker network ls --format \'{{printf ...}}\')', () => {
  it.each([
    ['%08.3f|%-8d|%+d|%x|%X|%o|%b|%c|%U|%e|%E|%10.4s|%-5t|%%', [goFloat(3.14159), 42, 5, -255, 255, 8, 5, 65, 65, goFloat(1234.5678), goFloat(0.000123), 'abcdefgh', true],
      '0003.142|42      |+5|-ff|FF|10|101|A|U+0041|1.234568e+03|1.230000E-04|      abcd|true |%'],
    ['%5s|%-5s|%05s|%.2s|%q|%x|% x|%#x|%#v|%q', ['ab', 'ab', 'ab', 'héllo', 'a"bé\u0001\t', 'hé', 'hé', 'hé', 's', 'a\\b'],
      '   ab|ab   |000ab|hé|"a\\"bé\\x01\\t"|68c3a9|68 c3 a9|0x68c3a9|"s"|"a\\\\b"'],
    ['%6.2f|%-8.3e|%g|%G|%.3g|%v|%v|%v', [goFloat(3.14159), goFloat(1234.5), goFloat(0.00001234), goFloat(1e-10), goFloat(3.14159), goFloat(-0), goFloat(2.5), goFloat(100)],
      '  3.14|1.234e+03|1.234e-05|1E-10|3.14|-0|2.5|100'],
    ['%d|%5d|%-5d|%05d|%x|%#o|%q|%c|%v|%s', [42, 42, 42, -42, 3054, 8, 65, 9731, true, true], '42|   42|42   |-0042|bee|010|\'A\'|☃|true|%!s(bool=true)'],
    ['%v %v %v %v %v %v %v', [goFloat(1e6), goFloat(123456789), goFloat(0.0001), goFloat(0.00001), goFloat(1e21), goFloat(100000), 1.5], '1e+06 1.23456789e+08 0.0001 1e-05 1e+21 100000 1.5'],
    ['%v|%+v|%d|%s|%q', [['a', 'b'], ['a', 'b'], ['a', 'b'], ['a', 'b'], ['a', 'b']], '[a b]|[a b]|[%!d(string=a) %!d(string=b)]|[a b]|["a" "b"]'],
    ['%s %d %v %t', [null, null, null, null], '%!s(<nil>) %!d(<nil>) <nil> %!t(<nil>)'],
    ['%!', [], '%!!(MISSING)'],
    ['%z', [1], '%!z(int=1)'],
    ['%d', [], '%!d(MISSING)'],
    ['%*d', [5, 1], '    1'],
    ['%[2]d %[1]d', [1, 2], '2 1'],
    ['%d %d', [1], '1 %!d(MISSING)'],
    ['%d', [1, 2], '1%!(EXTRA int=2)'],
  ])('%j', (format, args, out) => {
    expect(sprintf(format, args)).toBe(out);
  });

  it('covers Go\'s other notations', () => {
    expect(sprintf('%', [])).toBe('%!(NOVERB)');
    expect(sprintf('%[3]d', [1])).toBe('%!d(BADINDEX)');
    expect(sprintf('%*d', ['x', 1])).toBe('%!(BADWIDTH)1');
    expect(sprintf('%.*d', ['x', 1])).toBe('%!(BADPREC)1');
    expect(sprintf('%-*d|', [-4, 1])).toBe('1   |');
    expect(sprintf('%d', ['a', 'b'])).toBe('%!d(string=a)%!(EXTRA string=b)');
    expect(sprintf('%x %X %#x', ['hi', 255, 255])).toBe('6869 FF 0xff');
    expect(sprintf('%.0d|%.3d|%+.2e|% d', [0, 7, goFloat(12345.678), 5])).toBe('|007|+1.23e+04| 5');
    expect(sprintf('%6.1f|%-7.2f|%07.2f|%+.1f', [goFloat(2.25), goFloat(1), goFloat(-1.5), goFloat(0.05)])).toBe('   2.2|1.00   |-001.50|+0.1');
    expect(sprintf('%5v|%-4v|%v', [[1, 2], true, goMap('map[string]int', { b: 2, a: 1 })])).toBe('[    1     2]|true|map[a:1 b:2]');
    expect(sprintf('%v %+v %d', [goStruct('T', { A: 1, B: 'x' }), goStruct('T', { A: 1, B: 'x' }), goStruct('*T', { A: 1 })])).toBe('{1 x} {A:1 B:x} &{1}');
    expect(sprintf('%v %v %v %s', [goNil('slice', '[]string'), goNil('map', 'map[string]string'), goNil('ptr', '*T'), goNil('ptr', '*T')])).toBe(
      '[] map[] <nil> %!s(*T=<nil>)',
    );
    expect(sprintf('%T %T %T %T %T', ['s', 1, goFloat(1), [1], null])).toBe('string int float64 []interface {} <nil>');
    expect(sprintf('%v %s', [{ [GO_STRING]: () => 'str' }, { [GO_STRING]: () => 'ing' }])).toBe('str ing');
    expect(sprintf('%q %+q %#q %#q', ['é\u00ad', 'é', 'a`b', 'ab'])).toBe('"é\\u00ad" "\\u00e9" "a`b" `ab`');
    expect(sprintf('%U %#U %c', [0x1f600, 0x41, 0x1f600])).toBe('U+1F600 U+0041 \'A\' 😀');
    expect(sprintf('%v %.2f', [goFloat(Infinity), goFloat(NaN)])).toBe('+Inf NaN');
    expect(sprintf('%08.3f', [goFloat(-Infinity)])).toBe('    -Inf');
  });
});

describe('sprint, sprintln, formatValue', () => {
  it('adds spaces between operands when neither is a string', () => {
    expect(sprint([1, 2, 'a', 'b', 3])).toBe('1 2ab3');
    expect(sprint([])).toBe('');
    expect(sprintln([1, 'a'])).toBe('1 a\n');
    expect(formatValue([null, undefined, { a: [] }])).toBe('[<nil> <nil> map[a:[]]]');
    expect(formatValue(goStruct('*T', { A: { b: 1 } }), true)).toBe('{map[b:1]}');
    expect(formatValue(goStruct('T', { P: goStruct('*U', { x: 1 }) }))).toBe('{0xc000010000}');
  });
});

describe('strconv', () => {
  it('formats floats as Go, ties to even', () => {
    expect(formatFloat(2.125, 'g', 3)).toBe('2.12');
    expect(formatFloat(2.135, 'g', 3)).toBe('2.13'); // 2.135 is 2.13499999... in binary
    expect(formatFloat(0.125, 'f', 2)).toBe('0.12');
    expect(formatFloat(0.375, 'f', 2)).toBe('0.38');
    expect(formatFloat(9.9999, 'f', 2)).toBe('10.00');
    expect(formatFloat(999.5, 'g', 3)).toBe('1e+03');
    expect(formatFloat(0, 'e', -1)).toBe('0e+00');
    expect(formatFloat(0, 'g', -1)).toBe('0');
    expect(formatFloat(1e-7, 'g', -1)).toBe('1e-07');
    expect(formatFloat(123456, 'g', -1)).toBe('123456');
    expect(formatFloat(1234567, 'g', -1)).toBe('1.234567e+06');
    expect(formatFloat(0.0009, 'f', 2)).toBe('0.00');
    expect(formatFloat(0.009, 'f', 2)).toBe('0.01');
    expect(formatFloat(5, 'g', 0)).toBe('5');
  });

  it('quotes as strconv.Quote and QuoteRune', () => {
    expect(quote('a\x07\x08\f\n\r\t\v\\"\u007f\u200b😀')).toBe('"a\\a\\b\\f\\n\\r\\t\\v\\\\\\"\\x7f\\u200b😀"');
    expect(quote('é', true)).toBe('"\\u00e9"');
    expect(quoteRune(0x27)).toBe("'\\''");
    expect(quoteRune(7)).toBe("'\\a'");
  });
});
