import { useEffect, useState } from 'preact/hooks';
import type { CopyFormat } from '@/lib/format';

export interface CopyBarProps {
  format: CopyFormat;
  onFormatChange: (format: CopyFormat) => void;
  /** Writes the digest in the given format; rejects when the clipboard refuses. */
  onCopy: (format: CopyFormat) => Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'copied'; format: CopyFormat } | { kind: 'failed'; message: string };

const LABELS: Record<CopyFormat, string> = { text: 'Text', markdown: 'Markdown' };

export function CopyBar({ format, onFormatChange, onCopy }: CopyBarProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => {
    if (status.kind !== 'copied') return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await onCopy(format);
      setStatus({ kind: 'copied', format });
    } catch (err) {
      setStatus({ kind: 'failed', message: `Could not copy: ${(err as Error).message}` });
    }
  };

  return (
    <div class="copy-bar">
      <button type="button" class="primary" onClick={copy}>
        Copy {LABELS[format] === 'Text' ? 'text' : 'Markdown'}
      </button>
      <fieldset class="format">
        <legend class="visually-hidden">Copy format</legend>
        {(Object.keys(LABELS) as CopyFormat[]).map((f) => (
          <label key={f} class={f === format ? 'chip selected' : 'chip'}>
            <input type="radio" name="copy-format" checked={f === format} onChange={() => onFormatChange(f)} />
            {LABELS[f]}
          </label>
        ))}
      </fieldset>
      <span class="copy-status" role="status" aria-live="polite">
        {status.kind === 'copied' && `Copied as ${status.format === 'markdown' ? 'Markdown' : 'text'}`}
        {status.kind === 'failed' && status.message}
      </span>
    </div>
  );
}
