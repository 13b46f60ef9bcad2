import { useTranslation } from 'react-i18next';
import { useServices, useWorkspace } from '../EditorContext';
import { Modal } from './Modal';
import { familyOf } from '../../editor/persistence/familyOf';
import type { DocumentSummary } from '../../editor/persistence/documentDb';

/** The stored processes: open one, start a new one, derive a to-be copy, or delete one. */
export function DocumentsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { workspace, editor } = useServices();
  const documents = useWorkspace((s) => s.documents);
  const current = useWorkspace((s) => s.key);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const deriveToBe = async () => {
    const doc = editor.state.doc;
    await workspace.openAsNew({
      ...doc,
      id: `${doc.id}-to-be`,
      name: t('doc.toBeName', { name: doc.name }),
      derivedFrom: doc.id,
    });
    onClose();
  };
  // An as-is and, indented under it, the to-be variants derived from it.
  const row = (d: DocumentSummary, variant: boolean) => (
    <tr
      key={d.key}
      aria-current={d.key === current ? 'true' : undefined}
      className={variant ? 'fs-doc-variant' : undefined}
    >
      <td>
        <button
          type="button"
          className="fs-link"
          onClick={() => void workspace.openStored(d.key).then(onClose)}
        >
          {variant && <span aria-hidden>↳ </span>}
          {d.name}
        </button>
        {d.derivedFrom && <span className="fs-badge">{t('doc.toBe')}</span>}
        {d.key === current && <span className="fs-muted"> · {t('documents.open')}</span>}
      </td>
      <td>{d.stepCount}</td>
      <td>{fmt.format(d.updatedAt)}</td>
      <td>
        <button
          type="button"
          className="fs-icon-button"
          aria-label={t('documents.delete', { name: d.name })}
          onClick={() => {
            if (window.confirm(t('documents.confirmDelete', { name: d.name })))
              void workspace.deleteStored(d.key);
          }}
        >
          ×
        </button>
      </td>
    </tr>
  );
  return (
    <Modal title={t('documents.title')} onClose={onClose} wide>
      <div className="fs-row">
        <button
          type="button"
          className="fs-button"
          onClick={() => void workspace.newDocument().then(onClose)}
        >
          ＋ {t('action.new')}
        </button>
        <button type="button" className="fs-button" onClick={() => void deriveToBe()}>
          {t('documents.deriveToBe')}
        </button>
      </div>
      <table className="fs-doc-list">
        <thead>
          <tr>
            <th>{t('documents.name')}</th>
            <th>{t('documents.steps')}</th>
            <th>{t('documents.changed')}</th>
            <th>
              <span className="fs-visually-hidden">{t('documents.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {familyOf(documents).flatMap(({ asIs, variants }) => [
            row(asIs, false),
            ...variants.map((v) => row(v, true)),
          ])}
        </tbody>
      </table>
    </Modal>
  );
}
