// The soak, short: a few seconds, a few SIGKILLs (`npm run soak` runs the full one).
import { ensureBundle } from './service-process';
import { runSoak } from './soak';

test('writers through the data layer lose, duplicate and corrupt nothing across SIGKILLs and 429/503s', async () => {
  ensureBundle();
  const r = await runSoak({ writers: 12, kills: 3, faultRate: 0.3, durationMs: 6000 });
  expect(r.problems).toEqual([]);
  expect(r.kills).toBe(3);
  expect(r.acknowledged).toBeGreaterThan(12);
  expect(r.stored).toBe(r.acknowledged);
  expect({ lost: r.lost, duplicated: r.duplicated, corrupted: r.corrupted }).toEqual({ lost: 0, duplicated: 0, corrupted: 0 });
  // The faults and kills really happened: posts were sent again and throttled requests retried.
  expect(r.resent).toBeGreaterThan(0);
  expect(r.throttledRetries).toBeGreaterThan(0);
}, 90_000);
