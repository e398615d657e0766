// The nämnd's write policy (shared/lists/authorization.ts) adapted to the service's generic
// authorize hook: items go through `authorizeWrite`, with the target item of a new status post
// loaded for it; list and column changes are for the nämnd's administrators only.

import { authorizeWrite, isManager, statusRowTarget } from '../../../shared/lists';
import type { AuthorizeHook, AuthorizeResult } from './api-types';

const SCHEMA_DENIED: AuthorizeResult = {
  ok: false,
  reason: {
    sv: 'Bara nämndens administratörer får ändra listornas uppbyggnad.',
    en: "Only the nämnd's administrators may change how the lists are set up.",
  },
};

export const namndPolicy: AuthorizeHook = (write) => {
  if (write.kind !== 'item') return isManager(write.user) ? { ok: true } : SCHEMA_DENIED;
  const isStatusPost = write.list.url.split('/').pop() === 'StatusUpdates' && write.op === 'create';
  const ref = isStatusPost ? statusRowTarget(write.after) : undefined;
  const target = ref ? write.readItem(ref.target.list, ref.id) : null;
  return authorizeWrite({ user: write.user, list: write.list, op: write.op, before: write.before, after: write.after, target });
};
