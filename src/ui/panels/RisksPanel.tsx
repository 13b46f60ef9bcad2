import { useTranslation } from 'react-i18next';
import { freshId } from '@flowsmith/model';
import { useEditorState } from '../EditorContext';
import { TextField } from '../inspector/fields/TextField';
import { CheckList } from '../inspector/fields/CheckList';
import { useCommit } from '../inspector/fields/useCommit';
import { RecordCard } from '../inspector/RecordCard';

/** Risks (with the steps they concern and their mitigation) and KPIs (with targets). */
export function RisksPanel() {
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const commit = useCommit();
  const steps = doc.steps.map((s) => ({ value: s.id, label: s.name }));
  return (
    <section className="fs-inspector-section" aria-label={t('panel.risks')}>
      <h2 className="fs-panel-title">{t('panel.risks')}</h2>
      {(doc.risks ?? []).map((r) => (
        <RecordCard
          key={r.id}
          title={r.name}
          removeLabel={t('common.remove')}
          onRemove={() => commit({ id: 'risk.remove', params: { id: r.id } }, 'risk.remove')}
        >
          <TextField
            label={t('risk.name')}
            value={r.name}
            onCommit={(name) =>
              commit({ id: 'risk.update', params: { id: r.id, changes: { name } } })
            }
          />
          <details className="fs-details">
            <summary>{t('risk.steps', { count: r.steps?.length ?? 0 })}</summary>
            <CheckList
              label={t('risk.stepsLabel')}
              options={steps}
              value={r.steps ?? []}
              empty={t('steps.none')}
              onChange={(v) =>
                commit({
                  id: 'risk.update',
                  params: { id: r.id, changes: { steps: v.length ? v : null } },
                })
              }
            />
          </details>
          <TextField
            label={t('risk.mitigation')}
            value={r.mitigation ?? ''}
            multiline
            onCommit={(m) =>
              commit({
                id: 'risk.update',
                params: { id: r.id, changes: { mitigation: m.trim() ? m : null } },
              })
            }
          />
        </RecordCard>
      ))}
      <button
        type="button"
        className="fs-button"
        onClick={() =>
          commit(
            {
              id: 'risk.add',
              params: { record: { id: freshId(doc, 'risk'), name: t('risk.newName') } },
            },
            'risk.add',
          )
        }
      >
        ＋ {t('risk.add')}
      </button>
      <h3 className="fs-subtitle">{t('panel.kpis')}</h3>
      {(doc.kpis ?? []).map((k) => (
        <RecordCard
          key={k.id}
          title={k.name}
          removeLabel={t('common.remove')}
          onRemove={() => commit({ id: 'kpi.remove', params: { id: k.id } }, 'kpi.remove')}
        >
          <TextField
            label={t('kpi.name')}
            value={k.name}
            onCommit={(name) =>
              commit({ id: 'kpi.update', params: { id: k.id, changes: { name } } })
            }
          />
          <TextField
            label={t('kpi.target')}
            value={k.target ?? ''}
            placeholder="≤ 2 d"
            onCommit={(x) =>
              commit({
                id: 'kpi.update',
                params: { id: k.id, changes: { target: x.trim() ? x : null } },
              })
            }
          />
        </RecordCard>
      ))}
      <button
        type="button"
        className="fs-button"
        onClick={() =>
          commit(
            {
              id: 'kpi.add',
              params: { record: { id: freshId(doc, 'kpi'), name: t('kpi.newName') } },
            },
            'kpi.add',
          )
        }
      >
        ＋ {t('kpi.add')}
      </button>
    </section>
  );
}
