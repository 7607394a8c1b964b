import type { State } from '../state.ts';

export function chair(state: State): void {
  void state;
}
