import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import type { UpphandlingLayout } from './layout';
import { rules } from './rules';

export const planForUpphandling = defineTemplate<UpphandlingLayout>({ id, catalogId, title, lookedFor, recognise, rules });
