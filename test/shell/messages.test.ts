/**
 * Error messages and statuses, line for line as the real shells print them.
 * Every row was produced by running the line through GNU bash 5.2.15 and
 * BusyBox 1.35.0 ash (Debian 12), and dash 0.5.12 (Debian's /bin/sh) with -c: interactively (`bash -i` / `busybox sh -i`
 * reading the line, no `-c: line N:`), and as `bash -c LINE` / `sh -c LINE`
 * with stdout discarded. Lines that leave an interactive shell waiting for
 * more input (open quotes, a trailing `|`) are checked in -c form only.
 */
import { describe, expect, it } from 'vitest';
import { makeShell, run } from './harness.ts';

const BASH_INTERACTIVE: [string, string, number][] = [
  ["echo | | x", "bash: syntax error near unexpected token `|'\n", 2],
  ["| echo", "bash: syntax error near unexpected token `|'\n", 2],
  ["echo ;;", "bash: syntax error near unexpected token `;;'\n", 2],
  [";", "bash: syntax error near unexpected token `;'\n", 2],
  ["&& x", "bash: syntax error near unexpected token `&&'\n", 2],
  ["echo a &; b", "bash: syntax error near unexpected token `;'\n", 2],
  ["echo >", "bash: syntax error near unexpected token `newline'\n", 2],
  ["echo > > a", "bash: syntax error near unexpected token `>'\n", 2],
  ["echo (", "bash: syntax error near unexpected token `newline'\n", 2],
  [")", "bash: syntax error near unexpected token `)'\n", 2],
  ["done", "bash: syntax error near unexpected token `done'\n", 2],
  ["echo a; fi", "bash: syntax error near unexpected token `fi'\n", 2],
  ["then", "bash: syntax error near unexpected token `then'\n", 2],
  ["}", "bash: syntax error near unexpected token `}'\n", 2],
  ["if then fi", "bash: syntax error near unexpected token `then'\n", 2],
  ["for 1 in a; do :; done", "bash: `1': not a valid identifier\n", 1],
  ["foo", "bash: foo: command not found\n", 127],
  ["./nope", "bash: ./nope: No such file or directory\n", 127],
  ["/nope/x", "bash: /nope/x: No such file or directory\n", 127],
  ["/tmp", "bash: /tmp: Is a directory\n", 126],
  ["echo x > /nope/x", "bash: /nope/x: No such file or directory\n", 1],
  ["echo x > /tmp", "bash: /tmp: Is a directory\n", 1],
  ["cat < /nope", "bash: /nope: No such file or directory\n", 1],
  ["cat < /tmp/nope/x", "bash: /tmp/nope/x: No such file or directory\n", 1],
  ["echo > $nothing", "bash: $nothing: ambiguous redirect\n", 1],
  ["echo hi >&5", "bash: 5: Bad file descriptor\n", 1],
  ["echo ${a b}", "bash: ${a b}: bad substitution\n", 1],
  ["echo ${}", "bash: ${}: bad substitution\n", 1],
  ["echo $((1/0))", "bash: 1/0: division by 0 (error token is \"0\")\n", 1],
  ["x=; echo ${x:?custom message}", "bash: x: custom message\n", 1],
  ["cd /nope", "bash: cd: /nope: No such file or directory\n", 1],
  ["cd /etc/hostname", "bash: cd: /etc/hostname: Not a directory\n", 1],
  ["cd a b", "bash: cd: too many arguments\n", 1],
  ["unset OLDPWD; cd -", "bash: cd: OLDPWD not set\n", 1],
  ["exit 1 2", "bash: exit: too many arguments\n", 1],
  ["[ 1 -eq a ]", "bash: [: a: integer expression expected\n", 2],
  ["[ a", "bash: [: missing `]'\n", 2],
  ["test a b c", "bash: test: b: binary operator expected\n", 2],
  ["[ a b c d ]", "bash: [: too many arguments\n", 2],
  ["[ a = ]", "bash: [: a: unary operator expected\n", 2],
  ["[ 1 -lt ]", "bash: [: 1: unary operator expected\n", 2],
  ["printf", "printf: usage: printf [-v var] format [arguments]\n", 2],
  ["printf \"%d\\n\" abc", "bash: printf: abc: invalid number\n", 1],
  ["printf \"%d\\n\" 3abc", "bash: printf: 3abc: invalid number\n", 1],
  ["export 1a=b", "bash: export: `1a=b': not a valid identifier\n", 1],
  ["unset 1a", "", 0],
  ["local x", "bash: local: can only be used in a function\n", 1],
  ["type foo", "bash: type: foo: not found\n", 1],
  ["break", "bash: break: only meaningful in a `for', `while', or `until' loop\n", 0],
  ["source /nope", "bash: /nope: No such file or directory\n", 1],
  ["set -z", "bash: set: -z: invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n", 2],
];

