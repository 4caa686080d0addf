/**
 * The one door to the simulated Docker host: the site, the grader and the
 * tests create labs here and use only the Lab interface.
 */
import { initialState } from '../engine/engine.ts';
import { pullImage } from '../engine/images/store.ts';
import { SimLab } from './lab.ts';
import { parseSnapshot } from './snapshot.ts';
import type { Lab, LabOptions } from './types.ts';

export type { ExecOptions, ExecResult, Lab, LabOptions, LabSnapshot } from './types.ts';

export interface CreateLabOptions extends LabOptions {
  /** images already pulled when the lab starts ("nginx", "ubuntu:14.04") */
  images?: string[];
}

export function createLab(options: CreateLabOptions = {}): Lab {
  const state = options.snapshot !== undefined ? parseSnapshot(options.snapshot) : initialState(options.seed ?? 1);
  const lab = new SimLab(state, options.clock ?? 'virtual');
  if (options.snapshot === undefined) for (const image of options.images ?? []) pullImage(lab.engine.state, image);
  return lab;
}
