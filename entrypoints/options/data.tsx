import { useCallback, useEffect, useState } from 'react';
import { DataTransfer, type DataTransferStatus } from '@/components/options/DataTransfer';
import { freeUpSpace, storageUse } from '@/lib/storage/free-space';
import { exportData, importData, restorePointItem, undoImport } from '@/lib/storage/transfer';

/** "340 KB", "1.2 MB". */
function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function download(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * "Your data", on the options and progress pages: export, import (merged, all or nothing, with a
 * restore point to undo it), storage used, and freeing room.
 */
export function DataSection() {
  const [status, setStatus] = useState<DataTransferStatus | null>(null);
  const [usage, setUsage] = useState<string | null>(null);
  const [undoable, setUndoable] = useState(false);
  useEffect(() => {
    void restorePointItem.getValue().then((point) => setUndoable(point !== null));
    return restorePointItem.watch((point) => setUndoable(point !== null));
  }, []);
  const refreshUsage = useCallback(() => {
    void storageUse().then(({ used, quota }) =>
      setUsage(
        Number.isFinite(quota)
          ? `Sparring keeps ${size(used)} of the ${size(quota)} this browser allows it.`
          : `Sparring keeps ${size(used)}.`,
      ),
    );
  }, []);
  useEffect(refreshUsage, [refreshUsage]);
  const fail = (error: unknown) =>
    setStatus({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
  return (
    <DataTransfer
      status={status}
      usage={usage}
      onExport={() =>
        void exportData().then((json) => {
          download(`sparring-${new Date().toISOString().slice(0, 10)}.json`, json);
          setStatus({ tone: 'ok', text: 'Exported.' });
        }, fail)
      }
      onImport={(file) =>
        void file
          .text()
          .then(importData)
          .then((result) => {
            setStatus(
              result.ok ? { tone: 'ok', text: result.message } : { tone: 'error', text: result.error },
            );
            refreshUsage();
          }, fail)
      }
      onUndoImport={
        undoable
          ? () =>
              void undoImport().then((undone) => {
                setStatus({
                  tone: 'ok',
                  text: undone ? `Undid the import of ${undone}.` : 'Nothing to undo.',
                });
                refreshUsage();
              }, fail)
          : undefined
      }
      onFreeUpSpace={() =>
        void freeUpSpace().then((freed) => {
          setStatus({ tone: 'ok', text: `Freed ${size(freed)}.` });
          refreshUsage();
        }, fail)
      }
    />
  );
}