const BASH_DASH_C: [string, string, number][] = [
  ["echo | | x", "bash: -c: line 1: syntax error near unexpected token `|'\nbash: -c: line 1: `echo | | x'\n", 2],
  ["| echo", "bash: -c: line 1: syntax error near unexpected token `|'\nbash: -c: line 1: `| echo'\n", 2],
  ["echo ;;", "bash: -c: line 1: syntax error near unexpected token `;;'\nbash: -c: line 1: `echo ;;'\n", 2],
  [";", "bash: -c: line 1: syntax error near unexpected token `;'\nbash: -c: line 1: `;'\n", 2],
  ["&& x", "bash: -c: line 1: syntax error near unexpected token `&&'\nbash: -c: line 1: `&& x'\n", 2],
  ["echo a &; b", "bash: -c: line 1: syntax error near unexpected token `;'\nbash: -c: line 1: `echo a &; b'\n", 2],
  ["echo >", "bash: -c: line 1: syntax error near unexpected token `newline'\nbash: -c: line 1: `echo >'\n", 2],
  ["echo > > a", "bash: -c: line 1: syntax error near unexpected token `>'\nbash: -c: line 1: `echo > > a'\n", 2],
  ["echo (", "bash: -c: line 1: syntax error near unexpected token `newline'\nbash: -c: line 1: `echo ('\n", 2],
  [")", "bash: -c: line 1: syntax error near unexpected token `)'\nbash: -c: line 1: `)'\n", 2],
  ["done", "bash: -c: line 1: syntax error near unexpected token `done'\nbash: -c: line 1: `done'\n", 2],
  ["echo a; fi", "bash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `echo a; fi'\n", 2],
  ["then", "bash: -c: line 1: syntax error near unexpected token `then'\nbash: -c: line 1: `then'\n", 2],
  ["}", "bash: -c: line 1: syntax error near unexpected token `}'\nbash: -c: line 1: `}'\n", 2],
  ["if then fi", "bash: -c: line 1: syntax error near unexpected token `then'\nbash: -c: line 1: `if then fi'\n", 2],
  ["echo 'abc", "bash: -c: line 1: unexpected EOF while looking for matching `''\n", 2],
  ["echo \"abc", "bash: -c: line 1: unexpected EOF while looking for matching `\"'\n", 2],
  ["echo $(ls", "bash: -c: line 2: unexpected EOF while looking for matching `)'\n", 2],
  ["echo `ls", "bash: -c: line 1: unexpected EOF while looking for matching ``'\n", 2],
  ["echo ${HOME", "bash: -c: line 1: unexpected EOF while looking for matching `}'\n", 2],
  ["echo |", "bash: -c: line 2: syntax error: unexpected end of file\n", 2],
  ["echo a &&", "bash: -c: line 2: syntax error: unexpected end of file\n", 2],
  ["if true", "bash: -c: line 2: syntax error: unexpected end of file\n", 2],
  ["while true; do", "bash: -c: line 2: syntax error: unexpected end of file\n", 2],
  ["{ echo", "bash: -c: line 2: syntax error: unexpected end of file\n", 2],
  ["for 1 in a; do :; done", "bash: line 1: `1': not a valid identifier\n", 1],
  ["foo", "bash: line 1: foo: command not found\n", 127],
  ["./nope", "bash: line 1: ./nope: No such file or directory\n", 127],
  ["/nope/x", "bash: line 1: /nope/x: No such file or directory\n", 127],
  ["/tmp", "bash: line 1: /tmp: Is a directory\n", 126],
  ["echo x > /nope/x", "bash: line 1: /nope/x: No such file or directory\n", 1],
  ["echo x > /tmp", "bash: line 1: /tmp: Is a directory\n", 1],
  ["cat < /nope", "bash: line 1: /nope: No such file or directory\n", 1],
  ["cat < /tmp/nope/x", "bash: line 1: /tmp/nope/x: No such file or directory\n", 1],
  ["echo > $nothing", "bash: line 1: $nothing: ambiguous redirect\n", 1],
  ["echo hi >&5", "bash: line 1: 5: Bad file descriptor\n", 1],
  ["echo ${a b}", "bash: line 1: ${a b}: bad substitution\n", 1],
  ["echo ${}", "bash: line 1: ${}: bad substitution\n", 1],
  ["echo $((1/0))", "bash: line 1: 1/0: division by 0 (error token is \"0\")\n", 1],
  ["x=; echo ${x:?custom message}", "bash: line 1: x: custom message\n", 127],
  ["cd /nope", "bash: line 1: cd: /nope: No such file or directory\n", 1],
  ["cd /etc/hostname", "bash: line 1: cd: /etc/hostname: Not a directory\n", 1],
  ["cd a b", "bash: line 1: cd: too many arguments\n", 1],
  ["unset OLDPWD; cd -", "bash: line 1: cd: OLDPWD not set\n", 1],
  ["exit abc", "bash: line 1: exit: abc: numeric argument required\n", 2],
  ["exit 1 2", "bash: line 1: exit: too many arguments\n", 1],
  ["[ 1 -eq a ]", "bash: line 1: [: a: integer expression expected\n", 2],
  ["[ a", "bash: line 1: [: missing `]'\n", 2],
  ["test a b c", "bash: line 1: test: b: binary operator expected\n", 2],
  ["[ a b c d ]", "bash: line 1: [: too many arguments\n", 2],
  ["[ a = ]", "bash: line 1: [: a: unary operator expected\n", 2],
  ["[ 1 -lt ]", "bash: line 1: [: 1: unary operator expected\n", 2],
  ["printf", "printf: usage: printf [-v var] format [arguments]\n", 2],
  ["printf \"%d\\n\" abc", "bash: line 1: printf: abc: invalid number\n", 1],
  ["printf \"%d\\n\" 3abc", "bash: line 1: printf: 3abc: invalid number\n", 1],
  ["export 1a=b", "bash: line 1: export: `1a=b': not a valid identifier\n", 1],
  ["unset 1a", "", 0],
  ["local x", "bash: line 1: local: can only be used in a function\n", 1],
  ["type foo", "bash: line 1: type: foo: not found\n", 1],
  ["break", "bash: line 1: break: only meaningful in a `for', `while', or `until' loop\n", 0],
  ["return", "bash: line 1: return: can only `return' from a function or sourced script\n", 2],
  ["source /nope", "bash: line 1: /nope: No such file or directory\n", 1],
  ["set -z", "bash: line 1: set: -z: invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n", 2],
];

