import { useId } from 'react';

export interface DataTransferStatus {
  tone: 'ok' | 'error';
  text: string;
}

export interface DataTransferProps {
  status: DataTransferStatus | null;
  onExport(): void;
  onImport(file: File): void;
}

/** Export and import of what the user would not want to lose. */
export function DataTransfer({ status, onExport, onImport }: DataTransferProps) {
  const fileId = useId();
  return (
    <div className="data-transfer">
      <p>
        Your quiz progress, preferences, target role and generated questions, as a JSON file you can keep or
        move to another browser. Your API key is never in it. An import replaces that data, or changes nothing
        if the file cannot be used.
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
