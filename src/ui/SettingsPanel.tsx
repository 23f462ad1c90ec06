import { useId } from 'react';
import { EXPOSURES, STRESS_LEVELS, TIMES, type PanelSettings } from '../model/settings';
import { useText } from './text';

/**
 * The qualitative panel: three settings in words, for showing "what if" in a consult. Each is a
 * native radio group (arrow keys move within it), with a visible label and one plain line of help.
 * The note that these are illustrations, not doses or predictions, is always shown with them.
 */
const GROUPS = [
  { name: 'exposure', values: EXPOSURES },
  { name: 'time', values: TIMES },
  { name: 'stress', values: STRESS_LEVELS },
] as const;

export function SettingsPanel({ settings, onChange }: { settings: PanelSettings; onChange: (next: PanelSettings) => void }) {
  const { t } = useText();
  const id = useId();
  return (
    <section className="settings-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="settings-panel__title">
        {t('panel.title')}
      </h2>
      {GROUPS.map((group) => (
        <fieldset key={group.name} className="settings-panel__group" aria-describedby={`${id}-${group.name}-help`}>
          <legend>{t(`panel.${group.name}.label`)}</legend>
          <p id={`${id}-${group.name}-help`} className="settings-panel__help">
            {t(`panel.${group.name}.help`)}
          </p>
          <div className="settings-panel__options">
            {group.values.map((value) => {
              const checked = settings[group.name] === value;
              return (
                <label key={value} className={checked ? 'is-checked' : undefined}>
                  <input
                    type="radio"
                    name={`${id}-${group.name}`}
                    value={value}
                    checked={checked}
                    onChange={() => onChange({ ...settings, [group.name]: value })}
                  />
                  <span>{t(`panel.${group.name}.values.${value}`)}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <p className="settings-panel__note" role="note">
        {t('panel.note')}
      </p>
    </section>
  );
}
