import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { daysInMonth, parsePeriod, periodOrPlanYear } from '../../../shared/locale';

/**
 * Every time text in the seed items, run through parsePeriod and held to the dates the research
 * derived by hand (seed-items.json: dueDate/dueDatePrecision on action items, start/end on the
 * rest). The seed writes dates at the precision of the source ('2018', '2021-09', '2022-12-31');
 * they are widened here to the first or last day they stand for.
 */

interface ActionItem {
  id: string;
  plan: string;
  sourceKind: string;
  timeframeRaw: string | null;
  timeframeStart: string | null;
  timeframeEnd: string | null;
  dueDate: string | null;
  dueDatePrecision: string | null;
  dueDateBasis: string | null;
}
interface Dated {
  id: string;
  start: string | null;
  end: string | null;
  extendedEnd?: string | null;
}
interface Seeds {
  plans: { title: string; year: number | null }[];
  actionItems: ActionItem[];
  projects: (Dated & { periodRaw: string | null; ongoing: boolean })[];
  innovations: (Dated & { tidplanRaw: string | null })[];
  grantApplications: (Dated & { tidplanRaw: string | null })[];
  procurements: { id: string; avtalsperiodRaw: string | null; avtalsperiodStart: string | null; avtalsperiodSlut: string | null; planeradStartRaw: string | null }[];
}

const seeds = JSON.parse(readFileSync(join(__dirname, '../../fixtures/seed-items.json'), 'utf8')) as Seeds;

function firstDay(partial: string): string {
  if (/^\d{4}$/.test(partial)) return `${partial}-01-01`;
  if (/^\d{4}-\d{2}$/.test(partial)) return `${partial}-01`;
  return partial;
}

