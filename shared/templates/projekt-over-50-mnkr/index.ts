import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { ProjektLayout } from './layout';
import { rules } from './rules';

export const projektOver50Mnkr = defineTemplate<ProjektLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills });
