/**
 * Validating a snapshot before a lab is built from it (saved progress, a
 * reset point): anything that is not a state this engine wrote is refused
 * with a readable reason instead of breaking the lab later.
 */
import { z } from 'zod';
import { STATE_VERSION, type EngineState } from '../engine/state.ts';

const fsNode: z.ZodType = z.lazy(() =>
  z.union([
    z.object({ t: z.literal('f'), data: z.string(), mode: z.number(), mtime: z.number() }),
    z.object({ t: z.literal('d'), c: z.record(z.string(), fsNode), mode: z.number(), mtime: z.number(), o: z.literal(true).optional() }),
    z.object({ t: z.literal('l'), target: z.string(), mtime: z.number() }),
    z.object({ t: z.literal('w') }),
  ]),
);

const dirNode = z.looseObject({ t: z.literal('d'), c: z.record(z.string(), fsNode) });

const container = z.looseObject({
  Id: z.string().regex(/^[a-f0-9]{64}$/),
  Name: z.string(),
  Image: z.string(),
  Path: z.string(),
  Args: z.array(z.string()),
  State: z.looseObject({ Status: z.string(), Running: z.boolean(), ExitCode: z.number() }),
  Config: z.looseObject({ Env: z.array(z.string()), Hostname: z.string() }),
  HostConfig: z.looseObject({ NetworkMode: z.string() }),
  Mounts: z.array(z.looseObject({ Type: z.enum(['bind', 'volume', 'tmpfs']), Destination: z.string(), Source: z.string(), RW: z.boolean() })),
  Networks: z.record(z.string(), z.looseObject({ IPAddress: z.string() })),
  layer: dirNode,
  tmpfs: z.record(z.string(), dirNode),
  logs: z.array(z.object({ stream: z.enum(['stdout', 'stderr']), text: z.string(), time: z.number() })),
});

export const engineStateSchema = z.looseObject({
  version: z.literal(STATE_VERSION),
  env: z.object({ rng: z.tuple([z.number(), z.number(), z.number(), z.number()]), clock: z.number() }),
  host: dirNode,
  images: z.record(z.string(), z.looseObject({ Id: z.string(), RepoTags: z.array(z.string()), catalog: z.string() })),
  containers: z.record(z.string(), container),
  volumes: z.record(z.string(), z.looseObject({ Name: z.string(), anonymous: z.boolean() })),
  networks: z.record(z.string(), z.looseObject({ Name: z.string(), Id: z.string(), Driver: z.string() })),
  swarm: z.boolean(),
});

export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/** A deep copy of a valid snapshot's engine state; throws SnapshotError naming the first problem. */
export function parseSnapshot(input: unknown): EngineState {
  const result = engineStateSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SnapshotError(`invalid lab snapshot at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const state = structuredClone(result.data) as unknown as EngineState & { sessions?: unknown };
  delete state.sessions;
  return state;
}
