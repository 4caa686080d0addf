/**
 * The syntax tree of a command line, as the parser builds it and the executor
 * walks it. Plain data: words keep their parts so that expansion knows what
 * was quoted (no splitting or globbing) and what was not.
 */

/** One piece of a word. `q` is true when the piece was inside quotes. */
export type WordPart =
  | { t: 'lit'; v: string; q: boolean }
  | ParamPart
  | { t: 'cmd'; src: string; q: boolean; body?: Script; backtick?: boolean }
  /** `$(( ))`: `parts` are its text with `$` expansions, expanded before evaluation */
  | { t: 'arith'; src: string; parts: WordPart[]; q: boolean };

/** `$name`, `${name}`, `${name:-word}`, `${#name}`; `bad` marks `${a b}` (bad substitution at run time). */
export interface ParamPart {
  t: 'param';
  name: string;
  q: boolean;
  /** the operator of `${name<op>word}`: ':-' '-' ':=' '=' ':+' '+' ':?' '?' '#' '##' '%' '%%', or 'len' for ${#name} */
  op?: string;
  arg?: Word;
  /** the replacement of `${v/pat/rep}`, the length of `${v:off:len}` */
  arg2?: Word;
  /** the text as written, `${a b}`, for messages */
  raw: string;
  bad?: boolean;
}

export interface Word {
  parts: WordPart[];
  /** the word exactly as typed (quotes included) */
  raw: string;
}

export type RedirOp = '>' | '>>' | '>|' | '<' | '<>' | '<<' | '<<-' | '<<<' | '>&' | '<&' | '&>' | '&>>';

export interface Heredoc {
  delim: string;
  /** a quoted delimiter (<<'EOF') keeps the body literal */
  quoted: boolean;
  /** <<- strips leading tabs */
  strip: boolean;
  /** the body's parts (one quoted literal when the delimiter was quoted) */
  body: WordPart[];
  /** false when input ended before the delimiter line */
  complete: boolean;
  line: number;
}

export interface Redirect {
  /** the file descriptor written before the operator (`2>`), or the operator's default */
  fd: number;
  op: RedirOp;
  target: Word;
  heredoc?: Heredoc;
}

export interface Assignment {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  type: 'simple';
  assigns: Assignment[];
  words: Word[];
  redirs: Redirect[];
  line: number;
  /** `[[ ... ]]`: words are not split or globbed, the right of `==` is a pattern */
  test?: boolean;
}

export interface CaseItem {
  patterns: Word[];
  body: List;
}

export type CompoundCommand =
  | { type: 'subshell'; body: List; redirs: Redirect[]; line: number }
  | { type: 'group'; body: List; redirs: Redirect[]; line: number }
  | { type: 'if'; clauses: { cond: List; body: List }[]; otherwise?: List; redirs: Redirect[]; line: number }
  | { type: 'loop'; until: boolean; cond: List; body: List; redirs: Redirect[]; line: number }
  | { type: 'for'; name: string; items: Word[] | null; body: List; redirs: Redirect[]; line: number }
  | { type: 'case'; word: Word; items: CaseItem[]; redirs: Redirect[]; line: number }
  /** `(( expr ))`: status 0 when the value is not zero */
  | { type: 'arith'; expr: WordPart[]; redirs: Redirect[]; line: number }
  /** `for (( init; cond; step ))` */
  | { type: 'arith-for'; init: WordPart[]; cond: WordPart[]; step: WordPart[]; body: List; redirs: Redirect[]; line: number };

export interface FunctionDef {
  type: 'function';
  name: string;
  body: CompoundCommand;
  line: number;
}

export type Command = SimpleCommand | CompoundCommand | FunctionDef;

export interface Pipeline {
  negate: boolean;
  commands: Command[];
  /** pipeStderr[i]: stage i was joined to the next with `|&` */
  pipeStderr: boolean[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  /** ended with `&` (run in the foreground all the same) */
  background?: boolean;
}

export interface List {
  items: AndOr[];
}

export type Script = List;
