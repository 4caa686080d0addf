/** `docker compose --help`: the plugin's command list and cobra's usage layout. */
import { flagUsages } from '../command.ts';
import { GLOBAL_FLAGS } from './common.ts';

/** The plugin's command list as `docker compose --help` shows it (v2.36). */
export const HELP_COMMANDS: [string, string][] = [
  ['attach', "Attach local standard input, output, and error streams to a service's running container"],
  ['bridge', 'Convert compose files into another model'],
  ['build', 'Build or rebuild services'],
  ['commit', "Create a new image from a service container's changes"],
  ['config', 'Parse, resolve and render compose file in canonical format'],
  ['cp', 'Copy files/folders between a service container and the local filesystem'],
  ['create', 'Creates containers for a service'],
  ['down', 'Stop and remove containers, networks'],
  ['events', 'Receive real time events from containers'],
  ['exec', 'Execute a command in a running container'],
  ['export', "Export a service container's filesystem as a tar archive"],
  ['images', 'List images used by the created containers'],
  ['kill', 'Force stop service containers'],
  ['logs', 'View output from containers'],
  ['ls', 'List running compose projects'],
  ['pause', 'Pause services'],
  ['port', 'Print the public port for a port binding'],
  ['ps', 'List containers'],
  ['publish', 'Publish compose application'],
  ['pull', 'Pull service images'],
  ['push', 'Push service images'],
  ['restart', 'Restart service containers'],
  ['rm', 'Removes stopped service containers'],
  ['run', 'Run a one-off command on a service'],
  ['scale', 'Scale services'],
  ['start', 'Start services'],
  ['stats', 'Display a live stream of container(s) resource usage statistics'],
  ['stop', 'Stop services'],
  ['top', 'Display the running processes'],
  ['unpause', 'Unpause services'],
  ['up', 'Create and start containers'],
  ['version', 'Show the Docker Compose version information'],
  ['volumes', 'List volumes'],
  ['wait', 'Block until containers of all (or specified) services stop.'],
  ['watch', 'Watch build context for service and rebuild/refresh containers when files are updated'],
];

/** What follows the usage line in `docker compose --help` (cobra's template of the plugin). */
export function composeHelpBody(cols = 120): string {
  const lines = HELP_COMMANDS.map(([n, short]) => `  ${n.padEnd(11)} ${short}`);
  return (
    'Define and run multi-container applications with Docker\n\n' +
    `Options:\n${flagUsages(GLOBAL_FLAGS, cols)}\n\nCommands:\n${lines.join('\n')}\n\n` +
    "Run 'docker compose COMMAND --help' for more information on a command."
  );
}

export function composeHelp(cols?: number): string {
  return `Usage:  docker compose [OPTIONS] COMMAND\n\n${composeHelpBody(cols)}\n`;
}
