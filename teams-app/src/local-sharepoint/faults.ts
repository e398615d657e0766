// Fault injection: throttling (429/503 with Retry-After, as SharePoint Online answers under load)
// and added latency, switchable at start and at run time.

import { SpError, codes } from './sp-error';

export interface Faults {
  /** Share of requests (0–1) answered with `status` instead of being served. */
  readonly rate?: number;
  /** Exactly the next N requests are answered with `status` (deterministic, for tests). */
  readonly next?: number;
  readonly status?: 429 | 503;
  readonly retryAfterSeconds?: number;
  /** Added to every request before it is served. */
  readonly latencyMs?: number;
}

export function checkFaults(f: unknown): Faults {
  if (typeof f !== 'object' || f === null || Array.isArray(f)) throw new Error('Faults must be an object');
  const o = f as Record<string, unknown>;
  const allowed = new Set(['rate', 'next', 'status', 'retryAfterSeconds', 'latencyMs']);
  for (const k of Object.keys(o)) if (!allowed.has(k)) throw new Error(`Unknown fault switch '${k}' (known: ${[...allowed].join(', ')})`);
  const num = (k: string, min: number, max: number, integer: boolean): void => {
    const v = o[k];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      throw new Error(`Fault switch '${k}' must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
    }
  };
  num('rate', 0, 1, false);
  num('next', 0, 1_000_000, true);
  num('retryAfterSeconds', 0, 3600, true);
  num('latencyMs', 0, 60_000, true);
  if (o.status !== undefined && o.status !== 429 && o.status !== 503) throw new Error("Fault switch 'status' must be 429 or 503");
  return o as Faults;
}

export class FaultSwitch {
  private state: Faults;

  constructor(
    initial: Faults = {},
    private readonly random: () => number = Math.random,
  ) {
    this.state = checkFaults(initial);
  }

  get(): Faults {
    return { ...this.state };
  }

  /** Merges: switches not mentioned keep their value. */
  set(patch: Faults): Faults {
    this.state = { ...this.state, ...checkFaults(patch) };
    return this.get();
  }

  reset(): void {
    this.state = {};
  }

  latency(): number {
    return this.state.latencyMs ?? 0;
  }

  /** The throttle error to answer with, if this request is one to fail. */
  throttle(): SpError | undefined {
    const s = this.state;
    let hit = false;
    if ((s.next ?? 0) > 0) {
      this.state = { ...s, next: s.next! - 1 };
      hit = true;
    } else if ((s.rate ?? 0) > 0 && this.random() < s.rate!) {
      hit = true;
    }
    if (!hit) return undefined;
    const status = s.status ?? 429;
    const retryAfter = String(s.retryAfterSeconds ?? 1);
    return status === 429
      ? new SpError(429, codes.serverBusy, 'The request has been throttled: too many requests. Retry after the time in the Retry-After header.', {
          'retry-after': retryAfter,
        })
      : new SpError(503, codes.serverBusy, 'The server is busy. Retry after the time in the Retry-After header.', { 'retry-after': retryAfter });
  }
}
