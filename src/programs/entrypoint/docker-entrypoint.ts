/**
 * The official images' `docker-entrypoint.sh`, as far as a course needs it:
 * it runs the command it was given (`exec "$@"`), so `docker run redis pwd`
 * runs pwd. The images' first-run setup (users, initdb) is not simulated.
 */
import type { WorldProgram } from '../world.ts';

const quote = (a: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`);

export const dockerEntrypoint: WorldProgram = async (ctx) => {
  const argv = ctx.argv.slice(1);
  if (argv.length === 0) return 0;
  return ctx.run(argv.map(quote).join(' '));
};
