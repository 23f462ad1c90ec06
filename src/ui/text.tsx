import { createContext, useContext, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Level } from '../science/types';

/** The translator and the language level, for every component below the app shell. */
export interface TextContextValue {
  readonly t: TFunction;
  readonly lang: string;
  readonly level: Level;
}

const TextContext = createContext<TextContextValue | null>(null);

export function TextProvider({ value, children }: { value: TextContextValue; children: ReactNode }) {
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

export function useText(): TextContextValue {
  const value = useContext(TextContext);
  if (!value) throw new Error('useText() outside <TextProvider>');
  return value;
}
