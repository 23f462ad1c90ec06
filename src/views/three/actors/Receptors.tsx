import { useCallback, useRef } from 'react';
import { MeshLambertMaterial, type Group } from 'three';
import type { SynapseState } from '../../../science/types';
import { useDisposable } from '../disposable';
import { PALETTE } from '../palette';
import { scaleOrHide, share, useSynapseFrame, type SynapseFrame } from '../frame';
import { AMPA_SITES, LTYPE_SITE, NMDA_SITES, TRKB_SITES, type Site } from '../layout';
import { Channel, type ChannelLook } from './Channel';
import { Particles, type ParticleMotion } from './Particles';

/**
 * The receptors on the spine head. Each receptor shows its share of a population value: with
 * nmdaBlocked = 0.5 of three NMDA receptors, the first is blocked, the second half-way, the third free.
 * The ordering puts the receptor the close-up looks at (index 0) first to open, unplug and be blocked.
 */
const NMDA_LOOK: ChannelLook = { stalk: PALETTE.nmda, domain: PALETTE.nmda, glowColor: PALETTE.nmdaGlow };
const AMPA_LOOK: ChannelLook = { stalk: PALETTE.ampaOutline, domain: PALETTE.ampa, glowColor: PALETTE.ampa, scale: 0.9 };
const LTYPE_LOOK: ChannelLook = { stalk: PALETTE.ltype, domain: PALETTE.ltype, glowColor: PALETTE.calcium, scale: 0.85 };

const N_NMDA = NMDA_SITES.length;
const N_AMPA = AMPA_SITES.length;

const nmdaOpen = (s: SynapseState, i: number) => share(s.nmdaOpen, N_NMDA, i);
/** Mg²⁺ leaves the first receptor first: index 0 is the last one still plugged as mgBlock falls. */
const nmdaPlugged = (s: SynapseState, i: number) => share(s.mgBlock, N_NMDA, N_NMDA - 1 - i);
const nmdaBlocked = (s: SynapseState, i: number) => share(s.nmdaBlocked, N_NMDA, i);
/** Ions pass only through a receptor that is open and neither plugged by Mg²⁺ nor blocked by ketamine. */
const nmdaFlow = (s: SynapseState, i: number) => nmdaOpen(s, i) * (1 - nmdaPlugged(s, i)) * (1 - nmdaBlocked(s, i));

/** Ions flow in through the pore, from the cleft (+y) into the spine (−y), in the channel's frame. */
const THROUGH_PORE: ParticleMotion = { kind: 'stream', from: [0, 0.75, 0], to: [0, -0.7, 0], spread: 0.08, rate: 0.5 };

function NmdaReceptor({ site, index }: { site: Site; index: number }) {
  const mg = useRef<Group>(null);
  const ketamine = useRef<Group>(null);
  const open = useCallback((s: SynapseState) => nmdaOpen(s, index), [index]);
  const flow = useCallback((s: SynapseState) => nmdaFlow(s, index), [index]);
  const update = useCallback(
    ({ state }: SynapseFrame) => {
      // The plug rises out of the pore and fades as it leaves; ketamine sinks in from the cleft.
      const plugged = nmdaPlugged(state, index);
      mg.current?.position.set(0, 0.1 + (1 - plugged) * 0.55, 0);
      scaleOrHide(mg.current, plugged);
      const blocked = nmdaBlocked(state, index);
      ketamine.current?.position.set(0, 0.24 + (1 - blocked) * 0.5, 0);
      scaleOrHide(ketamine.current, blocked);
    },
    [index],
  );
  useSynapseFrame(update);
  return (
    <Channel site={site} look={NMDA_LOOK} open={open} glow={flow} name={`nmda-${index}`}>
      <group ref={mg} name="magnesium">
        <mesh>
          <sphereGeometry args={[0.065, 12, 8]} />
          <meshLambertMaterial color={PALETTE.magnesium} />
        </mesh>
      </group>
      <group ref={ketamine} name="ketamine-in-pore">
        <KetamineShape />
      </group>
      <Particles name={`nmda-ions-${index}`} count={6} seed={40 + index} size={0.045} value={flow} motion={THROUGH_PORE}>
        <sphereGeometry args={[1, 8, 6]} />
        <meshLambertMaterial color={PALETTE.calcium} />
      </Particles>
    </Channel>
  );
}

