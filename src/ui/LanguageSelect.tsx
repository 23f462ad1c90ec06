import { useId } from 'react';
import { LANGUAGES } from '../i18n/i18n';
import { useText } from './text';

/** A language's name in that language ("English", "Español"), from the browser: no strings to keep. */
function nativeName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

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
