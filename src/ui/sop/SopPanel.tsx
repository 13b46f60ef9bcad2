import './strings';
import './sop.css';
import { useTranslation } from 'react-i18next';
import { resolveLang } from '@flowsmith/model';
import { useEditorState } from '../EditorContext';
import type { SopView } from '../../workers/sopProtocol';
import { useSopPreview } from './useSopPreview';
import { SopControls } from './SopControls';
import { SopDownloads } from './SopDownloads';
import { useSopChoice, useSopStore, type SopChoice } from './sopStore';

/**
 * The SOP side panel: a live preview of the SOP or of a role's job description (岗位说明书) in a
 * sandboxed frame, in the document's language unless switched, and downloads in every format.
 */
export function SopPanel() {
  const sopStore = useSopStore();
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  // Session choices, forgotten when another process opens.
  const choice = useSopChoice();
  const own: SopChoice =
    choice.docId === doc.id ? choice : { docId: doc.id, lang: null, view: { kind: 'sop' } };
  const lang = own.lang ?? resolveLang(doc.language);
  const roleGone =
    own.view.kind === 'jobs' &&
    own.view.role !== undefined &&
    !doc.roles.some((r) => own.view.kind === 'jobs' && r.id === own.view.role);
  const view: SopView = roleGone ? { kind: 'sop' } : own.view;
  const preview = useSopPreview(doc, lang, view);
  return (
    <section className="fs-inspector-section fs-sop" aria-label={t('sop.panel')}>
      <h2 className="fs-panel-title">{t('sop.panel')}</h2>
      <p className="fs-muted fs-sop-intro">{t('sop.intro')}</p>
      <SopControls
        doc={doc}
        lang={lang}
        view={view}
        onChange={(next) => sopStore.setState({ ...own, ...next, docId: doc.id })}
      />
      {view.kind === 'jobs' && doc.roles.length === 0 && (
        <p className="fs-muted">{t('sop.noRoles')}</p>
      )}
      <div className="fs-sop-preview" aria-busy={preview.building}>
        {preview.error && (
          <p className="fs-field-error" role="alert">
            {t('sop.failed', { message: preview.error })}
          </p>
        )}
        {preview.building && <span className="fs-sop-building">{t('sop.building')}</span>}
        {preview.html !== null && (
          <iframe
            className="fs-sop-frame"
            sandbox=""
            srcDoc={preview.html}
            title={t('sop.previewTitle', { title: preview.tree?.title ?? doc.name })}
            data-testid="sop-preview"
            data-lang={preview.tree?.lang}
            data-kind={preview.tree?.kind}
          />
        )}
      </div>
      <SopDownloads
        doc={doc}
        view={view}
        tree={preview.building ? null : preview.tree}
        html={preview.building ? null : preview.html}
      />
    </section>
  );
}
