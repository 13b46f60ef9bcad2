import { useTranslation } from 'react-i18next';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { SopView } from '../../workers/sopProtocol';

/** Which document to show (the SOP, all job descriptions, one role's) and in which language. */
export function SopControls({
  doc,
  lang,
  view,
  onChange,
}: {
  doc: ProcessDocument;
  lang: Lang;
  view: SopView;
  onChange: (next: { lang?: Lang; view?: SopView }) => void;
}) {
  const { t } = useTranslation();
  const value = view.kind === 'sop' ? 'sop' : view.role === undefined ? 'jobs' : `job:${view.role}`;
  const pick = (v: string) =>
    onChange({
      view:
        v === 'sop'
          ? { kind: 'sop' }
          : v === 'jobs'
            ? { kind: 'jobs' }
            : { kind: 'jobs', role: v.slice(4) },
    });
  return (
    <div className="fs-sop-controls">
      <div className="fs-field">
        <label htmlFor="fs-sop-view">{t('sop.document')}</label>
        <select id="fs-sop-view" value={value} onChange={(e) => pick(e.target.value)}>
          <option value="sop">{t('sop.sop')}</option>
          {doc.roles.length > 0 && <option value="jobs">{t('sop.allJobs')}</option>}
          {doc.roles.map((r) => (
            <option key={r.id} value={`job:${r.id}`}>
              {t('sop.job', { role: r.name })}
            </option>
          ))}
        </select>
      </div>
      <div className="fs-field fs-sop-lang" role="radiogroup" aria-label={t('sop.language')}>
        <span className="fs-sop-lang-label">{t('sop.language')}</span>
        <div className="fs-sop-segment">
          {(['zh-CN', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              role="radio"
              aria-checked={lang === l}
              lang={l}
              onClick={() => onChange({ lang: l })}
            >
              {l === 'en' ? t('sop.langEn') : t('sop.langZh')}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
