import { defineTemplate } from '../../engine';
import { crossRules } from './cross-rules';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { InnovationLayout } from './layout';
import { rules } from './rules';

export const innovationssatsningar = defineTemplate<InnovationLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills, crossRules });
