import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import { fills } from './fills';
import type { KostnadsanalysLayout } from './layout';
import { rules } from './rules';

export const kostnadsanalys = defineTemplate<KostnadsanalysLayout>({ id, catalogId, title, lookedFor, recognise, rules, fills });
