import type { State } from '../state.ts';

export function dates(state: State): void {
  void state;
}
