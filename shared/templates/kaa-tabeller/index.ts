import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { KaaLayout } from './layout';
import { rules } from './rules';

export const kaaTabeller = defineTemplate<KaaLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills });
