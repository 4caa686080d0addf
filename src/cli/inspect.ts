/**
 * `docker inspect`: any object by name or id. Each argument is looked up as
 * a container, then an image, a network and a volume (docker/cli
 * cli/command/system/inspect.go inspectAll); the first that exists is
 * printed. Not found anywhere: `Error: No such object: x` (docker/cli 28).
 * With --type only that kind is tried and the daemon's own error is shown.
 */
import { findContainer } from '../engine/containers/lookup.ts';
import type { Engine } from '../engine/engine.ts';
import { DockerError, notFound } from '../engine/errors.ts';
import { findImage } from '../engine/images/store.ts';
import { parseReference } from '../engine/images/reference.ts';
import { findNetwork } from '../engine/network/networks.ts';
import { networkJson } from './network/inspect-json.ts';
import type { Command } from './command.ts';
import { containerJson } from './container/inspect-json.ts';
import { INSPECT_FORMAT_HELP } from './container/help-texts.ts';
import { flag } from './flags.ts';
import { imageJson } from './image/inspect-json.ts';
import { type InspectElement, runInspect } from './system/inspector.ts';
import { volumeJson } from './volume/inspect-json.ts';

const ALL_TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];
const typeList = `"${ALL_TYPES.join('", "')}"`;

interface ObjectKind {
  type: string;
  /** --size applies to it */
  sized?: boolean;
  /** the element, or undefined when there is no such object (a DockerError for other failures) */
  find(engine: Engine, ref: string, size: boolean): InspectElement | undefined;
  /** the daemon's not-found error, shown with --type */
  missing(ref: string): DockerError;
}

const SWARM_ONLY = (ref: string) => {
  void ref;
  return new DockerError(
    'unavailable',
    'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
  );
};

/** In docker's order of precedence. */
const KINDS: ObjectKind[] = [
  {
    type: 'container',
    sized: true,
    find: (engine, ref, size) => {
      const c = findContainer(engine.state, ref);
      return c && { typed: containerJson(engine, c, { size }), raw: true };
    },
    missing: (ref) => notFound(`No such container: ${ref}`),
  },
  {
    type: 'image',
    find: (engine, ref) => {
      const image = findImage(engine.state, ref);
      return image && { typed: imageJson(engine, image), raw: true };
    },
    missing: (ref) => {
      const parsed = parseReference(ref);
      return notFound(`No such image: ${'error' in parsed || /^[a-f0-9]{4,64}$/.test(ref) ? ref : parsed.familiar}`);
    },
  },
  {
    type: 'network',
    find: (engine, ref) => {
      const network = findNetwork(engine.state, ref);
      return network && { typed: networkJson(engine, network), raw: true };
    },
    missing: (ref) => notFound(`network ${ref} not found`),
  },
  {
    type: 'volume',
    find: (engine, ref) => {
      const volume = engine.state.volumes[ref];
      return volume && { typed: volumeJson(engine, volume), raw: true };
    },
    missing: (ref) => notFound(`get ${ref}: no such volume`),
  },
  { type: 'service', find: () => undefined, missing: SWARM_ONLY },
  { type: 'task', find: () => undefined, missing: SWARM_ONLY },
  { type: 'node', find: () => undefined, missing: SWARM_ONLY },
  { type: 'plugin', find: () => undefined, missing: (ref) => notFound(`plugin "${ref}" not found`) },
  { type: 'secret', find: () => undefined, missing: SWARM_ONLY },
  { type: 'config', find: () => undefined, missing: SWARM_ONLY },
];

/** Errors that make docker try the next kind of object (isErrSkippable). */
function skippable(e: unknown): boolean {
  return e instanceof DockerError && (e.kind === 'notFound' || e.message.includes('invalid reference format'));
}

export const inspectCommand: Command = {
  path: 'docker inspect',
  usage: '[OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
    { name: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
  ],
  run: async (ctx, p, args) => {
    const type = flag.str(p, 'type');
    if (p.changed.has('type') && type === '') {
      ctx.stderr.write(`type is empty: must be one of ${typeList}\n`);
      return 1;
    }
    if (type !== '' && !ALL_TYPES.includes(type)) {
      ctx.stderr.write(`unknown type: "${type}": must be one of ${typeList}\n`);
      return 1;
    }
    const size = flag.bool(p, 'size');
    // "No such object" is the client's own error, printed without the daemon prefix
    const stderr = { write: (s: string) => ctx.stderr.write(s.replaceAll(`Error response from daemon: ${CLIENT_ERROR}`, 'Error: ')) };
    return runInspect({ ...ctx, stderr }, args, flag.str(p, 'format'), (ref) => {
      for (const kind of KINDS) {
        if (type !== '' && kind.type !== type) continue;
        let found: InspectElement | undefined;
        try {
          found = kind.find(ctx.engine, ref, size);
        } catch (e) {
          if (type === '' && skippable(e)) continue;
          throw e;
        }
        if (!found) {
          if (type !== '') throw kind.missing(ref);
          continue;
        }
        if (size && !kind.sized) ctx.stderr.write(`WARNING: --size ignored for ${kind.type}\n`);
        return found;
      }
      throw new InspectNotFound(ref);
    });
  },
};

/** Marks the client's own error in the inspector's daemon-error output (see the stderr wrapper above). */
const CLIENT_ERROR = '\u0000client:';

/** Not found as any kind of object: `Error: No such object: x`. */
class InspectNotFound extends DockerError {
  constructor(ref: string) {
    super('notFound', `${CLIENT_ERROR}No such object: ${ref}`);
  }
}
