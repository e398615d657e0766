import { useSyncExternalStore } from 'react';
import type { SessionState, ValidationSession } from './session/validation-session';

export function useSessionState(session: ValidationSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
