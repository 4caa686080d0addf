/**
 * The shell of the simulated host and containers: a tokenizer, a parser, an
 * executor and bash's builtins, with bash's or BusyBox ash's messages. It
 * knows nothing of Docker: programs come from the lab through `lookup`.
 */
export { Shell, type ShellOptions, type RunIo, type ShellFlags } from './shell.ts';
export { createShProgram, type ShProgramOptions } from './sh-program.ts';
export { isComplete, parseScript, Parser, type ParseOptions } from './parser.ts';
export { tokenize, type Token } from './tokenizer.ts';
export { ParseError } from './errors.ts';
export type { Dialect } from './messages.ts';
export type * from './ast.ts';
export * from './types.ts';
