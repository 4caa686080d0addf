/** The `docker container ...` commands and their top-level shortcuts. */
import type { Command } from '../command.ts';
import { inspectCommand as genericInspectCommand } from '../inspect.ts';
import { createCommand } from './create.ts';
import { diffCommand } from './diff.ts';
import { execCommand } from './exec.ts';
import { inspectCommand } from './inspect.ts';
import { runCommand } from './run.ts';
import { killCommand } from './kill.ts';
import { logsCommand } from './logs.ts';
import { lsCommand } from './ls.ts';
import { pauseCommand } from './pause.ts';
import { portCommand } from './port.ts';
import { pruneCommand } from './prune.ts';
import { renameCommand } from './rename.ts';
import { restartCommand } from './restart.ts';
import { rmCommand } from './rm.ts';
import { startCommand } from './start.ts';
import { statsCommand } from './stats.ts';
import { stopCommand } from './stop.ts';
import { topCommand } from './top.ts';
import { unpauseCommand } from './unpause.ts';
import { waitCommand } from './wait.ts';
import { withSettledSleepers } from './settle.ts';

export const containerCommands: Command[] = [
  runCommand,
  createCommand,
  execCommand,
  lsCommand,
  startCommand,
  stopCommand,
  restartCommand,
  killCommand,
  rmCommand,
  renameCommand,
  logsCommand,
  portCommand,
  topCommand,
  diffCommand,
  waitCommand,
  pauseCommand,
  unpauseCommand,
  pruneCommand,
  statsCommand,
  inspectCommand,
  // `docker inspect` (any object type) lives in src/cli/inspect.ts
  genericInspectCommand,
].map(withSettledSleepers);
