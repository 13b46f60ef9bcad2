import type { TFunction } from 'i18next';
import type { AppServices } from '../EditorContext';
import type { Action } from './action';

/** Runs an action if it is enabled; failures become an error notice, never an unhandled rejection. */
export function runAction(action: Action, services: AppServices, t: TFunction): void {
  const ctx = { ...services, t };
  if (action.enabled && !action.enabled(ctx)) return;
  try {
    const r = action.run(ctx);
    if (r instanceof Promise)
      r.catch((e: unknown) => services.ui.setState({ notice: { kind: 'error', text: String(e) } }));
  } catch (e) {
    services.ui.setState({ notice: { kind: 'error', text: String(e) } });
  }
}
