import { Sheet } from '../../../../shared/grid';
import { cellOf } from '../../../support/grid-literal';

const TITLE =
  'Lokal handlingsplan för Arbetsmarknadsnämnden i enlighet med Stockholms stads strategi för att minska risken för att barn, unga och unga vuxna dras in i kriminalitet 2019 – 2022';
const HEADER = ['Prioriterad utgångspunkt', 'Område', 'Mål och nytta', 'Metoder och arbetssätt', 'Ansvarig', 'Tidsplan', 'Uppföljning'];

/**
 * The plan in small: title and "Uppdaterad", header on row 4, rows 5–8. "Systematisk samhandling"
 * is merged over rows 5–7 and its Område "Samordnade insatser" over rows 6–7; row 8 is
 * "Civilsamhället" with its own Område.
 */
export function planSheet(): Sheet {
  const rows = [
    [TITLE],
    ['Uppdaterad 2021-04-23'],
    [],
    HEADER,
    ['Systematisk samhandling', 'Främjande, förebyggande och tidiga insatser', 'Tidigare nå ungdomar och unga vuxna utanför arbete och studier', 'Systematiskt uppsökande arbete inom KAA', 'Samordnare för KAA', '2021-2022', 'T1,T2 och VB'],
    [null, 'Samordnade insatser', 'Ungdomar får ta del av ett samordnat stöd', 'Samordnat stöd inom KAA', 'Samordnare för KAA, samt personal inom KAA', '2021-2022', 'T1, T2 och VB'],
    [null, null, 'Unga i riskzon identifieras snabbare', 'Samverkan med socialtjänsten', 'Strateg vid Utvecklings- och utredningsstaben', '2021-2022', 'VB'],
    ['Civilsamhället', 'Samverkan med civilsamhället', 'Nå fler unga genom samverkan med civilsamhället', 'Samarbete med föreningar', 'Enhetschefer vid Jobbtorg för unga', '2021-2022', 'T1, T2 och VB'],
  ];
  return new Sheet({ name: 'Blad1', rows: rows.map((r) => r.map(cellOf)), merges: ['A5:A7', 'B6:B7'] });
}
