/**
 * The flows the side panel asks for, declared once: the protocol validates requests against this
 * list and the flow registry (flows.ts) has one entry per id. Apart from the registry so the
 * protocol does not bundle every prompt; quiz generation is the popup's and has its own message.
 */
export const PANEL_FLOWS = [
  'hint',
  'approach',
  'review',
  'chat',
  'job-prep',
  'interviewer',
  'mock-scorecard',
  'design-debrief',
  'story-feedback',
] as const;
export type PanelFlow = (typeof PANEL_FLOWS)[number];
