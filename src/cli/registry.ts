/** Every docker command the simulated CLI knows, gathered from one index per resource. */
import type { Command, CommandGroup } from './command.ts';
import { containerCommands } from './container/index.ts';
import { imageCommands } from './image/index.ts';
import { volumeCommands } from './volume/index.ts';
import { networkCommands } from './network/index.ts';
import { systemCommands } from './system/index.ts';
import { composeCommands } from './compose/index.ts';

export const COMMANDS: Command[] = [...containerCommands, ...imageCommands, ...volumeCommands, ...networkCommands, ...systemCommands, ...composeCommands];

// docker/cli declares `Use: "volume COMMAND"` for volumes but `Use: "network"` etc. for the others
const group = (name: string, short: string): CommandGroup => ({
  path: `docker ${name}`,
  useLine: name === 'volume' ? 'docker volume COMMAND' : `docker ${name}`,
  short,
  commands: COMMANDS.filter((c) => c.path.startsWith(`docker ${name} `)),
});

export const GROUPS: CommandGroup[] = [
  group('container', 'Manage containers'),
  group('image', 'Manage images'),
  group('volume', 'Manage volumes'),
  group('network', 'Manage networks'),
  group('system', 'Manage Docker'),
];
