import { useId } from 'react';

export interface DataTransferProps {
  status: { tone: 'ok' | 'error'; text: string } | null;
  onExport(): void;
  onImport(file: File): void;
}

/** Export and import of the quiz progress, the data a user would not want to lose. */
export function DataTransfer({ status, onExport, onImport }: DataTransferProps) {
  const fileId = useId();
  return (
    <div className="data-transfer">
      <p>Quiz progress and preferences, as a JSON file you can keep or move to another browser.</p>
      <button type="button" onClick={onExport}>
        Export quiz progress
      </button>{' '}
      <label htmlFor={fileId}>Import quiz progress</label>
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
