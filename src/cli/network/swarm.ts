/**
 * `docker swarm init` and `docker swarm leave` as far as networking needs
 * them (docker/cli cli/command/swarm/init.go, leave.go): the node becomes a
 * manager, overlay networks can be created, `leave --force` undoes it.
 */
import { swarmInit, swarmLeave } from '../../engine/network/swarm.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';

export const swarmInitCommand: Command = {
  path: 'docker swarm init',
  usage: '[OPTIONS]',
  short: 'Initialize a swarm',
  args: { kind: 'none' },
  flags: [
    { name: 'advertise-addr', type: 'string', usage: 'Advertised address (format: "<ip|interface>[:port]")' },
    { name: 'listen-addr', type: 'string', typeName: 'node-addr', usage: 'Listen address (format: "<ip|interface>[:port]")', default: '0.0.0.0:2377' },
    { name: 'force-new-cluster', type: 'bool', usage: 'Force create a new cluster from current state' },
    { name: 'autolock', type: 'bool', usage: 'Enable manager autolocking (requiring an unlock key to start a stopped manager)' },
    { name: 'availability', type: 'string', usage: 'Availability of the node ("active", "pause", "drain")', default: 'active' },
  ],
  async run(ctx) {
    try {
      const r = swarmInit(ctx.engine.state);
      ctx.stdout.write(
        `Swarm initialized: current node (${r.nodeId}) is now a manager.\n\n` +
          `To add a worker to this swarm, run the following command:\n\n    docker swarm join --token ${r.workerToken} ${r.addr}\n\n` +
          "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n",
      );
      return 0;
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
  },
};

export const swarmLeaveCommand: Command = {
  path: 'docker swarm leave',
  usage: '[OPTIONS]',
  short: 'Leave the swarm',
  args: { kind: 'none' },
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Force this node to leave the swarm, ignoring warnings' }],
  async run(ctx, p) {
    try {
      swarmLeave(ctx.engine.state, flag.bool(p, 'force'));
      ctx.stdout.write('Node left the swarm.\n');
      return 0;
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
  },
};
