import type { ReactNode } from 'react';

/**
 * A piece of neuron drawn as an illustrator would: cytoplasm fill, and a lipid-bilayer membrane as a
 * warm band between two darker edges.
 */
export function Tissue({ d, fill, edge = 'var(--c-membrane-edge)', band = 'var(--c-membrane)', children }: {
  d: string;
  fill: string;
  edge?: string;
  band?: string;
  children?: ReactNode;
}) {
  return (
    <g>
      <path d={d} fill={fill} stroke={edge} strokeWidth={7} strokeLinejoin="round" />
      <path d={d} fill="none" stroke={band} strokeWidth={4} strokeLinejoin="round" />
      {children}
    </g>
  );
}
