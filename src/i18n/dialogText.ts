import dialogEnglish from 'virtual:locale-sections/en/claims,evidence,myths';
import { FALLBACK_LANGUAGE, getI18n } from './i18n';

/**
 * The English text that only the dialogs and the printed handout show: the wording of every claim,
 * "What you may have read" and the evidence cards. It travels with their code, after the first paint,
 * to keep the first load small (tools/localeSections.ts says how). Other languages' files carry
 * everything and load whole.
 */
export const DIALOG_SECTIONS: readonly string[] = Object.keys(dialogEnglish);

/** Adds the dialogs' English to the translator; safe to call more than once. */
export function addDialogText(): void {
  const i18n = getI18n();
  if (!i18n.getResource(FALLBACK_LANGUAGE, 'translation', 'evidence')) i18n.addResourceBundle(FALLBACK_LANGUAGE, 'translation', dialogEnglish, true, false);
}
