import everyKravHasStatusAndComment from './every-krav-has-status-and-comment';
import jaStatusMatchesComment from './ja-status-matches-comment';
import namndIsFilled from './namnd-is-filled';

export const rules = [everyKravHasStatusAndComment, jaStatusMatchesComment, namndIsFilled];
