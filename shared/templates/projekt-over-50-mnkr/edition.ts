import type { Sheet } from '../../grid';
import { type Edition, fold, textAt, yearIn } from '../../engine';
import { T1_REPORT, VP_REPORT, VP_TITLE } from './patterns';

/**
 * The edition from the report line above the title ("Uppföljning av budget 2021 - Tertialrapport
 * 1 …", "Nämndens budget/verksamhetsplan 2022"). A sheet cut loose from its report line falls back
 * on the title (only VP 2022 is retitled) and on the Budget pair's year.
 */
export function detectEdition(sheet: Sheet, titleRow: number, nameCol: number, budgetYear: number | undefined): Edition {
  const title = fold(textAt(sheet, titleRow, nameCol) || rowText(sheet, titleRow));
  let kind: 't1' | 'vp' = VP_TITLE.test(title) ? 'vp' : 't1';
  let year = budgetYear;
  for (let row = 0; row < titleRow; row++) {
    const line = fold(rowText(sheet, row));
    if (T1_REPORT.test(line) || VP_REPORT.test(line)) {
      kind = T1_REPORT.test(line) ? 't1' : 'vp';
      year = yearIn(line) ?? year;
      break;
    }
  }
  const label = kind === 't1' ? 'Tertialrapport 1' : 'Verksamhetsplan';
  return year === undefined ? { id: kind, label } : { id: `${kind}-${year}`, label: `${label} ${year}`, year };
}

function rowText(sheet: Sheet, row: number): string {
  const parts: string[] = [];
  for (let col = 0; col < Math.min(sheet.colCount, 40); col++) {
    const t = textAt(sheet, row, col);
    if (t) parts.push(t);
  }
  return parts.join(' ');
}
