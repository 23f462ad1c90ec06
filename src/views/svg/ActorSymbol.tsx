import { useId, useMemo, type ReactNode } from 'react';
import type { ActorId } from '../../science/types';
import { NO_FOCUS, StageDefs, StageProvider } from './context';
import { AmpaReceptor } from './actors/AmpaReceptor';
import { BdnfDimer } from './actors/Bdnf';
import { Bouton } from './actors/Bouton';
import { Placed } from './actors/Channel';
import { CalciumGlyph, GabaGlyph, GlutamateGlyph, MagnesiumGlyph, SodiumGlyph } from './actors/glyphs';
import { InterneuronSoma } from './actors/Interneuron';
import { KetamineMolecule } from './actors/Ketamine';
import { Kinase } from './actors/Kinase';
import { LTypeChannel } from './actors/LTypeChannel';
import { Mtorc1 } from './actors/Mtorc1';
import { NmdaReceptor } from './actors/NmdaReceptor';
import { Ribosome } from './actors/Ribosome';
import { SpikeTrace } from './actors/SpikeTrace';
import { spineOutline } from './actors/Spine';
import { Tissue } from './actors/Tissue';
import { TrkB } from './actors/TrkB';
import { Vesicle } from './actors/Vesicle';
import './stage.css';

const SPINE = spineOutline(1);
const BUD = spineOutline(0.3);
const SHAFT = 'M-40 -12 C -14 -16, 14 -8, 40 -12 L 40 12 C 14 8, -14 16, -40 12 Z';

/** Each actor's stage drawing, framed for a small square icon: [viewBox, drawing]. */
const SYMBOLS: Record<ActorId, () => readonly [string, ReactNode]> = {
  presynaptic: () => ['-26 -26 52 52', <Bouton x={0} y={0} />],
  vesicle: () => ['-17 -17 34 34', <Vesicle x={0} y={0} r={14} cargo="glutamate" />],
  glutamate: () => ['-12 -12 24 24', <GlutamateGlyph x={0} y={0} r={9} />],
  spine: () => ['-28 -60 56 68', <path d={SPINE} fill="var(--c-cytoplasm)" stroke="var(--c-membrane-edge)" strokeWidth={2.5} />],
  nmda: () => ['-22 -30 44 46', <NmdaReceptor open={0} mg={1} lodged={0} bound={0} />],
  magnesium: () => ['-12 -12 24 24', <MagnesiumGlyph x={0} y={0} r={10} />],
  ketamine: () => ['-14 -14 28 28', <KetamineMolecule x={-0.5} y={-1} />],
  interneuron: () => ['-110 -110 220 220', <InterneuronSoma activity={1} />],
  gaba: () => ['-11 -11 22 22', <GabaGlyph x={0} y={0} r={8} />],
  pyramidal: () => ['0 0 90 48', <SpikeTrace x={2} y={4} w={86} h={40} rate={0.75} stroke="var(--k-pyramidal)" />],
  ampa: () => ['-22 -34 44 50', <AmpaReceptor open={0.6} />],
  sodium: () => ['-11 -11 22 22', <SodiumGlyph x={0} y={0} r={8} />],
  ltype: () => ['-22 -24 44 44', <LTypeChannel open={0.6} />],
  calcium: () => ['-11 -11 22 22', <CalciumGlyph x={0} y={0} r={8} />],
  bdnf: () => ['-10 -10 20 20', <BdnfDimer x={0} y={0} />],
  trkb: () => ['-22 -44 44 66', <TrkB active={1} docked={1} />],
  kinase: () => ['-30 -24 60 48', <Kinase x={0} y={0} name="Akt" active={1} />],
  mtorc1: () => ['-48 -48 96 96', <Mtorc1 x={0} y={0} active={1} />],
  ribosome: () => ['-13 -15 26 26', <Ribosome x={0} y={0} active={1} />],
  eef2k: () => ['-30 -24 60 48', <Kinase x={0} y={0} name="eEF2K" active={1} />],
  dendrite: () => ['-44 -24 88 48', <Tissue d={SHAFT} fill="var(--c-cytoplasm)" />],
  newSpine: () => [
    '-24 -64 48 72',
    <Placed x={0} y={0} scale={1}>
      <path d={BUD} fill="none" className="kme-new-glow" />
      <path d={BUD} fill="var(--c-cytoplasm)" stroke="var(--c-membrane-edge)" strokeWidth={2.5} />
    </Placed>,
  ],
};

/**
 * A small standalone icon of an actor for the legend: the very drawing used on the stage, framed on
 * its own. Decorative (the legend names it in text), so hidden from assistive technology.
 */
export function ActorSymbol({ actor, size }: { actor: ActorId; size: number }) {
  const ids = `kms${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const context = useMemo(() => ({ ids, focus: NO_FOCUS }), [ids]);
  const [viewBox, drawing] = SYMBOLS[actor]();
  return (
    <StageProvider value={context}>
      <svg className="kme-symbol" viewBox={viewBox} width={size} height={size} aria-hidden="true" focusable="false" data-symbol={actor}>
        <StageDefs ids={ids} />
        {drawing}
      </svg>
    </StageProvider>
  );
}
