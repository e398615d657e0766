// Filters, free-text search and sort over the built rows. Pure and linear in the rows: what
// "5 000 items stay smooth" rests on, next to the virtualised list.

import type { FollowUpPoint, TargetKind } from '../../../../shared/lists';
import { haystackOf, STATUS_ORDER, SUGGESTION_ORDER, type TabRow } from './rows';

export const SORT_KEYS = ['due', 'next', 'suggestion', 'status', 'title', 'plan', 'id'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface Filters {
  readonly kind: TargetKind | null;
  readonly plan: string | null;
  readonly status: string | null;
  readonly owner: string | null;
  readonly mine: boolean;
  readonly late: boolean;
  readonly point: FollowUpPoint | null;
  readonly year: number | null;
  readonly search: string;
  readonly sort: SortKey;
}

export const NO_FILTERS: Filters = {
  kind: null,
  plan: null,
  status: null,
  owner: null,
  mine: false,
  late: false,
  point: null,
  year: null,
  search: '',
  sort: 'due',
};

/** Search words, each of which must occur (in any order). */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '');
}

export function matches(row: TabRow, f: Filters, me: number | null, terms: readonly string[]): boolean {
  if (f.kind !== null && row.kind !== f.kind) return false;
  if (f.plan !== null && row.plan.key !== f.plan) return false;
  if (f.status !== null && row.status !== f.status) return false;
  if (f.owner !== null && !row.owners.includes(f.owner)) return false;
  if (f.mine && (me === null || !row.ownerIds.includes(me))) return false;
  if (f.late && !row.late) return false;
  if (f.point !== null || f.year !== null) {
    if (f.point !== null) {
      // A point with a year: what must be reported at that check-point; alone: followed up at it at all.
      if (!row.schedule.some((c) => c.point === f.point && (f.year === null || c.year === f.year))) return false;
    } else if (!row.years.includes(f.year!)) return false;
  }
  if (terms.length > 0) {
    const haystack = haystackOf(row);
    for (const t of terms) if (!haystack.includes(t)) return false;
  }
  return true;
}

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });
const LAST = '\uffff';

// Dates and ids compare as plain strings (ISO dates and natural keys sort correctly that way);
// only titles and plan names need Swedish collation (å, ä, ö after z).
const plain = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** A string per row whose plain order is the sort order (dates are ISO, ids natural keys). */
function sortKeyOf(key: SortKey): ((r: TabRow) => string) | undefined {
  switch (key) {
    case 'due':
      return (r) => `${r.deadline.due ?? LAST}\u0000${r.sortId}`;
    case 'next':
      return (r) => `${r.next?.periodEnd ?? LAST}\u0000${r.sortId}`;
    case 'suggestion':
      return (r) => `${r.suggestion ? SUGGESTION_ORDER.indexOf(r.suggestion.status) : SUGGESTION_ORDER.length}${r.deadline.due ?? LAST}\u0000${r.sortId}`;
    case 'status':
      return (r) => `${String(STATUS_ORDER.indexOf(r.status) + 1).padStart(2, '0')}\u0000${r.sortId}`;
    case 'id':
      return (r) => r.sortId;
    case 'title':
    case 'plan':
      return undefined;
  }
}

/**
 * The rows in this order. Sorting once per order and filtering the sorted rows keeps the order
 * without sorting again on every keystroke; most orders compare one precomputed string per row.
 */
export function sortRows(rows: readonly TabRow[], key: SortKey): TabRow[] {
  const keyOf = sortKeyOf(key);
  if (keyOf) {
    const keyed = rows.map((row) => ({ k: keyOf(row), row }));
    keyed.sort((a, b) => plain(a.k, b.k));
    return keyed.map((x) => x.row);
  }
  const text = key === 'title' ? (r: TabRow) => r.title : (r: TabRow) => r.plan.title.sv;
  return [...rows].sort((a, b) => collator.compare(text(a), text(b)) || plain(a.sortId, b.sortId));
}

/** The sorted rows that pass the filters, in the same order. */
export function filterRows(sorted: readonly TabRow[], f: Filters, me: number | null): TabRow[] {
  const terms = searchTerms(f.search);
  return sorted.filter((r) => matches(r, f, me, terms));
}

export function applyFilters(rows: readonly TabRow[], f: Filters, me: number | null): TabRow[] {
  return filterRows(sortRows(rows, f.sort), f, me);
}

export interface FilterOptions {
  readonly plans: readonly { key: string; title: TabRow['plan']['title']; kind: TargetKind }[];
  readonly statuses: readonly string[];
  readonly owners: readonly string[];
  readonly years: readonly number[];
}

export function filterOptions(rows: readonly TabRow[]): FilterOptions {
  const plans = new Map<string, FilterOptions['plans'][number]>();
  const statuses = new Set<string>();
  const owners = new Set<string>();
  const years = new Set<number>();
  // Rows with the same time frame share one years array: each is looked through once.
  const seenYears = new Set<readonly number[]>();
  for (const r of rows) {
    if (!plans.has(r.plan.key)) plans.set(r.plan.key, { key: r.plan.key, title: r.plan.title, kind: r.kind });
    statuses.add(r.status);
    for (const o of r.owners) owners.add(o);
    if (!seenYears.has(r.years)) {
      seenYears.add(r.years);
      for (const y of r.years) years.add(y);
    }
  }
  const kindOrder: readonly TargetKind[] = ['Åtgärd', 'Kontroll', 'Projekt'];
  return {
    plans: [...plans.values()].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || collator.compare(a.title.sv, b.title.sv)),
    statuses: [...statuses].sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b)),
    owners: [...owners].sort(collator.compare),
    years: [...years].sort((a, b) => a - b),
  };
}
