/**
 * The exact wording of shell errors, per dialect. Texts are without the
 * `bash: ` / `sh: ` prefix, which the shell adds (with `line N: ` when it is
 * not interactive; dash always adds `N: `). Checked against GNU bash 5.2.15,
 * BusyBox 1.35.0 ash and dash 0.5.12 (Debian's /bin/sh).
 */
import type { ParseError } from './errors.ts';
import type { ExpandFailure } from './expand.ts';
import { FS_ERROR_TEXT, type FsErrorCode } from '../vfs/types.ts';

/** 'bash'; 'ash' (BusyBox sh: busybox, alpine); 'dash' (/bin/sh of Debian and Ubuntu images) */
export type Dialect = 'bash' | 'ash' | 'dash';

/** A message and the status it gives. */
export interface Failure {
  text: string;
  status: number;
}

export function syntaxError(d: Dialect, e: ParseError, interactive: boolean): Failure {
  const { token, match, expecting, atEof, name, redirection, word } = e.detail;
  if (d === 'bash') {
    switch (e.kind) {
      case 'token':
        return { text: `syntax error near unexpected token \`${token}'`, status: 2 };
      case 'eof':
        return { text: 'syntax error: unexpected end of file', status: 2 };
      case 'unterminated':
        if (match === ']]') return { text: "unexpected EOF while looking for `]]'", status: 2 };
        return { text: `unexpected EOF while looking for matching \`${match}'`, status: 2 };
      case 'conditional':
        return { text: `syntax error in conditional expression: unexpected token \`${token}'`, status: 2 };
      case 'for-variable':
        return name !== undefined
          ? { text: `\`${name}': not a valid identifier`, status: 1 }
          : { text: `syntax error near unexpected token \`${token}'`, status: 2 };
    }
  }
  const what = token === 'newline' ? (atEof && !interactive ? 'end of file' : 'newline') : redirection ? 'redirection' : word ? 'word' : `"${token}"`;
  if (d === 'dash') {
    switch (e.kind) {
      case 'token':
      case 'conditional':
        return { text: `Syntax error: ${what} unexpected${expectingText(expecting)}`, status: 2 };
      case 'eof':
        return { text: `Syntax error: end of file unexpected${expectingText(expecting)}`, status: 2 };
      case 'unterminated':
        if (match === '`') return { text: 'Syntax error: EOF in backquote substitution', status: 2 };
        if (match === ')') return { text: `Syntax error: end of file unexpected${expectingText(')')}`, status: 2 };
        if (match === '}') return { text: "Syntax error: Missing '}'", status: 2 };
        return { text: 'Syntax error: Unterminated quoted string', status: 2 };
      case 'for-variable':
        return { text: 'Syntax error: Bad for loop variable', status: 2 };
    }
  }
  switch (e.kind) {
    case 'token':
      return { text: `syntax error: unexpected ${what}${expectingText(expecting)}`, status: 2 };
    case 'eof':
      return { text: `syntax error: unexpected end of file${expectingText(expecting)}`, status: 2 };
    case 'unterminated':
      if (match === '`') return { text: 'syntax error: EOF in backquote substitution', status: 2 };
      if (match === ')') return { text: `syntax error: unexpected end of file${expectingText(')')}`, status: 2 };
      if (match === '}') return { text: "syntax error: missing '}'", status: 2 };
      return { text: 'syntax error: unterminated quoted string', status: 2 };
    case 'for-variable':
      return { text: 'syntax error: bad for loop variable', status: 2 };
    case 'conditional':
      return { text: `syntax error: unexpected "${token}"`, status: 2 };
  }
}

function expectingText(what: string | undefined): string {
  if (!what) return '';
  return what === 'word' ? ' (expecting word)' : ` (expecting "${what}")`;
}

export function notFound(d: Dialect, cmd: string): Failure {
  if (cmd.includes('/')) return { text: d === 'bash' ? `${cmd}: No such file or directory` : `${cmd}: not found`, status: 127 };
  return { text: d === 'bash' ? `${cmd}: command not found` : `${cmd}: not found`, status: 127 };
}

export function notExecutable(d: Dialect, cmd: string, isDir: boolean): Failure {
  return { text: `${cmd}: ${isDir && d === 'bash' ? 'Is a directory' : 'Permission denied'}`, status: 126 };
}

export function badInterpreter(d: Dialect, cmd: string, interpreter: string): Failure {
  if (d !== 'bash') return { text: `${cmd}: not found`, status: 127 };
  return { text: `${cmd}: ${interpreter}: bad interpreter: No such file or directory`, status: 126 };
}

/** A redirection that cannot open its file; `output` for `>`, `>>`, `&>`. */
export function redirectError(d: Dialect, target: string, code: FsErrorCode, output: boolean): Failure {
  if (d === 'bash') return { text: `${target}: ${FS_ERROR_TEXT[code]}`, status: 1 };
  const missing = code === 'ENOENT' || code === 'ENOTDIR';
  if (d === 'dash') {
    if (output) return { text: `cannot create ${target}: ${missing ? 'Directory nonexistent' : FS_ERROR_TEXT[code]}`, status: 2 };
    return { text: `cannot open ${target}: ${missing ? 'No such file' : FS_ERROR_TEXT[code]}`, status: 2 };
  }
  if (output) {
    const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'nonexistent directory' : FS_ERROR_TEXT[code];
    return { text: `can't create ${target}: ${why}`, status: 1 };
  }
  const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : FS_ERROR_TEXT[code];
  return { text: `can't open ${target}: ${why}`, status: 1 };
}

export function ambiguousRedirect(raw: string): Failure {
  return { text: `${raw}: ambiguous redirect`, status: 1 };
}

