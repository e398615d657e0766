// The data layer the Teams tab and the chat service build on.
export { createSp, type CreateSpOptions, type SpAuth } from './sp';
export { BULK_RETRY, INTERACTIVE_RETRY, FetchWithRetry, retryAfterMs, type RetryOptions } from './retry';
export { listRef, sitePathOf } from './list-ref';
export { createRepository, ConcurrencyError, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ListQuery, type Repository } from './repository';
export {
  createRepositories,
  type ActionItem,
  type ActionItemRepository,
  type Control,
  type ControlRepository,
  type DateRange,
  type Plan,
  type PlanRepository,
  type Project,
  type ProjectRepository,
  type Repositories,
  type Risk,
  type RiskRepository,
  type StatusUpdate,
  type StatusUpdateRepository,
} from './repositories';
export { postStatus, StatusLogIncompleteError, type CurrentStatus, type PostStatusRequest, type PostStatusResult, type TargetItem } from './post-status';
export { currentNamndUser, namndUserByLogin } from './users';
export { runBatched, DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, type BatchedOp, type BulkOptions } from './bulk';
export { decodeItem, encodeValues } from './item-codec';
export { httpStatusOf, spHttpError, type SpHttpError } from './errors';
