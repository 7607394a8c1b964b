import type { State } from '../state.ts';

export function locality(state: State): void {
  void state;
}
