import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import type { LokalerLayout } from './layout';
import { rules } from './rules';

export const ansokanAvvecklingLokaler = defineTemplate<LokalerLayout>({ id, catalogId, title, lookedFor, recognise, rules });
