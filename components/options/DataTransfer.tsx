import { useId } from 'react';

export interface DataTransferStatus {
  tone: 'ok' | 'error';
  text: string;
}

export interface DataTransferProps {
  status: DataTransferStatus | null;
  /** "Sparring keeps 1.2 MB of the 10 MB this browser allows it", once known. */
  usage: string | null;
  onExport(): void;
  onImport(file: File): void;
  onFreeUpSpace(): void;
  /** Undo the last import: offered while its restore point is kept. */
  onUndoImport?: (() => void) | undefined;
}

/** Export and import of what the user would not want to lose, and room when storage is full. */
export function DataTransfer({
  status,
  usage,
  onExport,
  onImport,
  onFreeUpSpace,
  onUndoImport,
}: DataTransferProps) {
  const fileId = useId();
  return (
    <div className="data-transfer">
      <p>
        Everything Sparring keeps for you (your practice history and notes, the coach's hints, ticks and
        plans, chats, quiz progress, preferences, target role, finished mocks and stories) as one JSON file
        you can keep or move to another browser. Your API key is never in it. An import merges the file in,
        record by record (the newer of each wins, nothing else is lost) and can be undone; a file that cannot
        be used changes nothing.
      </p>
      <button type="button" onClick={onExport}>
        Export your data
      </button>{' '}
      <label htmlFor={fileId}>Import an export file</label>
      <input
        id={fileId}
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onImport(file);
          event.currentTarget.value = '';
        }}
      />
      {onUndoImport && (
        <button type="button" onClick={onUndoImport}>
          Undo the last import
        </button>
      )}
      <p data-testid="storage-use">{usage ?? ''}</p>
      <p>
        <button type="button" onClick={onFreeUpSpace}>
          Free up space
        </button>{' '}
        removes cached model answers (a later request asks the model again) and the hints, ticks and chats of
        all but the 100 problems and postings you used most recently.
      </p>
      <p
        role="status"
        aria-live="polite"
        data-testid="data-status"
        className={status ? `status-${status.tone}` : ''}
      >
        {status?.text ?? ''}
      </p>
    </div>
  );
}
