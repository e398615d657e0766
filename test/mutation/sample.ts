// The seeded sample `npm test` holds to the floors: about the same number of mutations per
// template, spread over its fixtures, so a template with one fixture weighs as much as one with four.
import { fixtures, type Fixture } from '../fuzz/support/fixtures';
import { byTemplate, measureFixture, type TemplateResult } from './measure';

export const SAMPLE_PER_TEMPLATE = 24;

export async function measureSample(seed: number): Promise<TemplateResult[]> {
  const all = await fixtures();
  const perTemplate = new Map<string, Fixture[]>();
  for (const f of all) perTemplate.set(f.templateId, [...(perTemplate.get(f.templateId) ?? []), f]);
  const results = all.map((f) => measureFixture(f, { seed, perFixture: Math.ceil(SAMPLE_PER_TEMPLATE / perTemplate.get(f.templateId)!.length) }));
  return byTemplate(results);
}
