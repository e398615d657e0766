// The full mutation run for `npm run fuzz`: every mutation of every fixture, a table of catch rates
// per template and kind, and the escapes (cell, mutation) to read through.
import { fixtures } from '../fuzz/support/fixtures';
import { byTemplate, measureFixture, type TemplateResult } from './measure';
import { MUTATION_KINDS } from './mutations';

export interface ReportOptions {
  readonly seed: number;
  /** Below 1, a share of each fixture's mutations (a quick look); 1 runs all of them. */
  readonly scale: number;
  readonly write: (line: string) => void;
  /** Escapes listed per template (all are counted). */
  readonly escapesShown?: number;
}

const pct = (caught: number, total: number) => (total === 0 ? '   –  ' : `${((100 * caught) / total).toFixed(1).padStart(5)}%`);

export function mutationTable(results: readonly TemplateResult[], write: (line: string) => void, escapesShown = 12): void {
  const kinds = MUTATION_KINDS.filter((k) => results.some((r) => (r.byKind.get(k)?.total ?? 0) > 0));
  write(`${'template'.padEnd(44)} fixt  mut caught  share  unrec | ${kinds.map((k) => k.padStart(14)).join(' ')}`);
  for (const r of [...results].sort((a, b) => a.templateId.localeCompare(b.templateId))) {
    const cols = kinds.map((k) => {
      const s = r.byKind.get(k);
      return (s && s.total > 0 ? `${s.caught}/${s.total}` : '–').padStart(14);
    });
    write(`${r.templateId.padEnd(44)} ${String(r.fixtures).padStart(4)} ${String(r.mutations).padStart(4)} ${String(r.caught).padStart(6)} ${pct(r.caught, r.mutations)} ${String(r.unrecognised).padStart(6)} | ${cols.join(' ')}`);
  }
  const total = results.reduce((n, r) => n + r.mutations, 0);
  const caught = results.reduce((n, r) => n + r.caught, 0);
  write(`${'all templates'.padEnd(44)} ${''.padStart(4)} ${String(total).padStart(4)} ${String(caught).padStart(6)} ${pct(caught, total)}`);
  for (const r of results) {
    if (r.crashes.length > 0) {
      write(`\n${r.templateId}: ${r.crashes.length} mutations made a rule crash:`);
      for (const c of r.crashes.slice(0, escapesShown)) write(`   #${c.index} ${c.cell} ${c.kind} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}: ${c.detail}`);
    }
  }
  for (const r of [...results].sort((a, b) => a.share - b.share)) {
    if (r.escapes.length === 0) continue;
    write(`\n${r.templateId}: ${r.escapes.length} escapes${r.escapes.length > escapesShown ? ` (first ${escapesShown})` : ''}:`);
    for (const e of r.escapes.slice(0, escapesShown)) write(`   #${e.index} ${e.cell.padEnd(5)} ${e.kind.padEnd(15)} ${JSON.stringify(e.from).slice(0, 50)} → ${JSON.stringify(e.to).slice(0, 50)}`);
  }
}

/** Runs and prints; false when a mutation made a rule crash. */
export async function runMutationReport(options: ReportOptions): Promise<boolean> {
  const started = performance.now();
  const all = await fixtures();
  const results = all.map((f) => {
    const perFixture = options.scale >= 1 ? undefined : Math.max(1, Math.round(200 * options.scale));
    return measureFixture(f, { seed: options.seed, ...(perFixture !== undefined ? { perFixture } : {}) });
  });
  const table = byTemplate(results);
  mutationTable(table, options.write, options.escapesShown);
  const mutations = results.reduce((n, r) => n + r.mutations, 0);
  const s = (performance.now() - started) / 1000;
  options.write(`\n${mutations} mutations of ${all.length} fixtures in ${s.toFixed(1)} s (${Math.round(mutations / s)} per s)`);
  return table.every((t) => t.crashes.length === 0);
}
