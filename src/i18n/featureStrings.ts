/**
 * Lets a feature (analysis, simulation, BPMN, run mode, SOP, …) keep its strings beside its code:
 * `addFeatureStrings('analysis', { en: {...}, 'zh-CN': {...} })` at module load puts them under
 * the `analysis.` prefix of the app's translation in both languages, now or once i18next starts.
 */
import i18next from 'i18next';
import type { Lang } from '@flowsmith/model';

/** A feature's strings in every language; nested objects become dotted keys. */
export type FeatureStrings = Record<Lang, Record<string, unknown>>;

/** Adds `strings` under `prefix` in both languages (deep-merged, never overwriting the core). */
export function addFeatureStrings(prefix: string, strings: FeatureStrings): void {
  const add = () => {
    for (const lang of Object.keys(strings) as Lang[]) {
      i18next.addResourceBundle(lang, 'translation', { [prefix]: strings[lang] }, true, false);
    }
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
