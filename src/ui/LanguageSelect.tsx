import { useId } from 'react';
import { LANGUAGES, nativeName } from '../i18n/i18n';
import { useText } from './text';

/** Chooses the language of every text on screen; hidden while the app ships only one. */
export function LanguageSelect({ onChange }: { onChange: (lang: string) => void }) {
  const { t, lang } = useText();
  const id = useId();
  if (LANGUAGES.length < 2) return null;
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('ui.language')}</label>
      <select id={id} value={lang} onChange={(event) => onChange(event.target.value)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {nativeName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
