import { Dialog } from '../Dialog';
import { useText } from '../text';

const SHORTCUTS = [
  ['Space', 'ui.keys.space'],
  ['← →', 'ui.keys.arrows'],
  ['Page Up / Page Down', 'ui.keys.pages'],
  ['Home / End', 'ui.keys.homeEnd'],
  ['1 – 5', 'ui.keys.numbers'],
  ['?', 'ui.keys.help'],
  // The consult's pointer and pen (src/app/consult/InkLayer.tsx, INK_KEYS).
  ['L', 'consult.keys.laser'],
  ['P', 'consult.keys.pen'],
  ['H', 'consult.keys.highlighter'],
  ['E', 'consult.keys.eraser'],
  ['C', 'consult.keys.clear'],
  ['K', 'consult.keys.pin'],
  ['Esc', 'ui.keys.escape'],
] as const;

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useText();
  return (
    <Dialog open={open} onClose={onClose} title={t('ui.shortcuts')}>
      <dl className="shortcut-list">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={action}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
