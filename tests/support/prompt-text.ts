/** What a prompt sends besides its system rules: every other message's text, one after another. */
export function userText(messages: readonly { role: string; content: string }[]): string {
  return messages
    .filter((message) => message.role !== 'system')
    .map((message) => message.content)
    .join('\n');
}

/** How many times `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
