import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import type { ResultatenheterListaLayout } from './layout';
import { rules } from './rules';

export const resultatenheterLista = defineTemplate<ResultatenheterListaLayout>({ id, catalogId, title, lookedFor, recognise, rules });
