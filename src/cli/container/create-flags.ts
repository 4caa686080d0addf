/**
 * docker create's flags: docker run's without the ones about running
 * (--detach, --detach-keys, --sig-proxy), and --pull's own usage text,
 * as the 28.2.2 client's `docker create --help` prints them (its "|missing" is docker's typo).
 */
import type { FlagSpec } from '../flags.ts';
import { RUN_FLAGS } from './run-flags.ts';

const RUN_ONLY = new Set(['detach', 'detach-keys', 'sig-proxy']);

export const CREATE_FLAGS: FlagSpec[] = RUN_FLAGS.filter((f) => !RUN_ONLY.has(f.name)).map((f) =>
  f.name === 'pull' ? { ...f, usage: 'Pull image before creating ("always", "|missing", "never") (default "missing")' } : f,
);
