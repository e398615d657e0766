import type { Cell } from '../../grid';
import { isIsoDate, parsePeriod } from '../../locale';

const ISO_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b/;

function dateCell(cell: Cell): string | undefined {
  return cell.value.kind === 'date' ? cell.value.value.slice(0, 10) : undefined;
}

/**
 * "Löptid för kontraktet t.o.m. (datum) samt uppgift om ev. uppsägning": the contract's last day,
 * a date or a text that starts with one ("2023-03-31, uppsagt 2021-09-30") or names a period
 * ("mars 2023", read as its last day).
 */
export function contractEnd(cell: Cell): string | undefined {
  const d = dateCell(cell);
  if (d) return d;
  if (cell.value.kind !== 'text') return undefined;
  const iso = ISO_IN_TEXT.exec(cell.value.value)?.[1];
  if (iso && isIsoDate(iso)) return iso;
  return parsePeriod(cell.value.value)?.end;
}

/** "Tidpunkt då lokal återlämnas till värden eller ändras": a date, or a period read as its first day. */
export function returnDate(cell: Cell): string | undefined {
  const d = dateCell(cell);
  if (d) return d;
  if (cell.value.kind !== 'text') return undefined;
  const text = cell.value.value.trim();
  if (isIsoDate(text)) return text;
  return parsePeriod(text)?.start;
}
