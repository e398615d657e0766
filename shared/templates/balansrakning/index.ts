import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { BalansrakningLayout } from './layout';
import { rules } from './rules';

export const balansrakning = defineTemplate<BalansrakningLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills });
