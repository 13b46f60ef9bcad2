import { useTranslation } from 'react-i18next';
import type { Lang } from '@flowsmith/model';
import { changeLang, currentLang } from '../../i18n/i18n';
import { useEditor } from '../EditorContext';

/** Switches the interface between English and 简体中文. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const editor = useEditor();
  const lang = currentLang();
  return (
    <select
      className="fs-lang"
      aria-label={t('language.label')}
      value={lang}
      data-lang={i18n.language}
      onChange={async (e) => {
        const next = e.target.value as Lang;
        await changeLang(next);
        editor.setLang(next);
      }}
    >
      <option value="en">English</option>
      <option value="zh-CN">简体中文</option>
    </select>
  );
}
