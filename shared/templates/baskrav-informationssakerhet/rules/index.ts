import everyKravHasStatusAndComment from './every-krav-has-status-and-comment';
import jaStatusMatchesComment from './ja-status-matches-comment';
import kravNumberedAndWorded from './krav-numbered-and-worded';
import namndIsFilled from './namnd-is-filled';

export const rules = [everyKravHasStatusAndComment, jaStatusMatchesComment, kravNumberedAndWorded, namndIsFilled];
