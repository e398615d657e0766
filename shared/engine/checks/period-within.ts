import { type Cell, type CellPos, cellText, isBlank } from '../../grid';
import { type MessageValue, type Period, parsePeriod } from '../../locale';
import { shownCell } from '../merged-cells';
import { defineRule, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

/** The period a plan covers: its year, or its years ('2019 – 2022'). */
export interface PlanPeriod {
  readonly start: string;
  readonly end: string;
  /** How the plan names it, quoted in the message ('2022', '2019 – 2022'). */
  readonly label: MessageValue;
}

/** A Tidplan or Måldatum cell as text: a typed date as ISO, a typed year as its digits. */
export function periodText(cell: Cell): string {
  return cell.value.kind === 'date' ? cell.value.value.slice(0, 10) : cellText(cell).trim();
}

/** Where a period ends for the check: its extension, its end, or (open: 'löpande') its start. */
function lastDay(p: Period): string {
  return p.extendedEnd ?? p.end ?? p.start;
}

/**
 * A Tidplan, Tidsplan or Måldatum cell is filled, reads as a period ('Hösten 2021', '2021-2022',
 * '2022-12-31') and lies inside the plan's period. An open end ('2021 – löpande') is held to its
 * start only: an ongoing activity that starts within the plan belongs to it. Without a known plan
 * period only the first two are checked.
 */
export function periodWithin<L>(opts: CheckBase & {
  readonly cells: FromContext<L, Iterable<CellPos>>;
  readonly period: FromContext<L, PlanPeriod | undefined>;
}) {
  const messages = {
    missing: {
      sv: 'Tidsangivelse saknas.',
      en: 'No time is given.',
    },
    notAPeriod: {
      sv: '"{{text}}" går inte att läsa som datum eller period (t.ex. 2022-12-31, Hösten 2022, 2021-2022).',
      en: '"{{text}}" cannot be read as a date or period (e.g. 2022-12-31, Hösten 2022, 2021-2022).',
    },
    outsidePeriod: {
      sv: '"{{text}}" ({{start}} – {{end}}) ligger utanför planperioden {{period}}.',
      en: '"{{text}}" ({{start}} – {{end}}) lies outside the plan period {{period}}.',
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages },
    *check(ctx: RuleContext<L>) {
      const plan = opts.period(ctx);
      for (const cell of opts.cells(ctx)) {
        const shown = shownCell(ctx.sheet, cell.row, cell.col);
        if (isBlank(shown)) {
          yield { messageId: 'missing', cell } as const;
          continue;
        }
        const text = periodText(shown);
        const p = parsePeriod(text);
        if (!p) {
          yield { messageId: 'notAPeriod', cell, data: { text } } as const;
          continue;
        }
        const end = lastDay(p);
        if (plan && (p.start < plan.start || end > plan.end)) {
          yield { messageId: 'outsidePeriod', cell, data: { text, start: p.start, end, period: plan.label } } as const;
        }
      }
    },
  });
}
