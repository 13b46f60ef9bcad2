import './presentationStrings';
import type { UiStore } from '../uiStore';

let fullscreenBy: UiStore | null = null;

/**
 * Enters presentation mode: the map alone, full screen where the browser allows it (the
 * Fullscreen API), else filling the window with the app's chrome hidden. Leaving full screen by
 * the browser's own Esc also leaves the mode.
 */
export function enterPresentation(ui: UiStore): void {
  if (ui.getState().presenting) return;
  ui.setState({ presenting: true, searchOpen: false, view: 'canvas' });
  const root = document.documentElement;
  if (!document.fullscreenElement && document.fullscreenEnabled && root.requestFullscreen) {
    root.requestFullscreen().then(
      () => (fullscreenBy = ui),
      // Refused (no user gesture, a policy, an iframe): the chrome is hidden all the same.
      () => undefined,
    );
  }
}

/** Leaves presentation mode (and full screen, if presentation mode entered it). */
export function leavePresentation(ui: UiStore): void {
  if (!ui.getState().presenting) return;
  ui.setState({ presenting: false });
  if (fullscreenBy === ui && document.fullscreenElement) void document.exitFullscreen();
  fullscreenBy = null;
}

/** Enters presentation mode, or leaves it. */
export function togglePresentation(ui: UiStore): void {
  if (ui.getState().presenting) leavePresentation(ui);
  else enterPresentation(ui);
}

if (typeof document !== 'undefined') {
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && fullscreenBy) {
      const ui = fullscreenBy;
      fullscreenBy = null;
      leavePresentation(ui);
    }
  });
}
