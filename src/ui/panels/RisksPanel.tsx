import { useTranslation } from 'react-i18next';
import { useEditorState } from '../EditorContext';
import { TextField } from '../inspector/fields/TextField';
import { CheckList } from '../inspector/fields/CheckList';
import { KpiFields } from './KpiFields';
import { RecordList } from './RecordList';

/** Risks (with the steps they concern and their mitigation) and KPIs (target, formula, period). */
export function RisksPanel() {
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const steps = doc.steps.map((s) => ({ value: s.id, label: s.name }));
  return (
    <section className="fs-inspector-section" aria-label={t('panel.risks')}>
      <h2 className="fs-panel-title">{t('panel.risks')}</h2>
      <RecordList noun="risk" records={doc.risks ?? []}>
        {(r, update) => (
          <>
            <details className="fs-details">
              <summary>{t('risk.steps', { count: r.steps?.length ?? 0 })}</summary>
              <CheckList
                label={t('risk.stepsLabel')}
                options={steps}
                value={r.steps ?? []}
                empty={t('steps.none')}
                onChange={(v) => update({ steps: v.length ? v : null })}
              />
            </details>
            <TextField
              label={t('risk.mitigation')}
              value={r.mitigation ?? ''}
              multiline
              onCommit={(m) => update({ mitigation: m.trim() ? m : null })}
            />
          </>
        )}
      </RecordList>
      <h3 className="fs-subtitle">{t('panel.kpis')}</h3>
      <RecordList noun="kpi" records={doc.kpis ?? []}>
        {(k, update) => <KpiFields kpi={k} index={(doc.kpis ?? []).indexOf(k)} update={update} />}
      </RecordList>
    </section>
  );
}
