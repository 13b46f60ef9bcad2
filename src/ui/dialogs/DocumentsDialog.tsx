import { useTranslation } from 'react-i18next';
import { useServices, useWorkspace } from '../EditorContext';
import { Modal } from './Modal';
import { familyOf } from '../../editor/persistence/familyOf';
import type { DocumentSummary } from '../../editor/persistence/documentDb';
import { downloadText } from '../downloadText';
import { fileNameFor } from '../files/fileAccess';
import '../dataSafetyStrings';

/**
 * The stored processes: open one, start a new one, derive a to-be copy, or delete one. A damaged
 * record is marked with its problem and offers its raw JSON for export instead of opening; when
 * one could not be opened, the dialog says so at the top.
 */
export function DocumentsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { workspace, editor } = useServices();
  const documents = useWorkspace((s) => s.documents);
  const current = useWorkspace((s) => s.key);
  const damagedOpen = useWorkspace((s) => s.damagedOpen);
  const close = () => {
    workspace.dismissDamaged();
    onClose();
  };
  const exportRaw = async (d: DocumentSummary) => {
    const text = await workspace.rawJson(d.key);
    if (text !== undefined)
      downloadText(fileNameFor({ id: d.key, name: d.name }, '.raw.json'), text);
  };
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const deriveToBe = async () => {
    const doc = editor.state.doc;
    await workspace.openAsNew({
      ...doc,
      id: `${doc.id}-to-be`,
      name: t('doc.toBeName', { name: doc.name }),
      derivedFrom: doc.id,
    });
    close();
  };
  // An as-is and, indented under it, the to-be variants derived from it.
  const row = (d: DocumentSummary, variant: boolean) => (
    <tr
      key={d.key}
      aria-current={d.key === current ? 'true' : undefined}
      className={variant ? 'fs-doc-variant' : undefined}
    >
      <td>
        {d.damaged ? (
          <span className="fs-doc-damaged" data-testid="damaged-record">
            {d.name} <span className="fs-badge">{t('dataSafety.damaged.badge')}</span>
            <span className="fs-muted">
              {' '}
              {t('dataSafety.damaged.row', {
                path: d.damaged.path || t('dataSafety.damaged.root'),
                problem: d.damaged.message,
              })}
            </span>
          </span>
        ) : (
          <button
            type="button"
            className="fs-link"
            onClick={() =>
              void workspace.openStored(d.key).then((opened) => {
                if (opened) close();
              })
            }
          >
            {variant && <span aria-hidden>↳ </span>}
            {d.name}
          </button>
        )}
        {d.derivedFrom && <span className="fs-badge">{t('doc.toBe')}</span>}
        {d.key === current && <span className="fs-muted"> · {t('documents.open')}</span>}
      </td>
      <td>{d.stepCount}</td>
      <td>{fmt.format(d.updatedAt)}</td>
      <td className="fs-doc-actions">
        {d.damaged && (
          <button
            type="button"
            className="fs-button fs-button--small"
            aria-label={t('dataSafety.exportRawOf', { name: d.name })}
            onClick={() => void exportRaw(d)}
          >
            {t('dataSafety.exportRaw')}
          </button>
        )}
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
    <Modal title={t('documents.title')} onClose={close} wide>
      {damagedOpen && (
        <p className="fs-notice fs-notice--error" role="alert" data-testid="damaged-message">
          {t('dataSafety.damaged.message', {
            name: damagedOpen.name,
            path: damagedOpen.damage.path || t('dataSafety.damaged.root'),
            problem: damagedOpen.damage.message,
          })}
        </p>
      )}
      <div className="fs-row">
        <button
          type="button"
          className="fs-button"
          onClick={() => void workspace.newDocument().then(close)}
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
