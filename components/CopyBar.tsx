import { useEffect, useState } from 'preact/hooks';
import { t } from '@/entrypoints/shared/i18n';
import type { CopyFormat } from '@/lib/format';

export interface CopyBarProps {
  format: CopyFormat;
  onFormatChange: (format: CopyFormat) => void;
  /** Writes the digest in the given format; rejects when the clipboard refuses. */
  onCopy: (format: CopyFormat) => Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'copied'; format: CopyFormat } | { kind: 'failed'; message: string };

const FORMATS: CopyFormat[] = ['text', 'markdown'];

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
      setStatus({ kind: 'failed', message: t('copyFailed', (err as Error).message) });
    }
  };

  return (
    <div class="copy-bar">
      <button type="button" class="primary" onClick={copy}>
        {t(format === 'markdown' ? 'copyMarkdown' : 'copyText')}
      </button>
      <fieldset class="format">
        <legend class="visually-hidden">{t('copyFormatLegend')}</legend>
        {FORMATS.map((f) => (
          <label key={f} class={f === format ? 'chip selected' : 'chip'}>
            <input type="radio" name="copy-format" checked={f === format} onChange={() => onFormatChange(f)} />
            {f === 'markdown' ? 'Markdown' : t('formatText')}
          </label>
        ))}
      </fieldset>
      <span class="copy-status" role="status" aria-live="polite">
        {status.kind === 'copied' && t(status.format === 'markdown' ? 'copiedMarkdown' : 'copiedText')}
        {status.kind === 'failed' && status.message}
      </span>
    </div>
  );
}
