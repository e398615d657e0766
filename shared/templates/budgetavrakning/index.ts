import { defineTemplate } from '../../engine';
import { crossRules } from './cross-rules';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { BudgetavrakningLayout } from './layout';
import { rules } from './rules';

export const budgetavrakning = defineTemplate<BudgetavrakningLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills, crossRules });