function lastDay(partial: string): string {
  if (/^\d{4}$/.test(partial)) return `${partial}-12-31`;
  const m = /^(\d{4})-(\d{2})$/.exec(partial);
  if (m) return `${partial}-${daysInMonth(Number(m[1]), Number(m[2]))}`;
  return partial;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

describe('seed action items: Tidplan text → deadline', () => {
  const byText = groupBy(seeds.actionItems, (a) => a.timeframeRaw);

  it('has the time texts the research lists', () => {
    expect([...byText.keys()].sort()).toEqual(
      ['2019', '2020', '2021', '2021-2022', '2022', '2022-12-31', 'Hösten 2020', 'Hösten 2021', 'Hösten 2022', 'November 2020'].sort(),
    );
  });

  for (const [text, items] of byText) {
    it(`${JSON.stringify(text)} (${items.length} items)`, () => {
      const p = parsePeriod(text);
      expect(p).toBeDefined();
      for (const item of items) {
        expect({ id: item.id, end: p!.end, precision: p!.precision }).toEqual({ id: item.id, end: item.dueDate, precision: item.dueDatePrecision });
        if (item.timeframeEnd) expect({ id: item.id, end: p!.end }).toEqual({ id: item.id, end: lastDay(item.timeframeEnd) });
        // A Måldatum ('2022-12-31') is a deadline only; the seed gives it no start, the parser a one-day span.
        if (item.timeframeStart) expect({ id: item.id, start: p!.start }).toEqual({ id: item.id, start: firstDay(item.timeframeStart) });
        else expect(p!.precision).toBe('dag');
      }
    });
  }

  // Two rows of the 2020 VBE table left the Tidplan cell empty; the seed dates them to the plan
  // year's end and marks the date 'härledd'. periodOrPlanYear is that rule.
  it('dates an empty Tidplan cell in a table to the plan year, marked härledd', () => {
    const derived = seeds.actionItems.filter((a) => a.timeframeRaw === null && a.dueDatePrecision === 'härledd');
    expect(derived.map((a) => a.id)).toEqual(['VBE2020-02', 'VBE2020-03']);
    for (const item of derived) {
      expect(item.sourceKind).toBe('tabell');
      const planYear = seeds.plans.find((p) => p.title === item.plan)?.year;
      expect(planYear).toEqual(expect.any(Number));
      const p = periodOrPlanYear(item.timeframeRaw, planYear!);
      expect({ end: p?.end, precision: p?.precision }).toEqual({ end: item.dueDate, precision: 'härledd' });
    }
  });

  // Programme points and commitments in running text have no Tidplan cell at all, so there is no
  // empty cell to derive from and the seed gives them no deadline. The one exception, PROG-04, is
  // dated from its target series ("2019: 9 000 sommarjobb"), which is not a time text.
  it('leaves items without a Tidplan cell undated, except the one dated from its targets', () => {
    const noText = seeds.actionItems.filter((a) => a.timeframeRaw === null && a.dueDatePrecision !== 'härledd');
    expect(noText.length).toBeGreaterThan(10);
    for (const item of noText) {
      expect(item.sourceKind).not.toBe('tabell');
      if (item.id === 'PROG-04') {
        expect([item.dueDate, item.dueDateBasis]).toEqual(['2019-12-31', expect.stringContaining('målåret')]);
      } else {
        expect({ id: item.id, dueDate: item.dueDate }).toEqual({ id: item.id, dueDate: null });
      }
    }
  });
});

function expectSameDates(p: ReturnType<typeof parsePeriod>, seed: { start: string | null; end: string | null; extendedEnd?: string | null }) {
  if (seed.start === null) {
    expect(p).toBeUndefined();
    return;
  }
  expect(p).toBeDefined();
  expect({ start: p!.start, end: p!.end, extendedEnd: p!.extendedEnd }).toEqual({
    start: firstDay(seed.start),
    end: seed.end === null ? undefined : lastDay(seed.end),
    extendedEnd: seed.extendedEnd ? lastDay(seed.extendedEnd) : undefined,
  });
}

describe('seed projects: period text → start and end', () => {
  const byText = groupBy(seeds.projects, (p) => p.periodRaw);

  it('covers many distinct period texts', () => {
    expect(byText.size).toBeGreaterThan(40);
  });

  // The seed widens 'våren 2018' to the year 2018; the parser reads the spring term. Both start on
  // 2018-01-01, so the dates agree and only the start precision differs ('säsong' vs the seed's year).
  for (const [text, projects] of byText) {
    it(JSON.stringify(text), () => {
      const p = parsePeriod(text);
      for (const project of projects) expectSameDates(p, project);
      // 'löpande' is the only text the seed marks as ongoing; the parser leaves its end open.
      if (projects.some((x) => x.ongoing)) expect(p?.end).toBeUndefined();
    });
  }
});

describe('seed innovations, grant applications and procurements', () => {
  const texts: [string, string, { start: string | null; end: string | null }][] = [
    ...seeds.innovations.map((i) => [i.id, i.tidplanRaw ?? '', i] as [string, string, Dated]),
    ...seeds.grantApplications.map((g) => [g.id, g.tidplanRaw ?? '', g] as [string, string, Dated]),
    ...seeds.procurements.map((p) => [p.id, p.avtalsperiodRaw ?? '', { start: p.avtalsperiodStart, end: p.avtalsperiodSlut }] as [string, string, { start: string | null; end: string | null }]),
  ];

  it.each(texts)('%s: %j', (_id, text, seed) => {
    expectSameDates(parsePeriod(text), seed);
  });

  // The procurement plan's "Planerad start" has no derived date in the seed; its values are a term
  // or a status word ('Pågående'), and only the terms are periods.
  it('reads planned starts that are terms as seasons and leaves status words alone', () => {
    const values = [...new Set(seeds.procurements.map((p) => p.planeradStartRaw))];
    expect(values.length).toBeGreaterThan(1);
    for (const v of values) {
      const p = parsePeriod(v ?? '');
      expect({ v, precision: p?.precision }).toEqual({ v, precision: /^(VT|HT) \d{4}$/.test(v ?? '') ? 'säsong' : undefined });
    }
  });
});