/** A ketamine molecule: a six-membered ring with a small side group, in the ketamine colour. */
export function KetamineShape() {
  return (
    <group rotation={[Math.PI / 2.4, 0, 0]}>
      <mesh>
        <torusGeometry args={[0.075, 0.026, 8, 6]} />
        <meshLambertMaterial color={PALETTE.ketamine} />
      </mesh>
      <mesh position={[0.12, 0, 0]}>
        <sphereGeometry args={[0.035, 10, 8]} />
        <meshLambertMaterial color={PALETTE.ketamine} />
      </mesh>
    </group>
  );
}

function AmpaReceptor({ site, index }: { site: Site; index: number }) {
  const open = useCallback((s: SynapseState) => share(s.ampaOpen, N_AMPA, index), [index]);
  return (
    <Channel site={site} look={AMPA_LOOK} open={open} glow={open} name={`ampa-${index}`}>
      <Particles name={`sodium-${index}`} count={6} seed={60 + index} size={0.055} value={open} motion={THROUGH_PORE}>
        <sphereGeometry args={[1, 8, 6]} />
        <meshLambertMaterial color={PALETTE.sodium} />
      </Particles>
    </Channel>
  );
}

const calcium = (s: SynapseState) => s.calcium;

/** The L-type Ca²⁺ channel on the side of the spine head; Ca²⁺ streams in through it. */
export function LTypeChannel() {
  return (
    <Channel site={LTYPE_SITE} look={LTYPE_LOOK} open={calcium} glow={calcium} name="ltype">
      <Particles name="calcium" count={8} seed={80} size={0.045} value={calcium} motion={THROUGH_PORE}>
        <sphereGeometry args={[1, 8, 6]} />
        <meshLambertMaterial color={PALETTE.calcium} />
      </Particles>
    </Channel>
  );
}

/** TrkB: a receptor pair that lights up when BDNF (a green ball) docks on it. */
function TrkB({ site, index }: { site: Site; index: number }) {
  const ligand = useRef<Group>(null);
  const body = useDisposable(
    () => new MeshLambertMaterial({ color: PALETTE.trkb, emissive: PALETTE.bdnf, emissiveIntensity: 0 }),
    [],
  );
  const update = useCallback(
    ({ state }: SynapseFrame) => {
      const docked = share(state.trkb, TRKB_SITES.length, index);
      scaleOrHide(ligand.current, docked);
      ligand.current?.position.set(0, 0.55 + (1 - docked) * 0.4, 0);
      body.emissiveIntensity = 0.8 * docked;
    },
    [index, body],
  );
  useSynapseFrame(update);
  return (
    <group position={site.position} quaternion={site.quaternion} name={`trkb-${index}`}>
      {[-1, 1].map((side) => (
        <mesh key={side} material={body} position={[side * 0.07, 0.2, 0]} rotation={[0, 0, -side * 0.18]}>
          <capsuleGeometry args={[0.06, 0.34, 4, 10]} />
        </mesh>
      ))}
      <group ref={ligand}>
        <mesh>
          <sphereGeometry args={[0.1, 14, 10]} />
          <meshLambertMaterial color={PALETTE.bdnf} />
        </mesh>
      </group>
    </group>
  );
}

export function NmdaReceptors() {
  return NMDA_SITES.map((site, i) => <NmdaReceptor key={i} site={site} index={i} />);
}

export function AmpaReceptors() {
  return AMPA_SITES.map((site, i) => <AmpaReceptor key={i} site={site} index={i} />);
}

export function TrkBReceptors() {
  return TRKB_SITES.map((site, i) => <TrkB key={i} site={site} index={i} />);
}
