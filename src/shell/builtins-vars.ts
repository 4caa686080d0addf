/** Builtins about variables and options: export, unset, local, set, readonly. */
import type { Builtin } from './builtins.ts';
import type { Io } from './io.ts';
import { builtinText } from './messages.ts';
import type { AnyShell } from './shell.ts';
import type { ShellFlags } from './state.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function out(io: Io, text: string): void {
  io.fds[1]?.write(text);
}

/** `declare -x NAME="value"` (bash) or `export NAME='value'` (ash), sorted by name. */
function listExports(sh: AnyShell, io: Io, keyword: string): void {
  const names = [...sh.vars.keys()].filter((n) => sh.vars.get(n)!.exported).sort();
  for (const name of names) {
    const value = sh.vars.get(name)!.value;
    if (sh.dialect === 'bash') {
      const flag = keyword === 'readonly' ? '-r' : '-x';
      out(io, value === undefined ? `declare ${flag} ${name}\n` : `declare ${flag} ${name}="${value.replace(/["\\$`]/g, '\\$&')}"\n`);
    } else {
      out(io, value === undefined ? `${keyword} ${name}\n` : `${keyword} ${name}='${value.replace(/'/g, `'"'"'`)}'\n`);
    }
  }
}

/** export / readonly: NAME=value or NAME; marks exported (readonly is not enforced). */
function exporter(keyword: 'export' | 'readonly'): Builtin {
  return (sh, argv, io) => {
    let args = argv.slice(1);
    let unexport = false;
    while (args[0]?.startsWith('-') && args[0] !== '-') {
      if (args[0] === '--') {
        args = args.slice(1);
        break;
      }
      if (args[0].includes('n')) unexport = true;
      args = args.slice(1);
    }
    if (!args.length) {
      listExports(sh, io, keyword);
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!NAME.test(name)) {
        status = sh.builtinError(io, keyword, builtinText.badIdentifier(sh.dialect, arg));
        continue;
      }
      const exported = keyword === 'export' ? !unexport : undefined;
      if (eq >= 0) sh.setVar(name, arg.slice(eq + 1), exported);
      else {
        const old = sh.vars.get(name);
        sh.vars.set(name, { value: old?.value, exported: exported ?? old?.exported ?? false });
      }
    }
    return status;
  };
}

const unset: Builtin = (sh, argv, io) => {
  let functions = false;
  let status = 0;
  for (const arg of argv.slice(1)) {
    if (arg === '-f') functions = true;
    else if (arg === '-v') functions = false;
    else if (functions) sh.functions.delete(arg);
    else if (!NAME.test(arg)) {
      if (sh.dialect !== 'bash') status = sh.builtinError(io, 'unset', builtinText.badIdentifier(sh.dialect, arg));
    } else {
      sh.vars.delete(arg);
      if (!sh.vars.has(arg)) sh.functions.delete(arg);
    }
  }
  return status;
};

const local: Builtin = (sh, argv, io) => {
  const scope = sh.locals[sh.locals.length - 1];
  if (!scope) return sh.builtinError(io, 'local', builtinText.notInFunction(sh.dialect));
  let status = 0;
  for (const arg of argv.slice(1)) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) {
      status = sh.builtinError(io, 'local', builtinText.badIdentifier(sh.dialect, arg));
      continue;
    }
    const old = sh.vars.get(name);
    if (!scope.has(name)) scope.set(name, old ? { ...old } : undefined);
    if (eq >= 0) sh.setVar(name, arg.slice(eq + 1));
    else if (!old) sh.vars.set(name, { value: undefined, exported: false });
  }
  return status;
};

const OPTION_LETTERS: Record<string, keyof ShellFlags> = { e: 'errexit', x: 'xtrace', f: 'noglob', u: 'nounset' };
const OPTION_NAMES: Record<string, keyof ShellFlags> = { errexit: 'errexit', xtrace: 'xtrace', noglob: 'noglob', nounset: 'nounset', pipefail: 'pipefail' };

function quoteValue(v: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]*$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}

const set: Builtin = (sh, argv, io) => {
  const args = argv.slice(1);
  if (!args.length) {
    for (const name of [...sh.vars.keys()].sort()) {
      const v = sh.vars.get(name)!.value;
      if (v !== undefined) out(io, `${name}=${quoteValue(v)}\n`);
    }
    return 0;
  }
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--' || a === '-') {
      sh.positional = args.slice(k + 1);
      return 0;
    }
    if (!/^[-+]/.test(a)) {
      sh.positional = args.slice(k);
      return 0;
    }
    const on = a[0] === '-';
    for (const letter of a.slice(1)) {
      if (letter === 'o') {
        const name = args[++k];
        if (name === undefined) return 0;
        if (!Object.hasOwn(OPTION_NAMES, name)) {
          return sh.builtinError(io, 'set', { text: sh.dialect === 'bash' ? `${name}: invalid option name` : `${sh.dialect === 'dash' ? 'Illegal' : 'illegal'} option -o ${name}`, status: sh.dialect === 'bash' ? 1 : 2 });
        }
        sh.flags[OPTION_NAMES[name]] = on;
      } else if (Object.hasOwn(OPTION_LETTERS, letter)) {
        sh.flags[OPTION_LETTERS[letter]] = on;
      } else if (!'hmBHvbCkaT'.includes(letter)) {
        if (sh.dialect !== 'bash') return sh.builtinError(io, 'set', { text: `${sh.dialect === 'dash' ? 'Illegal' : 'illegal'} option ${a[0]}${letter}`, status: 2 });
        sh.builtinError(io, 'set', { text: `${a[0]}${letter}: invalid option`, status: 2 });
        io.fds[2]?.write('set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n');
        return 2;
      }
    }
  }
  return 0;
};

/** `let expr...`: status 0 when the last value is not zero. */
const letBuiltin: Builtin = async (sh, argv, io) => {
  if (argv.length < 2) return sh.builtinError(io, 'let', { text: 'expression expected', status: 1 });
  let value = 0;
  for (const expr of argv.slice(1)) value = await sh.expander.arithmetic([{ t: 'lit', v: expr, q: true }]);
  return value !== 0 ? 0 : 1;
};

/** declare / typeset: assignments, -x exports, -p prints; arrays and other attributes are not kept. */
const declare: Builtin = (sh, argv, io) => {
  const flags = argv.slice(1).filter((a) => /^[-+][a-zA-Z]+$/.test(a)).join('');
  const names = argv.slice(1).filter((a) => !/^[-+][a-zA-Z]+$/.test(a));
  if (flags.includes('p') || !names.length) {
    let status = 0;
    for (const name of names.length ? names : [...sh.vars.keys()].sort()) {
      const v = sh.vars.get(name);
      if (!v) status = sh.builtinError(io, argv[0], { text: `${name}: not found`, status: 1 });
      else out(io, `declare -${v.exported ? 'x' : '-'} ${name}${v.value === undefined ? '' : `="${v.value.replace(/["\\$`]/g, '\\$&')}"`}\n`);
    }
    return status;
  }
  return exporter('export')(sh, ['export', ...(flags.includes('x') ? [] : ['-n']), ...names], io);
};

export const VAR_BUILTINS: Record<string, Builtin> = {
  let: letBuiltin,
  declare,
  typeset: declare,
  export: exporter('export'),
  readonly: exporter('readonly'),
  unset,
  local,
  set,
};
