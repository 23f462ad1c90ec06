import { useEffect, useState } from 'react';
import { useBrowserFact } from './useBrowserFact';
import { useText } from './text';

const hasSpeech = () => 'speechSynthesis' in window;

/**
 * Reads the caption aloud with the browser's own speech synthesis, in the page's language. Off by
 * default (waiting rooms are often quiet); once switched on, each new caption is read as it appears.
 * Nothing is sent anywhere: the browser speaks locally or not at all.
 */
export function ReadAloud({ text }: { text: string }) {
  const { t, lang } = useText();
  const [on, setOn] = useState(false);
  const available = useBrowserFact(hasSpeech, true);

  useEffect(() => {
    if (!on || !available || !text) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = 0.95;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
    return () => window.speechSynthesis.cancel();
  }, [on, available, text, lang]);

  if (!available) return null;
  return (
    <button type="button" className="link-button" aria-pressed={on} onClick={() => setOn((v) => !v)}>
      {t('ui.readAloud')}
    </button>
  );
}
