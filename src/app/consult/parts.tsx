import type { ComponentProps } from 'react';
import { Audience } from './Audience';
import { ConsultPresenter } from './Presenter';

/**
 * The consult's code, as one lazy chunk with one way in for both sides (src/app/consultPart.ts): the
 * presenter's parts (explore mode, after the first paint) and the wall screen (mode=audience). One
 * chunk and one import, because the first load pays for each: two chunks sharing a third made the
 * bundler split modules of the first load into files of their own (tools/check-budgets.mjs).
 */
export function Consult(props: { audience: ComponentProps<typeof Audience> } | { presenter: ComponentProps<typeof ConsultPresenter> }) {
  return 'audience' in props ? <Audience {...props.audience} /> : <ConsultPresenter {...props.presenter} />;
}
