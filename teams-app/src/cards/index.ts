// Adaptive Cards for status from Teams chat, built from shared/lists' schemas and vocabulary.
export { ADAPTIVE_CARD_CONTENT_TYPE, attachmentOf, CARD_VERSION, langOf, VERBS, type CardAttachment, type Lang } from './card-kit';
export { TEXTS } from './texts';
export { targetName, targetSummary, type TargetSummary } from './target-summary';
export { statusFormCard, statusFormData, type StatusFormCardOptions, type StatusFormData, type StatusFormNotice } from './status-form-card';
export { confirmationCard, noticeCard, type ConfirmationCardOptions, type NoticeCardOptions, type SavedPost } from './result-cards';
export { helpCard, itemListCard, MAX_LISTED, pickerCard, type ItemListCardOptions, type PickerCardOptions } from './list-cards';
