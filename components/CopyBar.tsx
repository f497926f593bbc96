import { useEffect, useState } from 'preact/hooks';
import type { CopyFormat } from '@/lib/format';

export interface CopyBarProps {
  /** Writes the digest in the given format; rejects when the clipboard refuses. */
  onCopy: (format: CopyFormat) => Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'copied'; format: CopyFormat } | { kind: 'failed'; message: string };

export function CopyBar({ onCopy }: CopyBarProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => {
    if (status.kind !== 'copied') return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async (format: CopyFormat) => {
    try {
      await onCopy(format);
      setStatus({ kind: 'copied', format });
    } catch (err) {
      setStatus({ kind: 'failed', message: `Could not copy: ${(err as Error).message}` });
    }
  };

  return (
    <div class="copy-bar">
      <button type="button" onClick={() => copy('text')}>
        Copy text
      </button>
      <button type="button" onClick={() => copy('markdown')}>
        Copy Markdown
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {status.kind === 'copied' && `Copied as ${status.format === 'markdown' ? 'Markdown' : 'text'}`}
        {status.kind === 'failed' && status.message}
      </span>
    </div>
  );
}
