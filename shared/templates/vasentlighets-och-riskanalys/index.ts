import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { VorLayout } from './layout';
import { rules } from './rules';

export const vasentlighetsOchRiskanalys = defineTemplate<VorLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills });
