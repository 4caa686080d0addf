/**
 * The programs per flavour, for the lab to install per image:
 * `coreutils` on the Docker host and in ubuntu/debian containers (GNU
 * coreutils, grep, findutils, procps), `busyboxApplets` in busybox, alpine
 * and the stand-in images. Keys are command names as typed.
 */
import type { Program } from '../../shell/types.ts';
import type { Flavour, ProgramFactory } from './common.ts';
import { busyboxBinary } from './busybox.ts';
import { date } from './date.ts';
import { env, printenv } from './env.ts';
import { hostname, id, uname, whoami } from './ident.ts';
import { basename, dirname } from './names.ts';
import { clear, falseProgram, trueProgram, which, yes } from './simple.ts';
import { sleep } from './sleep.ts';
import { xargs } from './xargs.ts';
import { cat } from '../files/cat.ts';
import { cp } from '../files/cp.ts';
import { du } from '../files/du.ts';
import { find } from '../files/find.ts';
import { stat } from '../files/stat.ts';
import { ln } from '../files/ln.ts';
import { ls } from '../files/ls.ts';
import { mv } from '../files/mv.ts';
import { mkdir, rmdir } from '../files/mkdir.ts';
import { rm } from '../files/rm.ts';
import { touch } from '../files/touch.ts';
import { grep } from '../text/grep.ts';
import { head, tail } from '../text/head-tail.ts';
import { sort } from '../text/sort.ts';
import { cut } from '../text/cut.ts';
import { seq } from '../text/seq.ts';
import { tee } from '../text/tee.ts';
import { tr } from '../text/tr.ts';
import { uniq } from '../text/uniq.ts';
import { wc } from '../text/wc.ts';

const FACTORIES: Record<string, ProgramFactory> = {
  basename,
  cat,
  clear,
  cp,
  cut,
  date,
  dirname,
  du,
  env,
  false: falseProgram,
  find,
  grep,
  head,
  hostname,
  id,
  ln,
  ls,
  mkdir,
  mv,
  printenv,
  rm,
  rmdir,
  seq,
  sleep,
  sort,
  stat,
  tail,
  tee,
  touch,
  tr,
  true: trueProgram,
  uname,
  uniq,
  wc,
  which,
  whoami,
  xargs,
  yes,
};

function build(flavour: Flavour): Record<string, Program> {
  const out: Record<string, Program> = {};
  for (const [name, factory] of Object.entries(FACTORIES)) out[name] = factory(flavour);
  return out;
}

/** GNU coreutils & co.: the host, ubuntu, debian. */
export const coreutils: Record<string, Program> = build('gnu');

/** busybox applets: busybox, alpine and the stand-ins; `busybox` itself runs any of them. */
export const busyboxApplets: Record<string, Program> = build('busybox');
busyboxApplets.busybox = busyboxBinary(busyboxApplets);

/** The names both registries hold (busyboxApplets also has `busybox`). */
export const PROGRAM_NAMES: readonly string[] = Object.keys(FACTORIES);
