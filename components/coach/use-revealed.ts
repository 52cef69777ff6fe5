import { useState } from 'react';

/**
 * Whether a spoiler section (techniques, SQL ideas) is open: local state that starts from what the
 * practice record remembers for this problem and reports every change back to it.
 */
export function useRevealed(initiallyShown: boolean, onShownChange: (shown: boolean) => void) {
  const [shown, setShown] = useState(initiallyShown);
  const reveal = (next: boolean) => {
    setShown(next);
    onShownChange(next);
  };
  return [shown, reveal] as const;
}
