import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import type { VbeLayout } from './layout';
import { rules } from './rules';

export const handlingsplanMotValdsbejakandeExtremism = defineTemplate<VbeLayout>({ id, catalogId, title, lookedFor, recognise, rules });
