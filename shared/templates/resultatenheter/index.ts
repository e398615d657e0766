import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { ResultatenheterLayout } from './layout';
import { rules } from './rules';

export const resultatenheter = defineTemplate<ResultatenheterLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills });
