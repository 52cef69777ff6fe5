export * as approach from './approach';
export * as chat from './chat';
export * as hint from './hint';
export * as jobPrep from './job-prep';
export * as quiz from './quiz';
export * as review from './review';
export * from './shared';
