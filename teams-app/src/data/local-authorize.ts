// Wires shared/lists' authorizeWrite into the local list service's authorize hook. The hook is
// synchronous and sees one write; a new status post also needs the item it is about, so the
// service supplies a synchronous lookup of stored items (by list internal name and id).

import type { AuthorizeHook } from '../local-sharepoint';
import { authorizeWrite, listNameOf, statusRowTarget } from '../../../shared/lists';

export type ItemLookup = (listName: string, id: number) => Readonly<Record<string, unknown>> | undefined;

export function localAuthorizeHook(lookup: ItemLookup): AuthorizeHook {
  return (write) => {
    const list = listNameOf(write.list);
    let target: Readonly<Record<string, unknown>> | undefined;
    if (write.kind === 'item' && list === 'StatusUpdates' && write.op === 'create') {
      const ref = statusRowTarget(write.after);
      if (ref) target = lookup(ref.target.list, ref.id);
    }
    return authorizeWrite({ user: write.user, list, op: write.op, before: write.before, after: write.after, target });
  };
}
