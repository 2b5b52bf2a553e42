// The editing engine's reads, one module per question (ADR 006).
export { findEntry, getEntryOrThrow, type LoadedEntry } from './entry';
export { findEntries, ENTRIES_PER_PAGE, type EntryList, type EntryListItem, type EntryListParams } from './list-entries';
export { findRelationOptions, getRelationLabeler, MISSING_ENTRY_LABEL, relationTargets } from './relation-options';
export { findRevisions, findRevisionValues, type RevisionItem } from './revisions';
export { findTrash, type TrashItem } from './find-trash';
export { findAwaitingReview, type ReviewItem } from './review-queue';
export { findEntrySources, type EntrySource } from './entry-sources';
