import { createElement, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

interface Leaving {
  readonly key: string;
  readonly node: ReactNode;
}

/**
 * Fades an item in when `itemKey` changes and keeps the one it replaces on screen while it fades out
 * (with `itemKey` null, nothing new comes in). The fades are CSS animations (`.presence` in app.css), so
 * the first picture needs no animation code and prefers-reduced-motion is honoured by the stylesheet.
 *
 * - `mode`: `wait` lets the old item fade out before the new one fades in (a caption: one text at a
 *   time); `together` cross-fades them.
 * - `initial`: whether the first item fades in too. By default it shows at once, so neither the first
 *   paint nor the hydration of a prerendered page fades in.
 * - `as`: the wrapper element of each item (`g` inside an SVG), with `className`; `fade`: the keyframes
 *   (`rise` also moves a few pixels); `ms`: their length, after which an item that has faded out is removed.
 */
export function Presence({
  itemKey,
  children,
  mode = 'together',
  initial = false,
  as = 'div',
  className,
  fade = 'fade',
  ms,
}: {
  itemKey: string | null;
  children: ReactNode;
  mode?: 'wait' | 'together';
  initial?: boolean;
  as?: 'div' | 'g';
  className?: string;
  fade?: 'fade' | 'rise';
  ms: number;
}) {
  const [shown, setShown] = useState(itemKey);
  const [entering, setEntering] = useState(initial ? itemKey : null);
  const [leaving, setLeaving] = useState<readonly Leaving[]>([]);
  // What the item on screen showed at the last commit: it keeps showing that while it fades out.
  const last = useRef(children);
  useEffect(() => {
    last.current = children;
  });

  const waiting = mode === 'wait' && leaving.length > 0;
  if (itemKey !== shown) {
    // The item on screen leaves; one still waiting for its turn was never on screen and just goes.
    const previous = waiting ? null : shown;
    const node = last.current;
    setLeaving((items) => {
      // An item that comes back while still fading out is taken off the leaving list.
      const others = items.filter((item) => item.key !== previous && item.key !== itemKey);
      return previous === null ? others : [...others, { key: previous, node }];
    });
    setShown(itemKey);
    setEntering(itemKey);
  }

  useEffect(() => {
    if (leaving.length === 0) return;
    const timer = setTimeout(() => setLeaving([]), ms);
    return () => clearTimeout(timer);
  }, [leaving, ms]);

  const wrap = (key: string, node: ReactNode, phase: 'in' | 'out' | null) =>
    createElement(
      as,
      {
        key,
        className: [className, phase && `presence presence--${fade}-${phase}`].filter(Boolean).join(' ') || undefined,
        style: phase ? ({ '--presence-ms': `${ms}ms` } as CSSProperties) : undefined,
      },
      node,
    );
  return (
    <>
      {leaving.map((item) => wrap(item.key, item.node, 'out'))}
      {itemKey !== null && !waiting && wrap(itemKey, children, entering === itemKey ? 'in' : null)}
    </>
  );
}
