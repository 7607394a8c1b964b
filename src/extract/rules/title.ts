import type { State } from '../state.ts';

export function title(state: State): void {
  void state;
}
