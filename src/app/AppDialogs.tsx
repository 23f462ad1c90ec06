import type { SceneDefinition, Beat } from '../science/types';
import { AboutDialog, type AboutSection } from '../ui/dialogs/AboutDialog';
import { EmbedDialog } from '../ui/dialogs/EmbedDialog';
import { HelpDialog } from '../ui/dialogs/HelpDialog';
import { MythsDialog } from '../ui/dialogs/MythsDialog';
import { ReferencesDialog } from '../ui/dialogs/ReferencesDialog';
import { TakeHomeDialog } from '../ui/dialogs/TakeHomeDialog';
import { useText } from '../ui/text';
import { takeHomeLink } from './takeHomeLink';
import type { ComponentProps } from 'react';

export type DialogName = 'help' | 'about' | 'references' | 'myths' | 'embed' | 'takeHome';

/**
 * Every dialog of the app in one module, loaded after the first paint (see App): none is needed
 * to show a scene, and together they hold much of the app's longer text.
 */
export default function AppDialogs({
  open,
  onClose,
  aboutSection,
  scene,
  beat,
  allowLinks,
  embed,
  inkKeys,
}: {
  open: DialogName | null;
  onClose: () => void;
  aboutSection: AboutSection;
  scene: SceneDefinition;
  beat: Beat;
  allowLinks: boolean;
  /** The embed dialog's settings; absent where embedding is not offered (kiosk, embed modes). */
  embed?: ComponentProps<typeof EmbedDialog>['settings'];
  /** Whether the consult's pointer and pen are offered, so the help lists their keys. */
  inkKeys: boolean;
}) {
  const { lang } = useText();
  const home = takeHomeLink(scene.id, lang);
  return (
    <>
      <HelpDialog open={open === 'help'} onClose={onClose} inkKeys={inkKeys} />
      <AboutDialog open={open === 'about'} section={aboutSection} onClose={onClose} allowLinks={allowLinks} />
      <MythsDialog open={open === 'myths'} onClose={onClose} />
      {embed && <EmbedDialog open={open === 'embed'} onClose={onClose} settings={embed} />}
      <TakeHomeDialog open={open === 'takeHome'} onClose={onClose} url={home.url} configured={home.configured} />
      <ReferencesDialog open={open === 'references'} onClose={onClose} scene={scene} beat={beat} allowLinks={allowLinks} />
    </>
  );
}
