// An item (åtgärd, projekt, kontroll) as a card describes it: which lines, labelled as the target
// list's schema labels them. Built from the item JSON the data layer returns.

import { FactSet, type Fact, type TextBlock } from '@microsoft/teams.cards';
import { ownerIdsOf, STATUS_TARGETS } from '../../../shared/lists';
import { stockholmDateTimeText, summarySource, type SummaryField, type TargetRef } from '../../../shared/lists/status-form';
import { clip, fact, paragraph, say, type Lang } from './card-kit';
import { TEXTS } from './texts';

export interface TargetSummary {
  readonly ref: TargetRef;
  readonly externalId: string | null;
  readonly title: string;
  readonly status: string | null;
  /** The responsible people's names, as the site knows them. */
  readonly owner: string | null;
  /** Who is responsible as the source document says it (action items only). */
  readonly ownerText: string | null;
  /** YYYY-MM-DD */
  readonly due: string | null;
  readonly latestStatusComment: string | null;
  readonly latestStatusAt: string | null;
  readonly ownerIds: readonly number[];
  /** The item version the card was made from: a post made from it is conditional on it. */
  readonly etag: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** `ownerNames`: display names of the item's responsible people, where the site knows them. */
export function targetSummary(ref: TargetRef, item: Readonly<Record<string, unknown>>, ownerNames: readonly string[] = []): TargetSummary {
  const { columns } = summarySource(ref.kind);
  const col = (f: SummaryField) => (columns[f] === undefined ? null : str(item[columns[f]!]));
  return {
    ref,
    externalId: str(item['externalId']),
    title: str(item['Title']) ?? `${ref.kind} ${ref.id}`,
    status: col('status'),
    owner: ownerNames.length > 0 ? ownerNames.join(', ') : null,
    ownerText: col('ownerText'),
    due: col('due'),
    latestStatusComment: col('latestStatusComment'),
    latestStatusAt: col('latestStatusAt'),
    ownerIds: ownerIdsOf(STATUS_TARGETS[ref.kind], item),
    etag: String(item['etag'] ?? ''),
  };
}

/** "VBE2021-03 · Title" */
export function targetName(summary: Pick<TargetSummary, 'externalId' | 'title'>): string {
  return summary.externalId ? `${summary.externalId} · ${summary.title}` : summary.title;
}

export function summaryElements(summary: TargetSummary, lang: Lang): [TextBlock, FactSet] {
  const { labels } = summarySource(summary.ref.kind);
  const none = say(TEXTS.noValue, lang);
  const facts: Fact[] = [];
  const add = (field: SummaryField, value: string | null) => {
    const label = labels[field];
    if (label) facts.push(fact(say(label, lang), value ?? none));
  };
  add('status', summary.status);
  add('owner', summary.owner);
  if (summary.ownerText !== null) add('ownerText', clip(summary.ownerText, 200));
  if (labels.due) add('due', summary.due);
  add('latestStatusComment', summary.latestStatusComment === null ? null : clip(summary.latestStatusComment, 300));
  add('latestStatusAt', summary.latestStatusAt === null ? null : stockholmDateTimeText(summary.latestStatusAt));
  return [paragraph(targetName(summary), { bold: true }), new FactSet(...facts)];
}