const ASH_INTERACTIVE: [string, string, number][] = [
  ["echo | | x", "sh: syntax error: unexpected \"|\"\n", 2],
  ["| echo", "sh: syntax error: unexpected \"|\"\n", 2],
  ["echo ;;", "sh: syntax error: unexpected \";;\"\n", 2],
  [";", "sh: syntax error: unexpected \";\"\n", 2],
  ["&& x", "sh: syntax error: unexpected \"&&\"\n", 2],
  ["echo a &; b", "sh: syntax error: unexpected \";\"\n", 2],
  ["echo >", "sh: syntax error: unexpected newline\n", 2],
  ["echo > > a", "sh: syntax error: unexpected redirection\n", 2],
  ["echo (", "sh: syntax error: unexpected newline (expecting \")\")\n", 2],
  [")", "sh: syntax error: unexpected \")\"\n", 2],
  ["done", "sh: syntax error: unexpected \"done\"\n", 2],
  ["echo a; fi", "sh: syntax error: unexpected \"fi\"\n", 2],
  ["then", "sh: syntax error: unexpected \"then\"\n", 2],
  ["}", "sh: syntax error: unexpected \"}\"\n", 2],
  ["if then fi", "sh: syntax error: unexpected \"then\"\n", 2],
  ["for 1 in a; do :; done", "sh: syntax error: bad for loop variable\n", 2],
  ["foo", "sh: foo: not found\n", 127],
  ["./nope", "sh: ./nope: not found\n", 127],
  ["/nope/x", "sh: /nope/x: not found\n", 127],
  ["/tmp", "sh: /tmp: Permission denied\n", 126],
  ["echo x > /nope/x", "sh: can't create /nope/x: nonexistent directory\n", 1],
  ["echo x > /tmp", "sh: can't create /tmp: Is a directory\n", 1],
  ["cat < /nope", "sh: can't open /nope: no such file\n", 1],
  ["cat < /tmp/nope/x", "sh: can't open /tmp/nope/x: no such file\n", 1],
  ["echo > $nothing", "sh: can't create : nonexistent directory\n", 1],
  ["echo hi >&5", "sh: 5: Bad file descriptor\n", 1],
  ["echo ${a b}", "sh: syntax error: bad substitution\n", 2],
  ["echo ${}", "sh: syntax error: bad substitution\n", 2],
  ["echo $((1/0))", "sh: divide by zero\n", 2],
  ["x=; echo ${x:?custom message}", "sh: x: custom message\n", 2],
  ["cd /nope", "sh: cd: can't cd to /nope: No such file or directory\n", 2],
  ["cd /etc/hostname", "sh: cd: can't cd to /etc/hostname: Not a directory\n", 2],
  ["cd a b", "sh: cd: can't cd to a: No such file or directory\n", 2],
  ["unset OLDPWD; cd -", "", 0],
  ["[ 1 -eq a ]", "sh: a: bad number\n", 2],
  ["[ a", "sh: missing ]\n", 2],
  ["test a b c", "sh: b: unknown operand\n", 2],
  ["[ a b c d ]", "sh: b: unknown operand\n", 2],
  ["[ a = ]", "sh: =: argument expected\n", 2],
  ["[ 1 -lt ]", "sh: -lt: argument expected\n", 2],
  ["printf", "sh: usage: printf FORMAT [ARGUMENT...]\n", 2],
  ["printf \"%d\\n\" abc", "sh: invalid number 'abc'\n", 1],
  ["printf \"%d\\n\" 3abc", "sh: invalid number '3abc'\n", 1],
  ["export 1a=b", "sh: export: 1a: bad variable name\n", 2],
  ["unset 1a", "sh: unset: 1a: bad variable name\n", 2],
  ["local x", "sh: local: not in a function\n", 2],
  ["type foo", "", 127],
  ["break", "", 0],
  ["source /nope", "sh: source: can't open '/nope': No such file or directory\n", 2],
  ["set -z", "sh: set: illegal option -z\n", 2],
];

const ASH_DASH_C: [string, string, number][] = [
  ["echo | | x", "sh: syntax error: unexpected \"|\"\n", 2],
  ["| echo", "sh: syntax error: unexpected \"|\"\n", 2],
  ["echo ;;", "sh: syntax error: unexpected \";;\"\n", 2],
  [";", "sh: syntax error: unexpected \";\"\n", 2],
  ["&& x", "sh: syntax error: unexpected \"&&\"\n", 2],
  ["echo a &; b", "sh: syntax error: unexpected \";\"\n", 2],
  ["echo >", "sh: syntax error: unexpected end of file\n", 2],
  ["echo > > a", "sh: syntax error: unexpected redirection\n", 2],
  ["echo (", "sh: syntax error: unexpected end of file (expecting \")\")\n", 2],
  [")", "sh: syntax error: unexpected \")\"\n", 2],
  ["done", "sh: syntax error: unexpected \"done\"\n", 2],
  ["echo a; fi", "sh: syntax error: unexpected \"fi\"\n", 2],
  ["then", "sh: syntax error: unexpected \"then\"\n", 2],
  ["}", "sh: syntax error: unexpected \"}\"\n", 2],
  ["if then fi", "sh: syntax error: unexpected \"then\"\n", 2],
  ["echo 'abc", "sh: syntax error: unterminated quoted string\n", 2],
  ["echo \"abc", "sh: syntax error: unterminated quoted string\n", 2],
  ["echo $(ls", "sh: syntax error: unexpected end of file (expecting \")\")\n", 2],
  ["echo `ls", "sh: syntax error: EOF in backquote substitution\n", 2],
  ["echo ${HOME", "sh: syntax error: missing '}'\n", 2],
  ["echo |", "sh: syntax error: unexpected end of file\n", 2],
  ["echo a &&", "sh: syntax error: unexpected end of file\n", 2],
  ["if true", "sh: syntax error: unexpected end of file (expecting \"then\")\n", 2],
  ["while true; do", "sh: syntax error: unexpected end of file (expecting \"done\")\n", 2],
  ["{ echo", "sh: syntax error: unexpected end of file (expecting \"}\")\n", 2],
  ["for 1 in a; do :; done", "sh: syntax error: bad for loop variable\n", 2],
  ["foo", "sh: foo: not found\n", 127],
  ["./nope", "sh: ./nope: not found\n", 127],
  ["/nope/x", "sh: /nope/x: not found\n", 127],
  ["/tmp", "sh: /tmp: Permission denied\n", 126],
  ["echo x > /nope/x", "sh: can't create /nope/x: nonexistent directory\n", 1],
  ["echo x > /tmp", "sh: can't create /tmp: Is a directory\n", 1],
  ["cat < /nope", "sh: can't open /nope: no such file\n", 1],
  ["cat < /tmp/nope/x", "sh: can't open /tmp/nope/x: no such file\n", 1],
  ["echo > $nothing", "sh: can't create : nonexistent directory\n", 1],
  ["echo hi >&5", "sh: 5: Bad file descriptor\n", 1],
  ["echo ${a b}", "sh: syntax error: bad substitution\n", 2],
  ["echo ${}", "sh: syntax error: bad substitution\n", 2],
  ["echo $((1/0))", "sh: divide by zero\n", 2],
  ["x=; echo ${x:?custom message}", "sh: x: custom message\n", 2],
  ["cd /nope", "sh: cd: line 0: can't cd to /nope: No such file or directory\n", 2],
  ["cd /etc/hostname", "sh: cd: line 0: can't cd to /etc/hostname: Not a directory\n", 2],
  ["cd a b", "sh: cd: line 0: can't cd to a: No such file or directory\n", 2],
  ["unset OLDPWD; cd -", "", 0],
  ["exit abc", "sh: exit: line 0: Illegal number: abc\n", 2],
  ["exit 1 2", "", 1],
  ["[ 1 -eq a ]", "sh: a: bad number\n", 2],
  ["[ a", "sh: missing ]\n", 2],
  ["test a b c", "sh: b: unknown operand\n", 2],
  ["[ a b c d ]", "sh: b: unknown operand\n", 2],
  ["[ a = ]", "sh: =: argument expected\n", 2],
  ["[ 1 -lt ]", "sh: -lt: argument expected\n", 2],
  ["printf", "sh: usage: printf FORMAT [ARGUMENT...]\n", 2],
  ["printf \"%d\\n\" abc", "sh: invalid number 'abc'\n", 1],
  ["printf \"%d\\n\" 3abc", "sh: invalid number '3abc'\n", 1],
  ["export 1a=b", "sh: export: line 0: 1a: bad variable name\n", 2],
  ["unset 1a", "sh: unset: line 0: 1a: bad variable name\n", 2],
  ["local x", "sh: local: line 0: not in a function\n", 2],
  ["type foo", "", 127],
  ["break", "", 0],
  ["return", "", 0],
  ["source /nope", "sh: source: line 0: can't open '/nope': No such file or directory\n", 2],
  ["set -z", "sh: set: line 0: illegal option -z\n", 2],
];

