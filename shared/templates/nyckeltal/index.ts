import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { NyckeltalLayout } from './layout';
import { rules } from './rules';

export const nyckeltal = defineTemplate<NyckeltalLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills });
