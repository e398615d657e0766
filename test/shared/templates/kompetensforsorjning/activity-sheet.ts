import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

export const GOAL = 'Nämndens medarbetare och chefer har rätt kompetens och en hälsofrämjande arbetsmiljö';
export const GOAL_2 = 'Nämndens verksamheter är effektiva och håller hög kvalitet';

/** VP 2022's table in small: header on row 4, three activities on rows 5–7. */
export function activitySheet(): Sheet {
  return sheetOf('Blad1', [
    ['Verksamhetsplan 2022'],
    ['Kompetensförsörjningsplan'],
    [],
    ['Verksamhetsplan VP - mål', 'Kompetensförsörjningsaktivitet', 'UBARA', 'Måldatum', 'Ansvarig (Funktion)', 'Uppföljning / Kommentar'],
    [GOAL, 'En kompetenshöjande insats gällande friskfaktorer ska genomföras', 'Utveckla', { d: '2022-12-31' }, 'HR-staben', null],
    [GOAL, 'Kartläggning av kompetens inom marknadsföring gentemot arbetsgivare ska genomföras', 'Attrahera', { d: '2022-12-31' }, 'Jobbtorg Stockholm', null],
    [GOAL_2, 'Utbildning i digitala verktyg och arbetssätt ska genomföras', 'Utveckla, Behålla', '2022-06-30', 'VUX', null],
  ]);
}
