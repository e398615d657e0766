/**
 * Folded-text patterns (see `fold` in the engine: lower case, no diacritics). Each tolerates the
 * OCR'd T1 2020 edition, where "intäkt" came out as "intékt", "intakt", "intdkt" or "intiikt" and
 * "för" as "for" or "fér".
 */

/** "Kostnader och intäkter (-) för …", both the T1 title and the VP 2022 retitle. */
export const TITLE = /^kostnader och int[a-z]{1,3}kter \(-\) f[a-z]{1,2}r\b.*projekt/;

/** The VP 2022 retitle: "… för följande typer av verksamhetsprojekt: …". */
export const VP_TITLE = /verksamhetsprojekt/;

export const KOSTNAD = /\bkostn/;
export const INTAKT = /\bint[a-z]{1,2}kt/;
/** The sign marker under an income header; OCR turned "(-)" into "()". */
export const MINUS_MARKER = /^\(-?\)$/;
export const TOTAL = /\btotal/;
export const DATE_HEADER = /datum|\bstart|avslutn|\bslut/;
export const START = /\bstart/;
export const COMMENT = /kommentar/;

export const ACK = /\back\b/;
export const BUDGET = /^budget\b/;
export const PROGNOS = /^prognos\b/;
export const PLAN = /^plan\b/;
export const BESLUTAT = /^beslutat\b/;

/** Words that only occur in the header rows below the Kostnad/Intäkt row. */
export const HEADER_WORD =
  /^(\(-?\)|\(\+\)|int[a-z]{1,2}kt( \(-?\))?|kostnad( \(\+\))?|datum|projekt(namn)?|kommentar(er)?|mnkr)$/;

/** Name cells of summing rows: the Summa row and inserted "delsummeringar". */
export const SUM_ROW_NAME = /^(summa|s:a|totalt?|delsumma|subtotal)\b|delsum/;
export const SUBTOTAL_NAME = /delsum|subtotal/;

/** The first words of the instruction lines printed below the table. */
export const INSTRUCTION = /^(vid behov|\d+ och \d+\b|innehall|a[vw]{1,2}ikelser|obs\b)/;

export const T1_REPORT = /tertialrapport/;
export const VP_REPORT = /verksamhetsplan/;
