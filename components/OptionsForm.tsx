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
      <h1 id="options-title">{t('optionsTitle')}</h1>
      <p class="saved-status" role="status" aria-live="polite">
        {status}
      </p>

      <section aria-labelledby="length-heading">
        <h2 id="length-heading">{t('lengthLegend')}</h2>
        <LengthControl value={settings.sentences} max={MAX_SENTENCES} onChange={(n) => onChange({ sentences: n })} />
      </section>

      <section aria-labelledby="format-heading">
        <h2 id="format-heading">{t('copyFormatLegend')}</h2>
        <fieldset>
          <legend class="visually-hidden">{t('copyFormatLegend')}</legend>
          <label class={settings.copyFormat === 'text' ? 'chip selected' : 'chip'}>
            <input
              type="radio"
              name="copy-format"
              checked={settings.copyFormat === 'text'}
              onChange={() => onChange({ copyFormat: 'text' })}
            />
            {t('formatPlainText')}
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
        <p class="hint">{t('optionsFormatHint')}</p>
      </section>

      <section aria-labelledby="highlight-heading">
        <h2 id="highlight-heading">{t('optionsPageHeading')}</h2>
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.highlight}
            onChange={(e) => onChange({ highlight: e.currentTarget.checked })}
          />
          {t('optionsHighlight')}
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
        <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
        {pinned === false && <p class="hint pin-hint">{t('optionsPinHint')}</p>}
        <ul class="shortcuts">
          {shortcuts.map((s) => {
            // The keys are an element inside the sentence: the message is cut where they go.
            const [before, after] = t('optionsShortcutLine', s.description, '\n').split('\n');
            return (
              <li key={s.name}>
                {before}
                {s.shortcut ? <kbd>{s.shortcut}</kbd> : <em>{t('optionsShortcutNotSet')}</em>}
                {after}
              </li>
            );
          })}
        </ul>
        <div class="actions">
          <button type="button" onClick={onOpenShortcuts}>
            {t('optionsChangeShortcuts')}
          </button>
        </div>
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('optionsPrivacyHeading')}</h2>
        <p>{t('optionsPrivacy')}</p>
      </section>
    </main>
  );
}
