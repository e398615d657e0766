import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import type { KriminalitetLayout } from './layout';
import { rules } from './rules';

export const lokalHandlingsplanMotKriminalitet = defineTemplate<KriminalitetLayout>({ id, catalogId, title, lookedFor, recognise, rules });
