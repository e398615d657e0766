import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { ResultatrakningLayout } from './layout';
import { rules } from './rules';

export const resultatrakning = defineTemplate<ResultatrakningLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills });
