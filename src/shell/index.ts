/**
 * The shell of the simulated host and containers: tokenizer -> parser -> AST
 * -> executor, with bash's builtins and the messages of bash, BusyBox ash or
 * dash (dialect 'bash' | 'ash' | 'dash'; dash is /bin/sh in Debian and Ubuntu
 * images, with dash's narrower syntax: no [[ ]], (( )), {a,b}, $'..', <<<). It
 * knows nothing of Docker: programs come from the lab through `lookup`, and
 * it uses no Node built-ins and no DOM, so it runs in the browser.
 *
 *   const shell = new Shell({ fs, cwd: '/root', env: { HOME: '/root', PATH }, lookup, world, dialect: 'bash' });
 *   const status = await shell.run('docker rm -f $(docker ps -aq)', { stdout, stderr });
 *   if (shell.takeExitRequest() !== null) { ...the learner typed `exit`... }
 *
 * Syntax: words, '...', "..." (\" \\ \$ \` escapes, expansions inside),
 * $'...', backslash escapes and \-newline continuation, # comments, ; && ||
 * | |& !, a trailing & (run in the foreground, as ;), > >> < 2> 2>&1 &> &>>
 * <<< n>&m n>&- and /dev/null, heredocs (<<EOF, <<'EOF', <<-EOF), $VAR
 * ${VAR} ${VAR:-w} := :+ :? # ## % %% / // /# /% ${VAR:off:len} ${#VAR},
 * $? $$ $# $@ $* $0-$9 $-, $(...) and `...` (nested; unquoted results split
 * on IFS; no output = no argument), $((...)), globbing (* ? [...], no match
 * stays literal), ~ and ~user, brace expansion {a,b} {1..3} (bash), NAME=v
 * alone or as a prefix, if/elif/else, while, until, for (also for ((;;))),
 * case, ( ) and { } with redirections, functions with local and return,
 * (( )) and [[ ]] (bash).
 *
 * Builtins: cd pwd echo printf test [ [[ true false : exit return break
 * continue shift export unset local set (-e -x -u -f -o pipefail) read eval
 * source . exec type command let declare typeset readonly wait trap hash.
 *
 * Not simulated: job control (& runs in the foreground; no jobs/fg/kill %1),
 * aliases, arrays, `exec` with only redirections (a no-op), `select`,
 * coprocesses, `time`, process substitution <( ).
 */
export { Shell, type ShellOptions, type RunIo, type ShellFlags } from './shell.ts';
export { createShProgram, type ShProgramOptions } from './sh-program.ts';
export { isComplete, parseScript, Parser, type ParseOptions } from './parser.ts';
export { tokenize, type Token } from './tokenizer.ts';
export { ParseError } from './errors.ts';
export type { Dialect } from './messages.ts';
export type * from './ast.ts';
export * from './types.ts';
