export interface PopupAppProps {
  onOpenPanel(): void;
}

export function PopupApp({ onOpenPanel }: PopupAppProps) {
  return (
    <main className="panel popup">
      <h1 className="context-title">Sparring</h1>
      <button type="button" onClick={onOpenPanel}>
        Open side panel
      </button>
    </main>
  );
}