const DASH_DASH_C: [string, string, number][] = [
  ["echo | | x", "dash: 1: Syntax error: \"|\" unexpected\n", 2],
  ["| echo", "dash: 1: Syntax error: \"|\" unexpected\n", 2],
  ["echo ;;", "dash: 1: Syntax error: \";;\" unexpected\n", 2],
  [";", "dash: 1: Syntax error: \";\" unexpected\n", 2],
  ["&& x", "dash: 1: Syntax error: \"&&\" unexpected\n", 2],
  ["echo a &; b", "dash: 1: Syntax error: \";\" unexpected\n", 2],
  ["echo >", "dash: 1: Syntax error: end of file unexpected\n", 2],
  ["echo > > a", "dash: 1: Syntax error: redirection unexpected\n", 2],
  ["echo (", "dash: 1: Syntax error: end of file unexpected (expecting \")\")\n", 2],
  [")", "dash: 1: Syntax error: \")\" unexpected\n", 2],
  ["done", "dash: 1: Syntax error: \"done\" unexpected\n", 2],
  ["echo a; fi", "dash: 1: Syntax error: \"fi\" unexpected\n", 2],
  ["then", "dash: 1: Syntax error: \"then\" unexpected\n", 2],
  ["}", "dash: 1: Syntax error: \"}\" unexpected\n", 2],
  ["if then fi", "dash: 1: Syntax error: \"then\" unexpected\n", 2],
  ["echo 'abc", "dash: 1: Syntax error: Unterminated quoted string\n", 2],
  ["echo \"abc", "dash: 1: Syntax error: Unterminated quoted string\n", 2],
  ["echo $(ls", "dash: 1: Syntax error: end of file unexpected (expecting \")\")\n", 2],
  ["echo `ls", "dash: 1: Syntax error: EOF in backquote substitution\n", 2],
  ["echo ${HOME", "dash: 1: Syntax error: Missing '}'\n", 2],
  ["echo |", "dash: 1: Syntax error: end of file unexpected\n", 2],
  ["echo a &&", "dash: 1: Syntax error: end of file unexpected\n", 2],
  ["if true", "dash: 1: Syntax error: end of file unexpected (expecting \"then\")\n", 2],
  ["while true; do", "dash: 1: Syntax error: end of file unexpected (expecting \"done\")\n", 2],
  ["{ echo", "dash: 1: Syntax error: end of file unexpected (expecting \"}\")\n", 2],
  ["for 1 in a; do :; done", "dash: 1: Syntax error: Bad for loop variable\n", 2],
  ["foo", "dash: 1: foo: not found\n", 127],
  ["./nope", "dash: 1: ./nope: not found\n", 127],
  ["/nope/x", "dash: 1: /nope/x: not found\n", 127],
  ["/tmp", "dash: 1: /tmp: Permission denied\n", 126],
  ["echo x > /nope/x", "dash: 1: cannot create /nope/x: Directory nonexistent\n", 2],
  ["echo x > /tmp", "dash: 1: cannot create /tmp: Is a directory\n", 2],
  ["cat < /nope", "dash: 1: cannot open /nope: No such file\n", 2],
  ["cat < /tmp/nope/x", "dash: 1: cannot open /tmp/nope/x: No such file\n", 2],
  ["echo > $nothing", "dash: 1: cannot create : Directory nonexistent\n", 2],
  ["echo hi >&5", "dash: 1: 5: Bad file descriptor\n", 2],
  ["echo ${a b}", "dash: 1: Bad substitution\n", 2],
  ["echo ${}", "dash: 1: Bad substitution\n", 2],
  ["echo $((1/0))", "dash: 1: arithmetic expression: division by zero: \"1/0\"\n", 2],
  ["x=; echo ${x:?custom message}", "dash: 1: x: custom message\n", 2],
  ["cd /nope", "dash: 1: cd: can't cd to /nope\n", 2],
  ["cd /etc/hostname", "dash: 1: cd: can't cd to /etc/hostname\n", 2],
  ["cd a b", "dash: 1: cd: can't cd to a\n", 2],
  ["unset OLDPWD; cd -", "", 0],
  ["exit abc", "dash: 1: exit: Illegal number: abc\n", 2],
  ["exit 1 2", "", 1],
  ["[ 1 -eq a ]", "dash: 1: [: Illegal number: a\n", 2],
  ["[ a", "dash: 1: [: missing ]\n", 2],
  ["test a b c", "dash: 1: test: a: unexpected operator\n", 2],
  ["[ a b c d ]", "dash: 1: [: a: unexpected operator\n", 2],
  ["[ a = ]", "dash: 1: [: =: argument expected\n", 2],
  ["[ 1 -lt ]", "dash: 1: [: -lt: argument expected\n", 2],
  ["printf", "dash: 1: printf: usage: printf format [arg ...]\n", 2],
  ["printf \"%d\\n\" abc", "dash: 1: printf: abc: expected numeric value\n", 1],
  ["printf \"%d\\n\" 3abc", "dash: 1: printf: 3abc: not completely converted\n", 1],
  ["export 1a=b", "dash: 1: export: 1a: bad variable name\n", 2],
  ["unset 1a", "dash: 1: unset: 1a: bad variable name\n", 2],
  ["local x", "dash: 1: local: not in a function\n", 2],
  ["type foo", "", 127],
  ["break", "", 0],
  ["return", "", 0],
  ["source /nope", "dash: 1: source: not found\n", 127],
  ["set -z", "dash: 1: set: Illegal option -z\n", 2],
];

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

