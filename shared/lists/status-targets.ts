// What a status post can be about, and which columns of the target it may change. The tab, the
// chat bot, the data layer and the authorization rule all read this one table.

import { CONTROL_STATUSES, ITEM_STATUSES, type TargetKind } from './vocabulary';

export interface StatusTarget {
  readonly kind: TargetKind;
  /** The target list's internal name. */
  readonly list: 'ActionItems' | 'Projects' | 'Controls';
  /** The lookup column in Statusuppdateringar pointing at the target. */
  readonly lookup: 'actionItem' | 'project' | 'control';
  /** Person columns naming who is responsible for the target ("ansvarig"). */
  readonly ownerFields: readonly string[];
  /** The target's follow-up status column (Projects keep their lifecycle in `status`). */
  readonly statusField: string;
  readonly statuses: readonly string[];
  /** The only columns an owner may change on the target; everything else is plan/source data. */
  readonly statusFields: readonly string[];
}

export const STATUS_TARGETS: Readonly<Record<TargetKind, StatusTarget>> = {
  Åtgärd: {
    kind: 'Åtgärd',
    list: 'ActionItems',
    lookup: 'actionItem',
    ownerFields: ['ownerPersons'],
    statusField: 'status',
    statuses: ITEM_STATUSES,
    statusFields: ['status', 'latestStatusComment', 'latestStatusAt'],
  },
  Projekt: {
    kind: 'Projekt',
    list: 'Projects',
    lookup: 'project',
    ownerFields: ['projectLead'],
    statusField: 'followUpStatus',
    statuses: ITEM_STATUSES,
    statusFields: ['followUpStatus', 'latestStatusComment', 'latestStatusAt'],
  },
  Kontroll: {
    kind: 'Kontroll',
    list: 'Controls',
    lookup: 'control',
    ownerFields: ['kontrollansvarig'],
    statusField: 'status',
    statuses: CONTROL_STATUSES,
    statusFields: ['status', 'latestStatusComment', 'latestStatusAt', 'genomford', 'resultat'],
  },
};

export function statusTargetForList(list: string): StatusTarget | undefined {
  return Object.values(STATUS_TARGETS).find((t) => t.list === list);
}

/** The ids of the people responsible for an item, from its item JSON (`<field>Id`, a number, an array or `{ results }`). */
export function ownerIdsOf(target: StatusTarget, item: Readonly<Record<string, unknown>> | null | undefined): number[] {
  if (!item) return [];
  const ids: number[] = [];
  for (const field of target.ownerFields) ids.push(...idsIn(item[`${field}Id`]));
  return [...new Set(ids)];
}

export function idsIn(value: unknown): number[] {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number' && Number.isSafeInteger(v));
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) {
    return idsIn((value as { results: unknown[] }).results);
  }
  return [];
}

/** Which target a StatusUpdates row (item JSON) points at, so a write hook can load it for `authorizeWrite`. */
export function statusRowTarget(row: Readonly<Record<string, unknown>> | null | undefined): { target: StatusTarget; id: number } | undefined {
  if (!row) return undefined;
  const found = Object.values(STATUS_TARGETS)
    .map((target) => ({ target, id: row[`${target.lookup}Id`] }))
    .filter((x): x is { target: StatusTarget; id: number } => typeof x.id === 'number' && Number.isSafeInteger(x.id));
  return found.length === 1 ? found[0] : undefined;
}
