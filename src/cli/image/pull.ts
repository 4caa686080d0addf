/**
 * `docker image pull` / `docker pull` (docker/cli cli/command/image/pull.go):
 * the reference is checked by the client ("invalid reference format" with
 * no daemon prefix), "Using default tag: latest" when no tag was given, the
 * daemon's progress (engine/images/pull-progress.ts) shown as jsonmessage
 * does (animated on a terminal, plain lines otherwise), then the full
 * reference. -q leaves only the reference.
 */
import { isDockerError } from '../../engine/errors.ts';
import { type PullEvent, pullProgress } from '../../engine/images/pull-progress.ts';
import { type ImageReference, parseReference } from '../../engine/images/reference.ts';
import { catalogOf, pullImage } from '../../engine/images/store.ts';
import { CATALOG } from '../../engine/images/catalog.ts';
import type { CliContext, Command } from '../command.ts';
import { daemonMessage } from '../errors.ts';
import { flag } from '../flags.ts';
import { JsonMessageDisplay } from './jsonmessage.ts';

/** A name without tag or digest (reference.IsNameOnly). */
function nameOnly(input: string): boolean {
  if (input.includes('@')) return false;
  return input.lastIndexOf(':') <= input.lastIndexOf('/');
}

/** Layer blobs the store already has, apart from `exceptId`'s own. */
export function storedLayers(ctx: CliContext, exceptId: string | null): string[] {
  const out: string[] = [];
  for (const image of Object.values(ctx.engine.state.images)) {
    if (image.Id === exceptId) continue;
    for (const l of catalogOf(image).layers) out.push(l.digest);
  }
  return out;
}

interface PullOutcome {
  events: PullEvent[];
}

/** Pulls one tag into the store and returns what docker prints for it. */
function pullOne(ctx: CliContext, input: string, quiet: boolean): PullOutcome {
  const ref = parseReference(input) as ImageReference;
  const before = Object.values(ctx.engine.state.images).find((i) => i.RepoTags.includes(ref.familiar));
  const { image, fresh, catalog } = pullImage(ctx.engine.state, input);
  const upToDate = !fresh && before?.Id === image.Id;
  const existingLayers = fresh ? storedLayers(ctx, image.Id) : storedLayers(ctx, null);
  const events = pullProgress(catalog, {
    situation: 'pull',
    requested: input,
    tty: ctx.isTTY,
    columns: ctx.columns,
    quiet,
    upToDate,
    existingLayers,
  });
  return { events };
}

/** Shows pull events as docker's jsonmessage does, paced on the lab clock when on a terminal. */
export async function show(ctx: CliContext, events: PullEvent[]): Promise<void> {
  const display = new JsonMessageDisplay({ stdout: ctx.stdout, stderr: ctx.stderr }, ctx.isTTY);
  for (const e of events) {
    if (ctx.isTTY && e.delayMs > 0) await ctx.sleep(e.delayMs);
    display.show(e);
  }
}

/** -a: every tag the registry has for the repository, one pull after the other. */
async function pullAllTags(ctx: CliContext, ref: ImageReference, quiet: boolean): Promise<number> {
  const tags = CATALOG.filter((c) => c.repository === ref.repository).map((c) => c.tag);
  if (tags.length === 0) {
    // the registry is asked for the tag list first
    try {
      pullImage(ctx.engine.state, `${ref.repository}:latest`);
    } catch (e) {
      if (!isDockerError(e)) throw e;
      ctx.stderr.write(daemonMessage(e) + '\n');
      return 1;
    }
  }
  let downloaded = false;
  const events: PullEvent[] = [];
  for (const tag of tags) {
    const one = pullOne(ctx, `${ref.repository}:${tag}`, quiet);
    for (const e of one.events) {
      if (e.text.startsWith('Status: ')) {
        downloaded ||= e.text.startsWith('Status: Downloaded');
        continue;
      }
      if (e.text.startsWith('docker.io/')) continue; // the CLI prints the reference once, at the end
      events.push(e);
    }
  }
  const name = `docker.io/${ref.repository.includes('/') ? ref.repository : `library/${ref.repository}`}`;
  if (!quiet) {
    const status = downloaded ? `Downloaded newer image for ${ref.repository}` : `Image is up to date for ${ref.repository}`;
    events.push({ stream: 'stdout', text: `Status: ${status}`, delayMs: 1 });
  }
  events.push({ stream: 'stdout', text: name, delayMs: 1 });
  await show(ctx, events);
  return 0;
}

export const imagePullCommand: Command = {
  path: 'docker image pull',
  aliases: ['docker pull'],
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
    { name: 'disable-content-trust', type: 'bool', default: true, usage: 'Skip image verification' },
    { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  ],
  async run(ctx, p, args) {
    const input = args[0];
    const quiet = flag.bool(p, 'quiet');
    const ref = parseReference(input);
    if ('error' in ref) {
      ctx.stderr.write(ref.error + '\n');
      return 1;
    }
    const all = flag.bool(p, 'all-tags');
    if (all && !nameOnly(input)) {
      ctx.stderr.write("tag can't be used with --all-tags/-a\n");
      return 1;
    }
    if (all) return pullAllTags(ctx, ref, quiet);
    let outcome: PullOutcome;
    try {
      outcome = pullOne(ctx, input, quiet);
    } catch (e) {
      if (!isDockerError(e)) throw e;
      if (!quiet && nameOnly(input)) ctx.stdout.write('Using default tag: latest\n');
      ctx.stderr.write(daemonMessage(e) + '\n');
      return 1;
    }
    await show(ctx, outcome.events);
    return 0;
  },
};
