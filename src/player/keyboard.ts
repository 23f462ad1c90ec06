import type { Player } from './player';

/**
 * The player's keyboard shortcuts (issue "Five scenes": Space, ←/→, PageUp/PageDown, Home/End, 1–5, ?).
 * Keys typed into form controls, or pressed with a modifier, are left alone so nothing fights the
 * browser or assistive technology.
 */
export interface KeyboardActions {
  openHelp(): void;
}

const FORM_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function handlePlayerKey(event: KeyboardEvent, player: Player, actions: KeyboardActions): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return false;
  const target = event.target as HTMLElement | null;
  if (target && (FORM_CONTROLS.has(target.tagName) || target.isContentEditable)) return false;
  // Space and Enter on a focused button press that button; only a bare Space anywhere else plays/pauses.
  const onButton = target?.closest?.('button, [role="button"], a, summary') != null;

  switch (event.key) {
    case ' ':
      if (onButton) return false;
      player.toggle();
      return true;
    case 'ArrowRight':
      player.nextBeat();
      return true;
    case 'ArrowLeft':
      player.previousBeat();
      return true;
    case 'PageDown':
      player.nextScene();
      return true;
    case 'PageUp':
      player.previousScene();
      return true;
    case 'Home':
      player.goToBeat(0);
      return true;
    case 'End':
      player.goToBeat(player.scene.beats.length - 1);
      return true;
    case '?':
      actions.openHelp();
      return true;
    default:
      if (/^[1-9]$/.test(event.key) && Number(event.key) <= player.scenes.length) {
        player.goToScene(Number(event.key) - 1);
        return true;
      }
      return false;
  }
}
