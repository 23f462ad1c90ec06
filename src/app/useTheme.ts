import { useEffect } from 'react';
import type { Theme } from '../model/params';

/** Applies the colour scheme to <html data-theme>; `auto` follows the system and its changes. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme !== 'auto') {
      root.dataset.theme = theme;
      return;
    }
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => (root.dataset.theme = query.matches ? 'dark' : 'light');
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
