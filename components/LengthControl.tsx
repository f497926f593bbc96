import { t } from '@/entrypoints/shared/i18n';

export const PRESETS = [
  { sentences: 1, label: 'lengthTldr' },
  { sentences: 3, label: 'lengthKeyPoints' },
  { sentences: 5, label: 'lengthDetailed' },
] as const;

export interface LengthControlProps {
  value: number;
  /** The most sentences this digest has to offer. */
  max: number;
  onChange: (sentences: number) => void;
}

/** Digest length: three presets and a custom number, as native radios (arrow keys work). */
export function LengthControl({ value, max, onChange }: LengthControlProps) {
  const isPreset = PRESETS.some((p) => p.sentences === value);
  const clamp = (n: number) => Math.min(Math.max(1, Math.round(n)), Math.max(1, max));
  return (
    <fieldset class="length">
      <legend class="visually-hidden">{t('lengthLegend')}</legend>
      {PRESETS.map((p) => (
        <label key={p.sentences} class={value === p.sentences ? 'chip selected' : 'chip'}>
          <input type="radio" name="length" checked={value === p.sentences} onChange={() => onChange(p.sentences)} />
          {t(p.label)}
        </label>
      ))}
      <label class={isPreset ? 'chip' : 'chip selected'}>
        <input type="radio" name="length" checked={!isPreset} onChange={() => onChange(clamp(isPreset ? 7 : value))} />
        {t('lengthCustom')}
      </label>
      {!isPreset && (
        <input
          class="custom-length"
          type="number"
          min={1}
          max={Math.max(1, max)}
          value={value}
          aria-label={t('lengthCustomLabel')}
          onInput={(e) => {
            const n = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(n) && n >= 1) onChange(clamp(n));
          }}
        />
      )}
    </fieldset>
  );
}
