import { useId, useState } from 'react';

export interface PasteBoxProps {
  onAnalyse(text: string): void;
}

/** For pages Sparring cannot read: paste a problem or a posting and get the same coaching. */
export function PasteBox({ onAnalyse }: PasteBoxProps) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <form
      className="paste-box"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onAnalyse(text);
      }}
    >
      <label htmlFor={id}>Paste a problem statement or a job posting</label>
      <textarea id={id} rows={8} value={text} onChange={(event) => setText(event.currentTarget.value)} />
      <button type="submit" disabled={!text.trim()}>
        Analyse
      </button>
    </form>
  );
}
