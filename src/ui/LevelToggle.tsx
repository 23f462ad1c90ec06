import { LEVELS, type Level } from '../science/types';
import { useText } from './text';

/** Plain or technical wording, as a radio group (one choice of two, keyboard arrows move between). */
export function LevelToggle({ onChange }: { onChange: (level: Level) => void }) {
  const { t, level } = useText();
  return (
    <fieldset className="segmented">
      <legend>{t('ui.wording')}</legend>
      {LEVELS.map((option) => (
        <label key={option} className={option === level ? 'is-checked' : undefined}>
          <input type="radio" name="level" value={option} checked={option === level} onChange={() => onChange(option)} />
          <span>{t(`ui.level.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
