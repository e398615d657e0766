import { defineTemplate } from '../../engine';
import { crossRules } from './cross-rules';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { ProjektbilagaLayout } from './layout';
import { rules } from './rules';

export const projektbilaga = defineTemplate<ProjektbilagaLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills, crossRules });
