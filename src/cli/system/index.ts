import type { Command } from '../command.ts';

export const systemCommands: Command[] = [];
