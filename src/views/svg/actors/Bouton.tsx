import { usePaint } from '../context';
import { Vesicle } from './Vesicle';

/** A small presynaptic bouton (an axon's swelling) holding two glutamate vesicles. */
export function Bouton({ x, y, opacity = 1 }: { x: number; y: number; opacity?: number }) {
  const paint = usePaint();
  return (
    <g opacity={opacity}>
      <ellipse cx={x} cy={y} rx={22} ry={15} fill={paint('bouton')} stroke="var(--c-membrane-edge)" strokeWidth={3} />
      <Vesicle x={x - 7} y={y - 2} r={5} cargo="glutamate" />
      <Vesicle x={x + 7} y={y + 1} r={5} cargo="glutamate" />
    </g>
  );
}
