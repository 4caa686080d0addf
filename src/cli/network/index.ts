/** `docker network ...`: connect, create, disconnect, inspect, ls, prune, rm; and `docker swarm init|leave`. */
import type { Command } from '../command.ts';
import { networkConnectCommand } from './connect.ts';
import { networkCreateCommand } from './create.ts';
import { networkDisconnectCommand } from './disconnect.ts';
import { networkInspectCommand } from './inspect.ts';
import { networkLsCommand } from './ls.ts';
import { networkPruneCommand } from './prune.ts';
import { networkRmCommand } from './rm.ts';
import { swarmInitCommand, swarmLeaveCommand } from './swarm.ts';

export const networkCommands: Command[] = [
  networkConnectCommand,
  networkCreateCommand,
  networkDisconnectCommand,
  networkInspectCommand,
  networkLsCommand,
  networkPruneCommand,
  networkRmCommand,
  swarmInitCommand,
  swarmLeaveCommand,
];
