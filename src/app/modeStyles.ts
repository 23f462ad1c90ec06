import type { Mode } from '../model/params';

/**
 * The layouts of the waiting-room kiosk and of the embedded explainer, fetched only in those modes and
 * before their first render (the mode never changes on a page), so the explore page's first load
 * carries neither.
 */
export function loadModeStyles(mode: Mode): Promise<unknown> {
  switch (mode) {
    case 'kiosk':
      return import('./kiosk/kiosk.css');
    case 'embed':
      return import('./embed.css');
    default:
      // explore, and a consult's wall screen: its styles come with its code, fetched before it draws (consult/).
      return Promise.resolve();
  }
}