export function badFd(d: Dialect, fd: string): Failure {
  return { text: `${fd}: Bad file descriptor`, status: d === 'dash' ? 2 : 1 };
}

export function expandError(d: Dialect, f: ExpandFailure): Failure {
  if (d === 'dash') {
    switch (f.kind) {
      case 'bad-substitution':
        return { text: 'Bad substitution', status: 2 };
      case 'unset':
        return { text: `${f.name}: ${f.message || 'parameter not set or null'}`, status: 2 };
      case 'unbound':
        return { text: `${f.name}: parameter not set`, status: 2 };
      case 'div0':
        return { text: `arithmetic expression: division by zero: "${f.expr}"`, status: 2 };
      case 'arith-syntax':
        return { text: `arithmetic expression: expecting primary: "${f.expr}"`, status: 2 };
    }
  }
  switch (f.kind) {
    case 'bad-substitution':
      return d === 'bash' ? { text: `${f.raw}: bad substitution`, status: 1 } : { text: 'syntax error: bad substitution', status: 2 };
    case 'unset':
      return { text: `${f.name}: ${f.message || 'parameter null or not set'}`, status: d === 'bash' ? 1 : 2 };
    case 'unbound':
      return d === 'bash' ? { text: `${f.name}: unbound variable`, status: 1 } : { text: `${f.name}: parameter not set`, status: 2 };
    case 'div0':
      return d === 'bash' ? { text: `${f.expr}: division by 0 (error token is "${f.token}")`, status: 1 } : { text: 'divide by zero', status: 2 };
    case 'arith-syntax':
      return d === 'bash'
        ? { text: `${f.expr}: syntax error: operand expected (error token is "${f.token}")`, status: 1 }
        : { text: 'arithmetic syntax error', status: 2 };
  }
}

export function heredocWarning(line: number, delim: string): string {
  return `warning: here-document at line ${line} delimited by end-of-file (wanted \`${delim}')`;
}

/** Errors of builtins, as [builtin, text] for the shell to prefix; `null` builtin means no builtin name (ash's test). */
export const builtinText = {
  cdMissing: (d: Dialect, dir: string, code: FsErrorCode): Failure =>
    d === 'bash'
      ? { text: `${dir}: ${FS_ERROR_TEXT[code]}`, status: 1 }
      : { text: `can't cd to ${dir}${d === 'ash' ? `: ${FS_ERROR_TEXT[code]}` : ''}`, status: 2 },
  cdUnset: (d: Dialect, v: 'HOME' | 'OLDPWD'): Failure => ({ text: `${v} not set`, status: d === 'bash' ? 1 : 2 }),
  tooMany: (): Failure => ({ text: 'too many arguments', status: 1 }),
  exitNumeric: (d: Dialect, arg: string): Failure =>
    d === 'bash' ? { text: `${arg}: numeric argument required`, status: 2 } : { text: `Illegal number: ${arg}`, status: 2 },
  badIdentifier: (d: Dialect, arg: string): Failure =>
    d === 'bash' ? { text: `\`${arg}': not a valid identifier`, status: 1 } : { text: `${arg.split('=')[0]}: bad variable name`, status: 2 },
  notInFunction: (d: Dialect): Failure =>
    d === 'bash' ? { text: 'can only be used in a function', status: 1 } : { text: 'not in a function', status: 2 },
  sourceMissing: (d: Dialect, file: string, code: FsErrorCode): Failure =>
    d === 'bash'
      ? { text: `${file}: ${FS_ERROR_TEXT[code]}`, status: 1 }
      : d === 'dash'
        ? { text: `cannot open ${file}: ${code === 'ENOENT' ? 'No such file' : FS_ERROR_TEXT[code]}`, status: 2 }
        : { text: `can't open '${file}': ${FS_ERROR_TEXT[code]}`, status: 2 },
  loopOnly: (): Failure => ({ text: "only meaningful in a `for', `while', or `until' loop", status: 0 }),
  returnOnly: (): Failure => ({ text: "can only `return' from a function or sourced script", status: 2 }),
  typeNotFound: (d: Dialect, name: string): Failure => (d === 'bash' ? { text: `${name}: not found`, status: 1 } : { text: `${name}: not found`, status: 127 }),
};

export const testText = {
  missingBracket: (d: Dialect): string => (d === 'bash' ? "missing `]'" : 'missing ]'),
  integerExpected: (d: Dialect, v: string): string =>
    d === 'bash' ? `${v}: integer expression expected` : d === 'dash' ? `Illegal number: ${v}` : `${v}: bad number`,
  /** dash names the first argument where the others name the operator's place */
  binaryExpected: (d: Dialect, v: string): string =>
    d === 'bash' ? `${v}: binary operator expected` : d === 'dash' ? `${v}: unexpected operator` : `${v}: unknown operand`,
  unaryExpected: (d: Dialect, v: string): string => (d === 'bash' ? `${v}: unary operator expected` : `${v}: argument expected`),
  tooMany: (d: Dialect, v: string): string => (d === 'bash' ? 'too many arguments' : d === 'dash' ? `${v}: unexpected operator` : `${v}: unknown operand`),
};

export const printfText = {
  usage: (d: Dialect): string =>
    d === 'bash' ? 'printf: usage: printf [-v var] format [arguments]' : d === 'dash' ? 'usage: printf format [arg ...]' : 'usage: printf FORMAT [ARGUMENT...]',
  /** `partial`: digits then junk (3abc), which dash words differently */
  invalidNumber: (d: Dialect, v: string, partial: boolean): string =>
    d === 'bash' ? `${v}: invalid number` : d === 'dash' ? `${v}: ${partial ? 'not completely converted' : 'expected numeric value'}` : `invalid number '${v}'`,
};
