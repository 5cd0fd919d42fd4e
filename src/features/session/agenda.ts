/** The tabs of the side panel's lower half; each agenda step opens the one it works in. */
export const SESSION_TOOLS = ['remarks', 'ranking', 'suggestions', 'validate', 'summary'] as const;
export type SessionTool = (typeof SESSION_TOOLS)[number];

export const TOOL_LABELS: Readonly<Record<SessionTool, string>> = {
  remarks: 'Remarks',
  ranking: 'Ranking',
  suggestions: 'Suggestions',
  validate: 'Validate',
  summary: 'Summary',
};

/**
 * A remark kind a step asks about. Spelled as the feedback kinds in the map format (data-model.md),
 * so a step can preset the remark form.
 */
export type StepRemarkKind =
  | 'why-critical'
  | 'skill-gap'
  | 'movement'
  | 'preferred-program'
  | 'talent-source'
  | 'recruitment'
  | 'correction';

export type AgendaStep = {
  title: string;
  /** What the facilitator asks the room, shown large. */
  prompt: string;
  /** The side-panel tool this step uses. */
  tool: SessionTool;
  /** The remark kind the remark form starts on during this step. */
  remarkKind?: StepRemarkKind;
};

/** The set agenda of an employer validation session, in order (issue 6). */
export const AGENDA: readonly AgendaStep[] = [
  {
    title: 'Who is in the room',
    prompt: 'Each organization introduces itself. Add it as it speaks.',
    tool: 'remarks',
  },
  {
    title: 'Critical occupations',
    prompt: 'Each employer names its 3–5 most critical occupations. Select a card and vote for it.',
    tool: 'ranking',
  },
  {
    title: 'Group by category',
    prompt: 'The named occupations, grouped by occupational category. Which stand out?',
    tool: 'ranking',
  },
  {
    title: 'What makes it critical',
    prompt: 'For each critical occupation: what makes it critical to your organization?',
    tool: 'remarks',
    remarkKind: 'why-critical',
  },
  {
    title: 'Skill gaps',
    prompt: 'Which skills do entry-level candidates lack?',
    tool: 'remarks',
    remarkKind: 'skill-gap',
  },
  {
    title: 'Moving in and out',
    prompt: 'How do people advance into this job, and where do they go next?',
    tool: 'remarks',
    remarkKind: 'movement',
  },
  {
    title: 'Correct the map',
    prompt: 'What is wrong or missing? Suggest a move to add or remove, or a figure to change.',
    tool: 'suggestions',
    remarkKind: 'correction',
  },
  {
    title: 'Programs, talent, recruitment',
    prompt: 'Which training programs do you prefer? Where do you find talent? How do you recruit?',
    tool: 'remarks',
    remarkKind: 'preferred-program',
  },
  {
    title: 'Validate the map',
    prompt: 'Does the map, with the changes agreed, describe your sector? Mark it validated.',
    tool: 'validate',
  },
  {
    title: 'Summary',
    prompt: 'Thank you. The summary goes out to everyone present.',
    tool: 'summary',
  },
];
