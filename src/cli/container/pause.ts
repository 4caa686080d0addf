/**
 * `docker container pause`: freezes the processes (the cgroup freezer); the
 * container stays running, its status "Up 5 minutes (Paused)"
 * (docker/cli cli/command/container/pause.go, moby daemon/pause.go).
 */
import { getContainer } from '../../engine/containers/lookup.ts';
import { conflict } from '../../engine/errors.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Command } from '../command.ts';
import { eachContainer } from './common.ts';

export function pauseContainer(c: ContainerRecord): void {
  if (!c.State.Running) throw conflict(`container ${c.Id} is not running`);
  if (c.State.Paused) throw conflict(`container ${c.Id} is already paused`);
  c.State = { ...c.State, Status: 'paused', Paused: true };
}

export function unpauseContainer(c: ContainerRecord): void {
  if (!c.State.Paused) throw conflict(`container ${c.Id} is not paused`);
  c.State = { ...c.State, Status: 'running', Paused: false };
}

export const pauseCommand: Command = {
  path: 'docker container pause',
  aliases: ['docker pause'],
  usage: 'CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [],
  run: (ctx, _p, args) =>
    eachContainer(ctx, args, (arg) => {
      pauseContainer(getContainer(ctx.engine.state, arg));
      return arg;
    }),
};
