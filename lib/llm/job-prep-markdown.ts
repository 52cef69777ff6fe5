import type { JobPrep } from './prompts/job-prep';

/** The validated structured job preparation, as Markdown for the panel's safe renderer. */
export function jobPrepMarkdown(prep: JobPrep): string {
  const lines: string[] = [
    '### Role brief',
    prep.roleBrief.summary,
    '',
    `**Level:** ${prep.roleBrief.level}`,
    prep.roleBrief.stack.length ? `**Stack:** ${prep.roleBrief.stack.join(', ')}` : '',
    prep.roleBrief.focusAreas.length ? `**Focus:** ${prep.roleBrief.focusAreas.join('; ')}` : '',
    '',
    '### Likely rounds',
    ...prep.likelyRounds.map((round) => `- **${round.name}**: ${round.whatToExpect}`),
    '',
    '### System-design checklist',
  ];
  for (const item of prep.systemDesignChecklist) {
    lines.push(`- **${item.topic}**: ${item.why}`, ...item.points.map((point) => `  - ${point}`));
  }
  lines.push('', '### Behavioural prompts');
  for (const prompt of prep.behaviouralPrompts) {
    lines.push(`- ${prompt.prompt} _(${prompt.competency})_`, `  - STAR tip: ${prompt.starTip}`);
  }
  lines.push('', '### Likely questions on the stack');
  for (const question of prep.stackQuestions) {
    lines.push(
      `- **${question.topic}**: ${question.question}`,
      `  - A good answer: ${question.whatGoodLooksLike}`,
    );
  }
  return lines.filter((line, index, all) => line !== '' || all[index - 1] !== '').join('\n');
}
