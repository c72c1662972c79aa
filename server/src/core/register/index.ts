// The workspace register: public API of the pure part.
export type { RegisterEntry, RegisterCitation, Task, IndexedDoc, RegisterView, Office } from './types';
export { numberKey, citationKey, indexDocument, registerEntry } from './extract';
export { extractTasks, deadlineOf } from './tasks';
export { Register, packDoc, viewOf, nextFree, inPeriod, type CitingPlace, type PackedDoc } from './register';
export { foldSearch, matchesQuery } from './fold';
export { firstCitation, citationDate, describeEntry } from './cite';
export { registerCompletions } from './completion';
export { wizardChoices, newDraft, hasTypeCode, type DraftSpec, type WizardChoices, type SigningChoice } from './draft';
