import type { TemplateDefinition } from '../engine';
import { ansokanAvvecklingLokaler } from './ansokan-avveckling-lokaler';
import { ansokanStatsbidrag } from './ansokan-statsbidrag';
import { balansrakning } from './balansrakning';
import { budgetavrakning } from './budgetavrakning';
import { resultatrakning } from './resultatrakning';
import { baskravInformationssakerhet } from './baskrav-informationssakerhet';
import { innovationssatsningar } from './innovationssatsningar';
import { investeringar } from './investeringar';
import { kostnadsanalys } from './kostnadsanalys';
import { planForUpphandling } from './plan-for-upphandling';
import { projektOver50Mnkr } from './projekt-over-50-mnkr';
import { projektbilaga } from './projektbilaga';
import { kaaTabeller } from './kaa-tabeller';
import { resultatenheter } from './resultatenheter';
import { resultatenheterLista } from './resultatenheter-lista';
import { vasentlighetsOchRiskanalys } from './vasentlighets-och-riskanalys';
import { internkontrollplan } from './internkontrollplan';
import { uppfoljningAvNamndensInternkontrollplan } from './uppfoljning-av-namndens-internkontrollplan';
import { kompetensforsorjning } from './kompetensforsorjning';
import { nyckeltal } from './nyckeltal';
import { handlingsplanMotValdsbejakandeExtremism } from './handlingsplan-mot-valdsbejakande-extremism';
import { lokalHandlingsplanMotKriminalitet } from './lokal-handlingsplan-mot-kriminalitet';

/**
 * Every template the engine recognises, in recognition order (the more specific first). A meta-test
 * holds this list to the folders under shared/templates.
 */
export const templates: readonly TemplateDefinition[] = [projektOver50Mnkr, investeringar, resultatenheter, resultatenheterLista, baskravInformationssakerhet, planForUpphandling, innovationssatsningar, ansokanStatsbidrag, nyckeltal, ansokanAvvecklingLokaler, kostnadsanalys, budgetavrakning, balansrakning, resultatrakning, vasentlighetsOchRiskanalys, internkontrollplan, uppfoljningAvNamndensInternkontrollplan, kompetensforsorjning, handlingsplanMotValdsbejakandeExtremism, lokalHandlingsplanMotKriminalitet, projektbilaga, kaaTabeller];
