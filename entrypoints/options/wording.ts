/**
 * Model messages are written for the side panel, where they send the user to "Sparring's options".
 * On the options page itself they point at the field on screen instead.
 */
const OPTIONS_POINTER = /\bin Sparring['’]s options(?: → Provider)?(?: → ([A-Z][A-Za-z ]*[a-z]))?/g;

export function onTheOptionsPage(message: string): string {
  return message.replace(OPTIONS_POINTER, (_, field?: string) =>
    field ? `in the ${field} field above` : 'above',
  );
}
