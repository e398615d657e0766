// The roll-up per plan: how many items in each status, the share done, and how many are late.

import type { Localized } from '../../../../shared/locale';
import type { TabRow } from './rows';
import { STATUS_ORDER } from './rows';

export interface PlanRollup {
  readonly key: string;
  readonly title: Localized;
  readonly type: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  /** Genomförd out of the items still wanted (Utgår left out); null when none are. */
  readonly shareDone: number | null;
  readonly late: number;
  readonly suggested: Readonly<Record<'grön' | 'gul' | 'röd' | 'ingen', number>>;
}

export function rollupByPlan(rows: readonly TabRow[]): PlanRollup[] {
  const groups = new Map<string, TabRow[]>();
  for (const r of rows) {
    const g = groups.get(r.plan.key);
    if (g) g.push(r);
    else groups.set(r.plan.key, [r]);
  }
  return [...groups.values()].map((g) => {
    const first = g[0]!;
    const byStatus: Record<string, number> = {};
    const suggested = { grön: 0, gul: 0, röd: 0, ingen: 0 };
    let late = 0;
    for (const r of g) {
      byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      suggested[r.suggestion?.status ?? 'ingen']++;
      if (r.late) late++;
    }
    const wanted = g.length - (byStatus['Utgår'] ?? 0);
    return {
      key: first.plan.key,
      title: first.plan.title,
      type: first.plan.type,
      total: g.length,
      byStatus,
      shareDone: wanted > 0 ? (byStatus['Genomförd'] ?? 0) / wanted : null,
      late,
      suggested,
    };
  });
}

export function statusesInRollups(rollups: readonly PlanRollup[]): string[] {
  const present = new Set(rollups.flatMap((r) => Object.keys(r.byStatus)));
  return STATUS_ORDER.filter((s) => present.has(s));
}
