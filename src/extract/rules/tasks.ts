import type { State } from '../state.ts';

export function tasks(state: State): void {
  void state;
}
