// The rule packs against one-cell mistakes in real fixture workbooks (a seeded sample; the full
// run with every mutation and the list of escapes is part of `npm run fuzz`).
import { CI_SEED } from '../fuzz/support/fuzz-target';
import { FLOORS } from './floors';
import type { TemplateResult } from './measure';
import { measureSample } from './sample';

let results: TemplateResult[];
beforeAll(async () => {
  results = await measureSample(CI_SEED);
}, 60_000);

test('the sample reaches every template with something to mutate', () => {
  const withFloor = Object.keys(FLOORS);
  const measured = results.filter((r) => r.mutations > 0).map((r) => r.templateId);
  expect(withFloor.filter((t) => !measured.includes(t))).toEqual([]);
});

test('no mutation makes a rule crash', () => {
  expect(results.flatMap((r) => r.crashes.map((c) => `#${c.index} ${c.cell} ${c.kind}: ${c.detail}`))).toEqual([]);
});

test('each rule pack catches at least its floor share of the mutations', () => {
  const below = results
    .filter((r) => FLOORS[r.templateId] !== undefined && r.share < FLOORS[r.templateId]!)
    .map((r) => `${r.templateId}: caught ${r.caught} of ${r.mutations} (${(100 * r.share).toFixed(0)}%), floor ${(100 * FLOORS[r.templateId]!).toFixed(0)}%; escaped: ${r.escapes.map((e) => `#${e.index} ${e.cell} ${e.kind} ${JSON.stringify(e.from)}→${JSON.stringify(e.to)}`).join(', ')}`);
  expect(below).toEqual([]);
});

test('a mutation is caught only when the validator says something new', () => {
  // Guards the measure itself: over the whole sample, some mutations escape and most are caught.
  const total = results.reduce((n, r) => n + r.mutations, 0);
  const caught = results.reduce((n, r) => n + r.caught, 0);
  expect(total).toBeGreaterThan(200);
  expect(caught).toBeGreaterThan(total / 2);
  expect(caught).toBeLessThan(total);
});
