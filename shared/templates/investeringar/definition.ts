import type { Edition, Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type InvesteringarLayout, resolveLayout } from './layout';

export const id = 'investeringar';
export const catalogId = 'T03';
export const title = {
  sv: 'Investeringar – Inventarier och maskiner',
  en: 'Investments – equipment and machinery (Inventarier och maskiner)',
};

export const lookedFor = [
  'raden "Inventarier och maskiner" i kolumn A',
  'kolumnrubrik "VP <år>" med "Avvikelse" och "Prognos <år>" (uppföljning), "Plan <år>" (VP) eller "Utfall utgift" och "S:a avvik" (VB)',
  'rubrik "Uppföljning av investeringsbudget", "Investeringsbudget … och kommande år" eller "Uppföljning av budget … verksamhetsberättelse"',
];

function editionOf(layout: InvesteringarLayout): Edition {
  const year = layout.reportYear;
  switch (layout.kind) {
    case 'uppfoljning':
      return { id: `uppfoljning-${year}`, label: `Uppföljning av investeringsbudget ${year}`, year };
    case 'vp':
      return { id: `vp-${year}`, label: `Investeringsbudget ${year} och kommande år (verksamhetsplan)`, year };
    case 'vb':
      return { id: `vb-${year}`, label: `Verksamhetsberättelse ${year}, investeringar`, year };
  }
}

export function recognise(sheet: Sheet): Recognition<InvesteringarLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: editionOf(layout), layout } : undefined;
}
