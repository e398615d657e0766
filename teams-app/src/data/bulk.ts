// Our own bulk writes (provisioning, import): grouped into $batch requests and run with bounded
// concurrency, so a large import is a handful of requests in flight rather than hundreds — which is
// also what keeps SharePoint Online from throttling us.

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';

export interface BulkOptions {
  /** Requests per $batch (PnPjs sends them in chunks of 20 inside one execute). */
  readonly batchSize?: number;
  /** $batch requests in flight at once. */
  readonly concurrency?: number;
}

export const DEFAULT_BATCH_SIZE = 100;
export const DEFAULT_CONCURRENCY = 2;

/** An operation issued on the batched instance it is given; it must not await before issuing its request. */
export type BatchedOp<T> = (batched: SPFI) => Promise<T>;

export async function runBatched<T>(sp: SPFI, ops: readonly BatchedOp<T>[], options: BulkOptions = {}): Promise<PromiseSettledResult<T>[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const chunks: { start: number; ops: readonly BatchedOp<T>[] }[] = [];
  for (let i = 0; i < ops.length; i += batchSize) chunks.push({ start: i, ops: ops.slice(i, i + batchSize) });

  const results: PromiseSettledResult<T>[] = new Array(ops.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      const settled = await runChunk(sp, chunk.ops);
      settled.forEach((r, i) => (results[chunk.start + i] = r));
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
  return results;
}

async function runChunk<T>(sp: SPFI, ops: readonly BatchedOp<T>[]): Promise<PromiseSettledResult<T>[]> {
  const [batched, execute] = sp.batched();
  const pending = ops.map((op) => op(batched));
  // Settled below; this only keeps a part that fails before execute from being reported as unhandled.
  for (const p of pending) p.catch(() => undefined);
  try {
    await execute();
  } catch (reason) {
    // The $batch request itself failed (after retries): none of its parts were answered.
    return ops.map(() => ({ status: 'rejected', reason }) as const);
  }
  return Promise.allSettled(pending);
}
