import { createContext, useContext, type ReactNode, type SVGProps } from 'react';
import type { ActorId } from '../../science/types';

/**
 * What every drawing on a stage (or in a legend symbol) shares: the id prefix of its gradients, which
 * must be unique per <svg> instance, and which actors the current beat emphasises.
 */
export interface StageContextValue {
  readonly ids: string;
  readonly focus: ReadonlySet<ActorId>;
}

const NO_FOCUS: ReadonlySet<ActorId> = new Set();
const StageContext = createContext<StageContextValue>({ ids: 'kme', focus: NO_FOCUS });

export const StageProvider = StageContext.Provider;
export { NO_FOCUS };

/** A unique id within this svg, for a composition's own clip paths. */
export function useLocalId(name: string) {
  return `${useContext(StageContext).ids}-${name}`;
}

/** `url(#…)` of a gradient defined by <StageDefs> in the same svg. */
export function usePaint() {
  const { ids } = useContext(StageContext);
  return (name: PaintName) => `url(#${ids}-${name})`;
}

/**
 * One actor's drawing. Tagged with data-part so a click on the picture can select it, and faded
 * slightly when the beat focuses on other actors (CSS transition, so the change is gentle).
 */
export function Part({ actor, children, ...rest }: { actor: ActorId; children: ReactNode } & SVGProps<SVGGElement>) {
  const { focus } = useContext(StageContext);
  const emphasis = focus.size === 0 ? '' : focus.has(actor) ? ' kme-part--focus' : ' kme-part--dim';
  return (
    <g className={`kme-part${emphasis}`} data-part={actor} {...rest}>
      {children}
    </g>
  );
}

type PaintName =
  | 'cyto'
  | 'bouton'
  | 'inter'
  | 'cleft'
  | 'glow-ampa'
  | 'glow-depol'
  | 'glow-green'
  | 'glow-kinase'
  | 'glow-calcium'
  | 'vignette';

const stop = (offset: string, color: string, opacity = 1) => (
  <stop offset={offset} style={{ stopColor: color, stopOpacity: opacity }} />
);

/** Soft gradients for tissue and glows, all in theme variables so both themes work. */
export function StageDefs({ ids }: { ids: string }) {
  const id = (name: PaintName) => `${ids}-${name}`;
  return (
    <defs>
      <radialGradient id={id('cyto')} cx="50%" cy="35%" r="75%">
        {stop('0%', 'var(--c-cytoplasm)')}
        {stop('100%', 'var(--c-cytoplasm-2)')}
      </radialGradient>
      <radialGradient id={id('bouton')} cx="50%" cy="70%" r="70%">
        {stop('0%', 'var(--c-cytoplasm)')}
        {stop('100%', 'var(--c-cytoplasm-2)')}
      </radialGradient>
      <radialGradient id={id('inter')} cx="40%" cy="35%" r="75%">
        {stop('0%', 'var(--c-interneuron)')}
        {stop('100%', 'var(--c-interneuron)', 0.75)}
      </radialGradient>
      <linearGradient id={id('cleft')} x1="0" y1="0" x2="0" y2="1">
        {stop('0%', 'var(--c-cleft)', 0)}
        {stop('50%', 'var(--c-cleft)', 1)}
        {stop('100%', 'var(--c-cleft)', 0)}
      </linearGradient>
      <radialGradient id={id('glow-ampa')}>
        {stop('0%', 'var(--c-ampa)', 0.9)}
        {stop('100%', 'var(--c-ampa)', 0)}
      </radialGradient>
      <radialGradient id={id('glow-depol')} cx="50%" cy="20%" r="80%">
        {stop('0%', 'var(--k-depol)', 0.75)}
        {stop('100%', 'var(--k-depol)', 0)}
      </radialGradient>
      <radialGradient id={id('glow-green')}>
        {stop('0%', 'var(--c-bdnf)', 0.55)}
        {stop('100%', 'var(--c-bdnf)', 0)}
      </radialGradient>
      <radialGradient id={id('glow-kinase')}>
        {stop('0%', 'var(--k-kinase-glow)', 0.9)}
        {stop('100%', 'var(--k-kinase-glow)', 0)}
      </radialGradient>
      <radialGradient id={id('glow-calcium')}>
        {stop('0%', 'var(--c-calcium)', 0.4)}
        {stop('100%', 'var(--c-calcium)', 0)}
      </radialGradient>
      <radialGradient id={id('vignette')} cx="50%" cy="45%" r="75%">
        {stop('60%', 'var(--c-stage)', 0)}
        {stop('100%', 'var(--k-vignette)', 1)}
      </radialGradient>
    </defs>
  );
}
