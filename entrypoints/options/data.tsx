import { useState } from 'react';
import { DataTransfer, type DataTransferStatus } from '@/components/options/DataTransfer';
import { exportData, importData } from '@/lib/storage/transfer';

function download(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The options page's "Your data": export, import (all or nothing), and what each did. */
export function DataSection() {
  const [status, setStatus] = useState<DataTransferStatus | null>(null);
  return (
    <DataTransfer
      status={status}
      onExport={() =>
        void exportData().then((json) => {
          download(`sparring-${new Date().toISOString().slice(0, 10)}.json`, json);
          setStatus({ tone: 'ok', text: 'Exported.' });
        })
      }
      onImport={(file) =>
        void file.text().then(async (json) => {
          const result = await importData(json);
          setStatus(result.ok ? { tone: 'ok', text: result.message } : { tone: 'error', text: result.error });
        })
      }
    />
  );
}
