import type { Call, WriteRequest } from './api-types';
import { ItemRenderer } from './item-render';
import { Renderer } from './render';
import { SpError, codes } from './sp-error';
import type { ListInfo } from './store';

export function listSummary(list: ListInfo): WriteRequest['list'] {
  return { id: list.id, title: list.title, url: `Lists/${list.urlName}` };
}

/** Runs the authorize hook; a refusal throws a 403 that rolls back the enclosing transaction. */
/** An item in the no-metadata shape the hook sees everywhere. */
export function plainItem(call: Call, list: ListInfo, id: number, version: number, data: Record<string, unknown>): Record<string, unknown> {
  return new ItemRenderer(call.ctx.store, list, new Renderer(call.ctx.site, 'nometadata'), {}).render(id, version, data);
}

export function authorizeWrite(call: Call, write: Omit<WriteRequest, 'user' | 'readItem'>): void {
  const hook = call.ctx.authorize;
  if (!hook) return;
  const store = call.ctx.store;
  const readItem = (list: string, id: number): Record<string, unknown> | null => {
    const l = store.listByUrlName(list) ?? store.listByTitle(list);
    const item = l && Number.isSafeInteger(id) ? store.getItem(l.key, id) : undefined;
    return l && item ? plainItem(call, l, item.id, item.version, item.data) : null;
  };
  let result;
  try {
    result = hook({ ...write, user: call.req.user, readItem });
  } catch (e) {
    throw new SpError(500, codes.internal, `The authorization policy failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (result.ok) return;
  throw new SpError(403, codes.accessDenied, result.reason.en, {}, result.reason);
}
