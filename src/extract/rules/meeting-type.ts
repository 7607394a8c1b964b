import type { State } from '../state.ts';

export function meetingType(state: State): void {
  void state;
}
