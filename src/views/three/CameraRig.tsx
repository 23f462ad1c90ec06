import { useEffect, useMemo, useRef, type ComponentRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { easeCubicInOut } from 'd3-ease';
import { Vector3 } from 'three';
import type { Framing } from '../../science/types';
import { FRAMING_POSES, GLIDE_SECONDS, ORBIT_LIMITS } from './camera';

/**
 * The camera: in the guided view it glides (eased, about a second) to the framing the beat names;
 * under reduced motion it jumps. The viewer may orbit and zoom within bounds; doing so leaves the
 * guided view until `guided` is set again ("Back to guided view").
 */
export function CameraRig({
  framing,
  guided,
  reducedMotion,
  onLeaveGuided,
}: {
  framing: Framing;
  guided: boolean;
  reducedMotion: boolean;
  onLeaveGuided: () => void;
}) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const glide = useMemo(
    () => ({ fromPosition: new Vector3(), fromTarget: new Vector3(), toPosition: new Vector3(), toTarget: new Vector3(), progress: 1 }),
    [],
  );
  const placed = useRef(false);

  useEffect(() => {
    const target = controls.current?.target;
    if (!guided || !target) {
      glide.progress = 1;
      return;
    }
    const pose = FRAMING_POSES[framing];
    glide.toPosition.set(...pose.position);
    glide.toTarget.set(...pose.target);
    glide.fromPosition.copy(camera.position);
    glide.fromTarget.copy(target);
    // The first framing and every framing under reduced motion are taken at once.
    glide.progress = reducedMotion || !placed.current ? 1 : 0;
    if (glide.progress === 1) {
      camera.position.copy(glide.toPosition);
      target.copy(glide.toTarget);
      controls.current?.update();
    }
    placed.current = true;
    invalidate();
  }, [framing, guided, reducedMotion, camera, glide, invalidate]);

  useFrame((_, delta) => {
    const target = controls.current?.target;
    if (glide.progress >= 1 || !target) return;
    // After an idle spell (demand rendering) delta can be seconds long: cap it so the glide is seen.
    glide.progress = Math.min(1, glide.progress + Math.min(delta, 0.1) / GLIDE_SECONDS);
    const k = easeCubicInOut(glide.progress);
    camera.position.lerpVectors(glide.fromPosition, glide.toPosition, k);
    target.lerpVectors(glide.fromTarget, glide.toTarget, k);
    camera.lookAt(target);
    invalidate();
  });

  return <OrbitControls ref={controls} makeDefault enablePan={false} enableDamping={false} onStart={onLeaveGuided} {...ORBIT_LIMITS} />;
}
