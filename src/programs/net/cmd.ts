/**
 * One run of a networking program: the shared Cmd of the other programs
 * (output, option parsing, GNU quoting) with the busybox usage texts of the
 * networking applets.
 */
import type { Program, ProgramContext } from '../../shell/types.ts';
import { Interrupted } from '../../shell/types.ts';
import { Cmd, type Flavour } from '../util/common.ts';
import { type NetPlace, placeOf } from './common.ts';
import { BUSYBOX_BANNER, NET_USAGE } from './usage.ts';

export type { Flavour };

export class NetCmd extends Cmd {
  override usage(): void {
    const text = NET_USAGE[this.applet];
    this.err(`${BUSYBOX_BANNER}\n\n${text ?? `Usage: ${this.applet}\n`}`);
  }

  /** Waits on the lab clock; false when Ctrl+C stopped the wait. */
  async wait(ms: number): Promise<boolean> {
    if (ms <= 0) return !this.ctx.signal.aborted;
    try {
      await this.ctx.sleep(ms);
      return true;
    } catch (e) {
      if (e instanceof Interrupted) return false;
      throw e;
    }
  }
}

/** Wraps a networking program body for one flavour; without a lab around it the program says so. */
export function netProgram(applet: string, flavour: Flavour, body: (cmd: NetCmd, place: NetPlace) => Promise<number>): Program {
  return async (ctx: ProgramContext) => {
    const cmd = new NetCmd(ctx, flavour, applet);
    const place = placeOf(ctx);
    if (!place) {
      cmd.warn('network unavailable');
      return 1;
    }
    return body(cmd, place);
  };
}
