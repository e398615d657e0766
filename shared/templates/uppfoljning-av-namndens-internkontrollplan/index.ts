import { defineTemplate } from '../../engine';
import { catalogId, id, lookedFor, recognise, title } from './definition';
import type { FollowUpLayout } from './layout';
import { rules } from './rules';

export const uppfoljningAvNamndensInternkontrollplan = defineTemplate<FollowUpLayout>({ id, catalogId, title, lookedFor, recognise, rules });