describe('bash messages, interactive (checked against bash 5.2.15)', () => {
  it.each(BASH_INTERACTIVE)('%s', async (line, stderr, status) => {
    const shell = makeShell({ dialect: 'bash' });
    const r = await run(shell, line);
    expect(r.stderr).toBe(stderr);
    expect(r.status).toBe(status);
  });
});

describe('ash messages, interactive (checked against BusyBox 1.35.0)', () => {
  it.each(ASH_INTERACTIVE)('%s', async (line, stderr, status) => {
    const shell = makeShell({ dialect: 'ash' });
    const r = await run(shell, line);
    expect(r.stderr).toBe(stderr);
    expect(r.status).toBe(status);
  });
});

describe('bash -c messages (checked against bash 5.2.15)', () => {
  it.each(BASH_DASH_C)('%s', async (line, stderr, status) => {
    const r = await run(makeShell({ dialect: 'bash' }), `bash -c ${quote(line)} >/dev/null`);
    expect(r.stderr).toBe(stderr);
    expect(r.status).toBe(status);
  });
});

describe('sh -c messages in BusyBox (checked against BusyBox 1.35.0)', () => {
  it.each(ASH_DASH_C)('%s', async (line, stderr, status) => {
    const r = await run(makeShell({ dialect: 'ash' }), `sh -c ${quote(line)} >/dev/null`);
    expect(r.stderr).toBe(stderr);
    expect(r.status).toBe(status);
  });
});

