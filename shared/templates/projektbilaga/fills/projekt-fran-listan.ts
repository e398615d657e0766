// "Projektets budget: … / Nämndens medfinansiering: … / Start och avslutsdatum: … / Ansvarig
// avdelning: …" — fälten för varje projekt i Projektbilagan (002 rad 288–553, 003 rad 553–825, 000 rad
// 1222–1545, 001 rad 3208–3491), som också är nämndens projektlista (templates.md §T20: "the natural
// source for the SharePoint projects list"). Tomma fält fylls ur listan; ett belopp eller en period
// som skiljer sig från listan föreslås (personen har skrivit något, listan kan vara den som släpar);
// ett pågående projekt som saknas får en ny rad efter listan. Fritext (en förklaring i stället för
// ett belopp, en avdelning med annan stavning) skrivs aldrig över.
import { defineFill, type FillContext, isActiveBetween, isProjectNamed, type ProjectFields, projectFields, textAt } from '../../../engine';
import { type Sheet, isBlank, text } from '../../../grid';
import { formatSvNumber, parsePeriod } from '../../../locale';
import type { FieldKey, ProjektbilagaLayout } from '../layout';
import { type MoneyReading, readMoney, unitKey } from '../money';
import { moneyAt } from '../rows';

const FILL_ID = 'projektbilaga/projekt-fran-listan';
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** 'januari 2020 - juni 2022', as the list prints periods. */
function periodText(start: string, end: string): string {
  const month = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  return `${month(start)} - ${month(end)}`;
}

interface Unit {
  readonly scale: number;
  readonly label: string;
}

