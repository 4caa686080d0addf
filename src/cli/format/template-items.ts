/**
 * The tokens of Go's text/template lexer (text/template/parse/lex.go): item
 * types, keywords, and item.String() as parse errors print tokens.
 */

export const I = {
  Error: 0,
  Bool: 1,
  Char: 2,
  CharConstant: 3,
  Comment: 4,
  Complex: 5,
  Assign: 6,
  Declare: 7,
  EOF: 8,
  Field: 9,
  Identifier: 10,
  LeftDelim: 11,
  LeftParen: 12,
  Number: 13,
  Pipe: 14,
  RawString: 15,
  RightDelim: 16,
  RightParen: 17,
  Space: 18,
  String: 19,
  Text: 20,
  Variable: 21,
  Keyword: 22,
  Block: 23,
  Break: 24,
  Continue: 25,
  Dot: 26,
  Define: 27,
  Else: 28,
  End: 29,
  If: 30,
  Nil: 31,
  Range: 32,
  Template: 33,
  With: 34,
} as const;
export type ItemType = (typeof I)[keyof typeof I];

export const KEYWORDS: Record<string, ItemType> = {
  '.': I.Dot,
  block: I.Block,
  break: I.Break,
  continue: I.Continue,
  define: I.Define,
  else: I.Else,
  end: I.End,
  if: I.If,
  range: I.Range,
  nil: I.Nil,
  template: I.Template,
  with: I.With,
};

export interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

/** Go's %#U: U+0041 'A' (the quoted rune only when printable). */
export function sharpU(cp: number): string {
  const u = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  const printable = cp < 0x80 ? cp >= 0x20 && cp < 0x7f : /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(cp));
  return printable ? `${u} '${String.fromCodePoint(cp)}'` : u;
}

/** item.String(), as parse errors print tokens. */
export function itemString(i: Item): string {
  if (i.typ === I.EOF) return 'EOF';
  if (i.typ === I.Error) return i.val;
  if (i.typ > I.Keyword) return `<${i.val}>`;
  const chars = [...i.val];
  if (chars.length > 10) return JSON.stringify(chars.slice(0, 10).join('')) + '...';
  return JSON.stringify(i.val);
}
