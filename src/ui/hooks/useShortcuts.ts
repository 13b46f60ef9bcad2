import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { actions } from '../actions/registry';
import { matchShortcut } from '../actions/matchShortcut';
import { runAction } from '../actions/runAction';
import { isEditable } from './isEditable';

/**
 * Runs the registered actions from their shortcuts. Keys are ignored while an input method is
 * composing (pinyin: `isComposing`, key code 229, or between compositionstart and -end), so
 * typing Chinese never triggers a shortcut nor drops a character; in text fields only actions
 * marked `global` run (save, open, search); copy/cut/paste are left to the clipboard events.
 */
export function useShortcuts(): void {
  const services = useServices();
  const { t } = useTranslation();
  useEffect(() => {
    let composing = false;
    const start = () => (composing = true);
    const end = () => (composing = false);
    const onKey = (e: KeyboardEvent) => {
      if (composing || e.isComposing || e.keyCode === 229) return;
      const inField = isEditable(e.target);
      const dialogOpen =
        services.ui.getState().dialog !== null || document.querySelector('dialog[open]') !== null;
      for (const action of actions) {
        if (action.clipboard || !action.keys?.some((k) => matchShortcut(e, k))) continue;
        if (inField && !action.global) return;
        // A modal dialog handles its own keys (Escape closes it, see Modal).
        if (dialogOpen && action.id !== 'file.save') return;
        e.preventDefault();
        runAction(action, services, t);
        return;
      }
    };
    window.addEventListener('compositionstart', start, true);
    window.addEventListener('compositionend', end, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('compositionstart', start, true);
      window.removeEventListener('compositionend', end, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [services, t]);
}
