import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import type { KompetensLayout } from './layout';
import { rules } from './rules';

export const kompetensforsorjning = defineTemplate<KompetensLayout>({ id, catalogId, title, lookedFor, recognise, rules });
