import { Dialog } from '../Dialog';
import { useText } from '../text';

const PLAYER_KEYS = [
  ['Space', 'ui.keys.space'],
  ['← →', 'ui.keys.arrows'],
  ['Page Up / Page Down', 'ui.keys.pages'],
  ['Home / End', 'ui.keys.homeEnd'],
  ['1 – 5', 'ui.keys.numbers'],
  ['?', 'ui.keys.help'],
] as const;

// The consult's pointer and pen (src/app/consult/InkLayer.tsx, INK_KEYS): explore mode only.
const INK_KEYS = [
  ['L', 'consult.keys.laser'],
  ['P', 'consult.keys.pen'],
  ['H', 'consult.keys.highlighter'],
  ['E', 'consult.keys.eraser'],
  ['C', 'consult.keys.clear'],
  ['K', 'consult.keys.pin'],
] as const;

/** The keys that work here: `inkKeys` where the pointer and pen are offered (an embed or kiosk has none). */
export function HelpDialog({ open, onClose, inkKeys }: { open: boolean; onClose: () => void; inkKeys: boolean }) {
  const { t } = useText();
  const shortcuts = [...PLAYER_KEYS, ...(inkKeys ? INK_KEYS : []), ['Esc', inkKeys ? 'ui.keys.escape' : 'ui.keys.escapeDialog'] as const];
  return (
    <Dialog open={open} onClose={onClose} title={t('ui.shortcuts')}>
      <dl className="shortcut-list">
        {shortcuts.map(([keys, action]) => (
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