/** The unit most amounts of the list are written in, so a filled amount reads like its neighbours. */
function listUnit(sheet: Sheet, layout: ProjektbilagaLayout): Unit {
  const counts = new Map<string, { n: number; unit: Unit }>();
  for (const row of layout.projectRows) {
    for (const key of ['budget', 'medfinansiering'] as const) {
      const m = moneyAt(sheet, layout, row, key)?.money;
      if (!m || m.value === 0 || m.currency !== 'SEK') continue;
      const entry = counts.get(unitKey(m)) ?? { n: 0, unit: { scale: m.scale, label: m.unit } };
      entry.n++;
      counts.set(unitKey(m), entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.unit ?? { scale: 1, label: 'kr' };
}

/** Kronor in the list's unit when exact to one decimal there; else in kronor, never rounded. */
function moneyText(kronor: number, unit: Unit): string {
  if (kronor === 0) return '0 kr';
  const scaled = kronor / unit.scale;
  if (unit.scale > 1 && Math.abs(scaled * 10 - Math.round(scaled * 10)) < 1e-9) return `${formatSvNumber(scaled, { maxDecimals: 1 })} ${unit.label}`;
  return `${formatSvNumber(kronor, { maxDecimals: 2 })} kr`;
}

/** Whether a written amount already says the list's amount, to the precision it is written in. */
function agrees(m: MoneyReading, kronor: number, written: string): boolean {
  const decimals = /,(\s?\d+)/.exec(written)?.[1]?.trim().length ?? 0;
  return m.currency === 'SEK' && Math.abs(m.value - kronor) <= (m.scale * 10 ** -decimals) / 2 + 1e-6;
}

function periodAgrees(written: string, p: ProjectFields): boolean {
  const period = parsePeriod(written);
  return !!period && period.start.slice(0, 7) === p.startDate!.slice(0, 7) && (period.extendedEnd ?? period.end)?.slice(0, 7) === p.endDate!.slice(0, 7);
}

/** The days a project must run on to belong in this edition's list. */
function window(layout: ProjektbilagaLayout): [string, string] | undefined {
  const year = layout.edition.year;
  if (layout.edition.id.startsWith('vp-') && year !== undefined) return [`${year}-01-01`, `${year}-12-31`];
  return layout.reportDate === undefined ? undefined : [layout.reportDate, layout.reportDate];
}

export default defineFill({
  meta: {
    id: FILL_ID,
    docs: {
      sv: 'Fyller Projektbilagans fält ur nämndens projektlista: budget, medfinansiering, start och slut, ansvarig avdelning, finansiär; pågående projekt som saknas får en egen rad.',
      en: 'Fills the project annex’s fields from the nämnd’s project list: budget, co-financing, start and end, responsible department, financier; ongoing projects that are missing get a row of their own.',
      source: 'Projektbilagans fält "Projektets budget:", "Nämndens medfinansiering:", "Start och avslutsdatum:", "Ansvarig avdelning:" (002 rad 288–553, 003 rad 553–825, 000 rad 1222–1545, 001 rad 3208–3491)',
    },
    messages: {
      newProject: {
        sv: '"{{project}}" pågår enligt projektlistan men saknas i bilagan; det läggs till på en ny rad.',
        en: '"{{project}}" is ongoing according to the project list but missing from the annex; it is added on a new row.',
      },
      field: {
        sv: '{{field}} för "{{project}}" enligt projektlistan: {{value}}.',
        en: '{{field}} for "{{project}}" according to the project list: {{value}}.',
      },
    },
  },
  *plan({ sheet, layout, sources }: FillContext<ProjektbilagaLayout>) {
    if (!sources.projects) return;
    const unit = listUnit(sheet, layout);
    const projects = sources.projects.map(projectFields);
    const within = window(layout);
    const lastCol = Math.max(...Object.values(layout.columns));
    let free = layout.nextFreeRow;
    const rowIsFree = (row: number) => Array.from({ length: lastCol + 1 }, (_, c) => c).every((c) => sheet.isBlank(row, c));

    for (const p of projects) {
      let row = layout.projectRows.find((r) => isProjectNamed(p, textAt(sheet, r, layout.columns.projekt)));
      const added = row === undefined;
      if (row === undefined) {
        if (!within || !isActiveBetween(p, within[0], within[1]) || !rowIsFree(free)) continue;
        row = free++;
        yield { messageId: 'newProject', cell: { row, col: layout.columns.projekt }, data: { project: p.title }, value: text(p.title), source: item(p, 'Title') } as const;
      }
      const fields: [FieldKey, string, string | undefined, ((written: string) => boolean) | undefined][] = [
        ['budget', 'budgetSek', p.budgetSek === undefined ? undefined : moneyText(p.budgetSek, unit), amountCheck(p.budgetSek)],
        ['medfinansiering', 'cofinancingSek', p.cofinancingSek === undefined ? undefined : moneyText(p.cofinancingSek, unit), amountCheck(p.cofinancingSek)],
        ['period', 'startDate', p.startDate && p.endDate ? periodText(p.startDate, p.endDate) : undefined, p.startDate && p.endDate ? (w) => periodAgrees(w, p) || parsePeriod(w) === undefined : undefined],
        ['avdelning', 'department', p.department.length > 0 ? p.department.join(', ') : undefined, undefined],
        ['finansiar', 'financingCategory', p.financingCategory ? [p.financingCategory, p.role?.toLowerCase()].filter(Boolean).join(', ') : undefined, undefined],
      ];
      for (const [key, field, value, kept] of fields) {
        const col = layout.columns[key];
        if (col === undefined || value === undefined) continue;
        const cell = sheet.cell(row, col);
        // What a person wrote stays unless it is an amount or period the list contradicts.
        if (!added && !isBlank(cell) && (kept === undefined || kept(textOf(sheet, row, col)))) continue;
        const name = layout.headers[key] ?? key;
        yield { messageId: 'field', cell: { row, col }, data: { field: name, project: p.title, value }, value: text(value), source: item(p, field) } as const;
      }
    }
  },
});

function item(p: ProjectFields, field: string) {
  return { kind: 'list-item', list: 'Projects', itemId: p.id, field } as const;
}

/** An amount that agrees with the list, or text that is no amount in kronor (an explanation), is kept. */
function amountCheck(kronor: number | undefined): ((written: string) => boolean) | undefined {
  if (kronor === undefined) return undefined;
  return (written) => {
    const m = readMoney(written);
    return !m || m.currency !== 'SEK' || agrees(m, kronor, written);
  };
}

function textOf(sheet: Sheet, row: number, col: number): string {
  const v = sheet.value(row, col);
  return v.kind === 'number' ? formatSvNumber(v.value) : textAt(sheet, row, col);
}
