/**
 * The seeded environment: every id, MAC address and timestamp comes from here,
 * so the same seed and the same command lines replay to the same state.
 * The generator state lives in the engine state (a snapshot resumes it).
 */

export interface EnvState {
  /** sfc32 state, four unsigned 32-bit words */
  rng: [number, number, number, number];
  /** the lab clock, ms since the Unix epoch */
  clock: number;
}

/** 2026-11-22T07:00:00Z: a fixed start so ages and dates replay identically. */
export const DEFAULT_EPOCH = Date.UTC(2026, 10, 22, 7, 0, 0);

export function initialEnv(seed: number, epoch = DEFAULT_EPOCH): EnvState {
  const s = seed >>> 0;
  const env: EnvState = { rng: [0x9e3779b9, 0x243f6a88, 0xb7e15162, s ^ 0xdeadbeef], clock: epoch };
  for (let i = 0; i < 16; i++) nextUint32(env); // mix the seed in
  return env;
}

/** sfc32: small, fast, good enough, and fully determined by four words. */
export function nextUint32(env: EnvState): number {
  let [a, b, c, d] = env.rng;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  env.rng = [a >>> 0, b >>> 0, c >>> 0, d >>> 0];
  return t >>> 0;
}

export function randomHex(env: EnvState, length: number): string {
  let out = '';
  while (out.length < length) out += nextUint32(env).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** A 64-hex id like Docker's container, volume, network and endpoint ids. */
export function randomId(env: EnvState): string {
  // Docker regenerates ids that are all digits (they would parse as numbers)
  for (;;) {
    const id = randomHex(env, 64);
    if (/[a-f]/.test(id.slice(0, 12))) return id;
  }
}

/** Random integer in [0, n). */
export function randomInt(env: EnvState, n: number): number {
  return nextUint32(env) % n;
}

/** A random locally administered unicast MAC (Docker v28 bridge endpoints). */
export function randomMac(env: EnvState): string {
  const bytes = [0, 0, 0, 0, 0, 0].map(() => randomInt(env, 256));
  bytes[0] = (bytes[0] & 0xfe) | 0x02;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** RFC3339 with nanoseconds as the daemon prints Created/StartedAt. */
export function rfc3339Nano(ms: number, nanosExtra = 0): string {
  const iso = new Date(ms).toISOString(); // 2026-11-22T07:00:00.000Z
  const frac = String(ms % 1000).padStart(3, '0') + String(nanosExtra).padStart(6, '0');
  return iso.slice(0, 19) + '.' + frac + 'Z';
}

/** RFC3339 in seconds with a +00:00 offset, as volume CreatedAt prints. */
export function rfc3339Seconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}
