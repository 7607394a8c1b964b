// The algorithm, in order: each rule reads the state and adds fields with their evidence.
// Reading this table is reading the extractor; a rule can be switched off by name.
import type { Rule } from './state.ts';
import { unwrap } from './rules/unwrap.ts';
import { noise } from './rules/noise.ts';
import { title } from './rules/title.ts';
import { dates } from './rules/dates.ts';
import { locality } from './rules/locality.ts';
import { chair } from './rules/chair.ts';
import { meetingType } from './rules/meeting-type.ts';
import { tasks } from './rules/tasks.ts';

export const RULES: readonly (readonly [name: string, rule: Rule])[] = [
  ['unwrap', unwrap],
  ['noise', noise],
  ['title', title],
  ['dates', dates],
  ['locality', locality],
  ['chair', chair],
  ['meeting-type', meetingType],
  ['tasks', tasks],
];

/** Bumped whenever a rule changes what it extracts: cached records of another version are redone. */
export const EXTRACTOR_VERSION = '118';
