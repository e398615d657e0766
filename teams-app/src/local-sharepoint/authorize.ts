import type { Call, WriteRequest } from './api-types';
import { SpError, codes } from './sp-error';
import type { ListInfo } from './store';

export function listSummary(list: ListInfo): WriteRequest['list'] {
  return { id: list.id, title: list.title, url: `Lists/${list.urlName}` };
}

/** Runs the authorize hook; a refusal throws a 403 that rolls back the enclosing transaction. */
export function authorizeWrite(call: Call, write: Omit<WriteRequest, 'user'>): void {
  const hook = call.ctx.authorize;
  if (!hook) return;
  let result;
  try {
    result = hook({ ...write, user: call.req.user });
  } catch (e) {
    throw new SpError(500, codes.internal, `The authorization policy failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (result.ok) return;
  throw new SpError(403, codes.accessDenied, result.reason.en, {}, result.reason);
}
