import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import type { BaskravLayout } from './layout';
import { rules } from './rules';

export const baskravInformationssakerhet = defineTemplate<BaskravLayout>({ id, catalogId, title, lookedFor, recognise, rules });
