/**
 * Per template, the least share of the seeded sample's mutations (see sample.ts) the rule pack must
 * catch: the share measured when the floor was set, less 0,15, rounded down to 0,05. A pack that
 * loses a rule falls below its floor; one that gains rules may raise it. Templates whose fixtures
 * are blank forms (nothing to mutate) and packs added after these were measured have none yet.
 */
export const FLOORS: Readonly<Record<string, number>> = {
  'ansokan-statsbidrag': 0.85,
  balansrakning: 0.8,
  'baskrav-informationssakerhet': 0.85,
  budgetavrakning: 0.75,
  'handlingsplan-mot-valdsbejakande-extremism': 0.85,
  innovationssatsningar: 0.6,
  internkontrollplan: 0.85,
  investeringar: 0.6,
  'kaa-tabeller': 0.75,
  kompetensforsorjning: 0.85,
  kostnadsanalys: 0.7,
  'lokal-handlingsplan-mot-kriminalitet': 0.85,
  nyckeltal: 0.6,
  'plan-for-upphandling': 0.75,
  'projekt-over-50-mnkr': 0.45,
  projektbilaga: 0.7,
  resultatenheter: 0.75,
  resultatrakning: 0.7,
  'uppfoljning-av-namndens-internkontrollplan': 0.75,
  'vasentlighets-och-riskanalys': 0.75,
};
