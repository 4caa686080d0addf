/**
 * What the tokenizer and parser throw (ParseError, rendered per dialect by
 * messages.ts) and the exceptions the executor uses for control flow.
 */

export type ParseErrorKind =
  /** an operator or word where it cannot be: `syntax error near unexpected token` */
  | 'token'
  /** input ended where more was needed (after `|`, inside `if`) */
  | 'eof'
  /** input ended inside quotes, `$(`, `${` or backticks */
  | 'unterminated'
  /** `for 1 in ...` */
  | 'for-variable'
  /** a token that cannot be inside `[[ ]]` */
  | 'conditional';

export class ParseError extends Error {
  constructor(
    readonly kind: ParseErrorKind,
    readonly line: number,
    readonly detail: {
      /** the unexpected token as bash names it: `|`, `;;`, `newline`, `done` */
      token?: string;
      /** the token is the end of input read as a newline */
      atEof?: boolean;
      /** the opening that was never closed: ' " ` ) } */
      match?: string;
      /** what ash says it was expecting: "do", "then", "}", ")" */
      expecting?: string;
      /** true when more input could complete the line (the `> ` prompt) */
      incomplete?: boolean;
      /** the unexpected token is a redirection operator (ash says "unexpected redirection") */
      redirection?: boolean;
      /** the unexpected token is an ordinary word (ash says "unexpected word") */
      word?: boolean;
      /** at the end of input: bash names the line after a last line that has no newline */
      bashNextLine?: boolean;
      /** the offending name (for-variable) */
      name?: string;
    } = {},
  ) {
    super(`${kind}${detail.token ? ` ${detail.token}` : ''}${detail.match ? ` ${detail.match}` : ''}`);
    this.name = 'ParseError';
  }

  get incomplete(): boolean {
    return this.detail.incomplete === true;
  }
}

/** `exit n`: unwinds to the shell (or subshell) that runs the command. */
export class ExitRequest {
  constructor(readonly status: number) {}
}

/** `return n` from a function or a sourced file. */
export class ReturnRequest {
  constructor(readonly status: number) {}
}

/** `break n` / `continue n`. */
export class LoopControl {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}

/** Ctrl+C: unwinds the whole command line; the shell resolves to 130. */
export class AbortRun {
  constructor(readonly status = 130) {}
}

/** A run-time error that ends the current command line, as bash does on `${a b}`. */
export class FatalExpansion {
  /** the message was already written where the failing command's stderr went */
  printed = false;
  constructor(
    readonly message: string,
    readonly status: number,
    /** a non-interactive shell exits with this status (`${x:?}`: bash 127, ash 2) */
    readonly exitsScript?: number,
  ) {}
}