describe('dash -c messages (checked against dash 0.5.12)', () => {
  it.each(DASH_DASH_C)('%s', async (line, stderr, status) => {
    const r = await run(makeShell({ dialect: 'dash' }), `dash -c ${quote(line)} >/dev/null`);
    expect(r.stderr).toBe(stderr);
    expect(r.status).toBe(status);
  });
});

describe('dash numbers the lines of an interactive session', () => {
  it('counts every line read', async () => {
    const shell = makeShell({ dialect: 'dash' });
    expect((await run(shell, 'foo')).stderr).toBe('sh: 1: foo: not found\n');
    await run(shell, 'echo');
    expect((await run(shell, 'foo\ncd /nope')).stderr).toBe("sh: 3: foo: not found\nsh: 4: cd: can't cd to /nope\n");
  });
});

describe('input that ends too early, as bash -c and a finished terminal line report it', () => {
  it.each([
    [`echo 'abc`, "bash: unexpected EOF while looking for matching `''\n"],
    ['echo "abc', 'bash: unexpected EOF while looking for matching `"\'\n'],
    ['echo |', 'bash: syntax error: unexpected end of file\n'],
    ['if true', 'bash: syntax error: unexpected end of file\n'],
  ])('%s', async (line, stderr) => {
    expect(await run(makeShell(), line)).toEqual({ stdout: '', stderr, status: 2 });
  });

  it('a heredoc without its delimiter warns and uses what there is (bash)', async () => {
    expect(await run(makeShell(), 'cat <<EOF\nhello')).toEqual({ stdout: 'hello\n', stderr: "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n", status: 0 });
    expect(await run(makeShell({ dialect: 'ash' }), 'cat <<EOF\nhello')).toEqual({ stdout: 'hello\n', stderr: '', status: 0 });
  });

  it('earlier lines still run before the line with the error', async () => {
    expect(await run(makeShell(), 'echo one\necho | | x\necho three')).toEqual({ stdout: 'one\n', stderr: "bash: syntax error near unexpected token `|'\n", status: 2 });
  });
});

