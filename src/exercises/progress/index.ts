/**
 * The learner's progress through the course: one versioned record.
 *
 *   schema.ts   progressSchema, Progress, emptyProgress      the record
 *   reducer.ts  reduce(record, action), selectors              pure changes
 *   migrate.ts  parseProgress / parseProgressText, MIGRATIONS  old -> current, or refused
 *   storage.ts  ProgressStore (localStorage or memory): dispatch, subscribe, exportText, importText
 *   legacy.ts   absorbLegacy / removeLegacy                    the site's first storage keys
 */
export * from './schema.ts';
export * from './reducer.ts';
export * from './migrate.ts';
export * from './storage.ts';
export * from './legacy.ts';
