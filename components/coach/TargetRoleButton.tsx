import { useState } from 'react';

export interface TargetRoleButtonProps {
  /** Saves the role for the quiz; a rejection is shown to the user. */
  onSave: () => Promise<void>;
}

/** Hands the posting's rounds and stack to the popup quiz, and says so once it is done. */
export function TargetRoleButton({ onSave }: TargetRoleButtonProps) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <p className="target-role">
      <button
        type="button"
        onClick={() =>
          onSave().then(
            () => setStatus('Saved: the quiz in the toolbar popup now leans towards this role.'),
            (error: unknown) =>
              setStatus(`Could not save the role: ${error instanceof Error ? error.message : String(error)}`),
          )
        }
      >
        Practise for this role in the quiz
      </button>
      {status && (
        <span role="status" className="note">
          {status}
        </span>
      )}
    </p>
  );
}
