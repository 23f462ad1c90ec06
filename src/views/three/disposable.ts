import { useEffect, useMemo } from 'react';

/**
 * A geometry or material created imperatively (to share it between several meshes) and disposed
 * when the component unmounts. R3F disposes what JSX declares, but not objects passed in as props.
 */
export function useDisposable<T extends { dispose(): void }>(create: () => T, deps: readonly unknown[]): T {
  const value = useMemo(create, deps);
  useEffect(() => () => value.dispose(), [value]);
  return value;
}
