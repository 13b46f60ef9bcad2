/**
 * i18next set-up for the app: English and zh-CN bundled (no network), the language chosen from
 * the user's last choice (localStorage), else the browser (`navigator.languages`), else English.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resolveLang, type Lang } from '@flowsmith/model';
import { en } from './en';
import { zhCN } from './zhCN';

const STORAGE_KEY = 'flowsmith.lang';

/** The language to start in: saved choice, else the browser's, else English. */
export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // storage disabled (private mode): fall back to the browser's language
  }
  const tags =
    typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  for (const tag of tags) if (/^(zh|en)/i.test(tag)) return resolveLang(tag);
  return 'en';
}

/** Starts i18next with both languages; resolves once ready. */
export async function setupI18n(lang: Lang = initialLang()): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
  return i18next;
}

/** Switches the language and remembers the choice. */
export async function changeLang(lang: Lang): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered; the switch itself still works
  }
}

/** The current language as a Flowsmith `Lang`. */
export function currentLang(): Lang {
  return resolveLang(i18next.language);
}