describe('exit', () => {
  it('interactive bash prints exit; a bad number still exits with 2', async () => {
    const shell = makeShell();
    expect(await run(shell, 'exit abc')).toEqual({ stdout: '', stderr: 'exit\nbash: exit: abc: numeric argument required\n', status: 2 });
    expect(shell.takeExitRequest()).toBe(2);
  });

  it('interactive ash does not exit on a bad number', async () => {
    const shell = makeShell({ dialect: 'ash' });
    expect(await run(shell, 'exit abc')).toEqual({ stdout: '', stderr: 'sh: exit: Illegal number: abc\n', status: 2 });
    expect(shell.takeExitRequest()).toBeNull();
  });

  it('too many arguments does not exit bash; ash exits with the first', async () => {
    const bash = makeShell();
    await run(bash, 'exit 1 2');
    expect(bash.takeExitRequest()).toBeNull();
    const ash = makeShell({ dialect: 'ash' });
    expect((await run(ash, 'exit 1 2')).status).toBe(1);
    expect(ash.takeExitRequest()).toBe(1);
  });
});

describe('scripts run from a file name their file and line', () => {
  const script = 'echo a\nfoo\ncd /nope\necho | | x\n';
  it('bash', async () => {
    const r = await run(makeShell({ files: { '/root/s.sh': script } }), 'bash ./s.sh');
    expect(r).toEqual({
      stdout: 'a\n',
      stderr: "./s.sh: line 2: foo: command not found\n./s.sh: line 3: cd: /nope: No such file or directory\n./s.sh: line 4: syntax error near unexpected token `|'\n./s.sh: line 4: `echo | | x'\n",
      status: 2,
    });
  });

  it('ash', async () => {
    const r = await run(makeShell({ dialect: 'ash', files: { '/root/s.sh': script } }), 'sh ./s.sh');
    expect(r).toEqual({
      stdout: 'a\n',
      stderr: './s.sh: line 2: foo: not found\n./s.sh: cd: line 3: can\'t cd to /nope: No such file or directory\n./s.sh: line 4: syntax error: unexpected "|"\n',
      status: 2,
    });
  });
});
