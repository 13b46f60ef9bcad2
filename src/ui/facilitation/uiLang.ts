import { resolveLang, type Lang } from '@flowsmith/model';

/** The model language of the app's UI language (i18next's `language`). Pure. */
export function uiLang(language: string | undefined): Lang {
  return resolveLang(language);
}
