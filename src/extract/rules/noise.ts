import type { State } from '../state.ts';

export function noise(state: State): void {
  void state;
}
