import { defineTemplate } from '../../engine';
import { crossRules } from './cross-rules';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import type { IkpLayout } from './layout';
import { rules } from './rules';

export const internkontrollplan = defineTemplate<IkpLayout>({ id, catalogId, title, lookedFor, recognise, rules, crossRules });
