import type { TemplateDefinition } from '../engine';
import { baskravInformationssakerhet } from './baskrav-informationssakerhet';
import { investeringar } from './investeringar';
import { kostnadsanalys } from './kostnadsanalys';
import { projektOver50Mnkr } from './projekt-over-50-mnkr';
import { resultatenheter } from './resultatenheter';
import { resultatenheterLista } from './resultatenheter-lista';

/**
 * Every template the engine recognises, in recognition order (the more specific first). A meta-test
 * holds this list to the folders under shared/templates.
 */
export const templates: readonly TemplateDefinition[] = [projektOver50Mnkr, investeringar, resultatenheter, resultatenheterLista, baskravInformationssakerhet, kostnadsanalys];
