import { t } from '@/entrypoints/shared/i18n';
import type { Settings } from '@/entrypoints/shared/settings';
import { MAX_SENTENCES } from '@/lib/select';
import { LengthControl } from './LengthControl';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the browser has no key set for it. */
  shortcut: string;
}

export interface OptionsFormProps {
  settings: Settings;
  shortcuts: Shortcut[];
  status: string;
  /** Whether the toolbar button is pinned; null where the browser does not say (Firefox). */
  pinned: boolean | null;
  onChange: (patch: Partial<Settings>) => void;
  onOpenShortcuts: () => void;
}

export function OptionsForm({ settings, shortcuts, status, pinned, onChange, onOpenShortcuts }: OptionsFormProps) {
  return (
    <main aria-labelledby="options-title">
      <h1 id="options-title">Newsgist settings</h1>
      <p class="saved-status" role="status" aria-live="polite">
        {status}
      </p>

      <section aria-labelledby="length-heading">
        <h2 id="length-heading">Digest length</h2>
        <LengthControl value={settings.sentences} max={MAX_SENTENCES} onChange={(n) => onChange({ sentences: n })} />
      </section>

      <section aria-labelledby="format-heading">
        <h2 id="format-heading">Copy format</h2>
        <fieldset>
          <legend class="visually-hidden">Copy format</legend>
          <label class={settings.copyFormat === 'text' ? 'chip selected' : 'chip'}>
            <input
              type="radio"
              name="copy-format"
              checked={settings.copyFormat === 'text'}
              onChange={() => onChange({ copyFormat: 'text' })}
            />
            Plain text
          </label>
          <label class={settings.copyFormat === 'markdown' ? 'chip selected' : 'chip'}>
            <input
              type="radio"
              name="copy-format"
              checked={settings.copyFormat === 'markdown'}
              onChange={() => onChange({ copyFormat: 'markdown' })}
            />
            Markdown
          </label>
        </fieldset>
        <p class="hint">The copy shortcut and the popup's Copy button both use this format.</p>
      </section>

      <section aria-labelledby="highlight-heading">
        <h2 id="highlight-heading">In the page</h2>
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.highlight}
            onChange={(e) => onChange({ highlight: e.currentTarget.checked })}
          />
          Highlight the key sentences in the article when the popup opens
        </label>
      </section>

      <section aria-labelledby="open-in-heading">
        <h2 id="open-in-heading">{t('optionsOpenInHeading')}</h2>
        <fieldset>
          <legend class="visually-hidden">{t('optionsOpenInHeading')}</legend>
          {(['popup', 'panel'] as const).map((where) => (
            <label key={where} class={settings.openIn === where ? 'chip selected' : 'chip'}>
              <input
                type="radio"
                name="open-in"
                checked={settings.openIn === where}
                onChange={() => onChange({ openIn: where })}
              />
              {where === 'popup' ? t('optionsOpenInPopup') : t('optionsOpenInPanel')}
            </label>
          ))}
        </fieldset>
        <p class="hint">{t('optionsOpenInHint')}</p>
      </section>

      <section aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Button and shortcuts</h2>
        {pinned === false && (
          <p class="hint pin-hint">
            Newsgist's button is not pinned to the toolbar, so the browser first slides it out of the Extensions menu
            each time it opens the digest: about 0.2 s lost. To pin it, open the Extensions menu (the puzzle piece) and
            click the pin next to Newsgist.
          </p>
        )}
        <ul class="shortcuts">
          {shortcuts.map((s) => (
            <li key={s.name}>
              {s.description}: {s.shortcut ? <kbd>{s.shortcut}</kbd> : <em>not set</em>}
            </li>
          ))}
        </ul>
        <div class="actions">
          <button type="button" onClick={onOpenShortcuts}>
            Change shortcuts
          </button>
        </div>
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Newsgist reads a page only when you click its button or press a shortcut, and only that page. The digest is
          computed on your device: nothing you read leaves it, no account, no tracking, no network request. Settings are
          stored in your browser.
        </p>
      </section>
    </main>
  );
}
