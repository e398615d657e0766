import { parseRange, rangeToA1 } from '../../../shared/grid';

/** 'Blad1'!A1:C1 or Blad1!A1 → A1:C1 / A1 (the sheet part dropped, $ removed). */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang === -1 ? address : address.slice(bang + 1)).replace(/\$/g, '').trim();
}

/** RangeAreas.address: areas separated by commas, each sheet-qualified; sheet names may hold commas. */
export function areaAddresses(address: string): string[] {
  const out: string[] = [];
  const area = /(?:'(?:[^']|'')*'|[^!,']+)!\$?([A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  for (const m of address.matchAll(area)) out.push(rangeToA1(parseRange(m[1]!.replace(/\$/g, ''))));
  if (out.length === 0) for (const part of address.split(',')) if (part.trim() !== '') out.push(rangeToA1(parseRange(localAddress(part))));
  return out;
}
