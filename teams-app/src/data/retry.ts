// Retrying on throttling. PnPjs' own BrowserFetchWithRetry makes 3 attempts in total and retries
// every method on 429/503/504 and on network errors. We replace it because:
//  - a POST that timed out (504, network error) may already have been applied; retrying it could
//    add a second item, so only GETs are retried on those. 429 and 503 are refused before
//    processing (SharePoint's throttling), so every method may be retried on them;
//  - Retry-After may be an HTTP date, which PnPjs reads as NaN (no wait at all);
//  - bulk work (provisioning, import) runs into tenant throttling in bursts and deserves more
//    attempts than an interactive post, whose caller (a Teams card) cannot wait minutes.

import { delay } from '@pnp/core';
import { HttpRequestError, type Queryable } from '@pnp/queryable';

export interface RetryOptions {
  /** Attempts in total, the first included. */
  readonly attempts: number;
  /** Wait when the server gives no Retry-After; doubled per attempt. */
  readonly baseDelayMs: number;
  /** A Retry-After longer than this is not waited for; the error is returned instead. */
  readonly maxDelayMs: number;
  /** Called before each wait (for logs and tests). */
  readonly onRetry?: (info: { attempt: number; status: number | 'network'; waitMs: number; method: string; url: string }) => void;
}

/** Interactive posts: PnPjs' three attempts, never more than 10 s of waiting per request. */
export const INTERACTIVE_RETRY: RetryOptions = { attempts: 3, baseDelayMs: 250, maxDelayMs: 10_000 };
/** Provisioning and import: SharePoint Online asks clients to back off for tens of seconds under load. */
export const BULK_RETRY: RetryOptions = { attempts: 6, baseDelayMs: 500, maxDelayMs: 120_000 };

export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function retriable(status: number, method: string): boolean {
  if (status === 429 || status === 503) return true;
  return status === 504 && method === 'GET';
}

/** A PnPjs `send` behaviour: fetch with bounded, Retry-After-honouring retries. */
export function FetchWithRetry(options: RetryOptions) {
  return (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit): Promise<Response> => {
      const method = (init.method ?? 'GET').toUpperCase();
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          response = await fetch(url.toString(), init);
        } catch (error) {
          if ((error as Error).name === 'AbortError' || method !== 'GET' || attempt >= options.attempts) throw error;
          const waitMs = options.baseDelayMs * 2 ** (attempt - 1);
          options.onRetry?.({ attempt, status: 'network', waitMs, method, url: url.toString() });
          await delay(waitMs);
          continue;
        }
        if (response.ok || !retriable(response.status, method) || attempt >= options.attempts) return response;
        const waitMs = retryAfterMs(response.headers.get('Retry-After')) ?? options.baseDelayMs * 2 ** (attempt - 1);
        if (waitMs > options.maxDelayMs) {
          throw new HttpRequestError(
            `SharePoint asked us to wait ${Math.round(waitMs / 1000)} s (more than ${Math.round(options.maxDelayMs / 1000)} s); try again later.`,
            response,
          );
        }
        options.onRetry?.({ attempt, status: response.status, waitMs, method, url: url.toString() });
        // The body must be read or the connection stays busy until it is collected.
        await response.arrayBuffer().catch(() => undefined);
        await delay(waitMs);
      }
    });
    return instance;
  };
}
