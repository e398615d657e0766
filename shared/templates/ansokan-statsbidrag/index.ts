import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { StatsbidragLayout } from './layout';
import { rules } from './rules';

export const ansokanStatsbidrag = defineTemplate<StatsbidragLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills });
