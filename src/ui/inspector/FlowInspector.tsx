import { useTranslation } from 'react-i18next';
import {
  parseCondition,
  type Flow,
  type FlowChanges,
  type ProcessDocument,
} from '@flowsmith/model';
import { TextField } from './fields/TextField';
import { NumberField } from './fields/NumberField';
import { useCommit } from './fields/useCommit';
import { currentLang } from '../../i18n/i18n';
import './simulationFieldStrings';

/** Every field of one flow: label, probability (as a percentage), condition, default. */
export function FlowInspector({ flow, doc }: { flow: Flow; doc: ProcessDocument }) {
  const { t } = useTranslation();
  const commit = useCommit();
  const update = (changes: FlowChanges) =>
    commit({ id: 'flow.update', params: { id: flow.id, changes } }, 'flow.update');
  const name = (id: string) => doc.steps.find((s) => s.id === id)?.name ?? id;
  const fromType = doc.steps.find((s) => s.id === flow.from)?.type;
  const fromXor = fromType === 'xor';
  // A decision (xor) or an inclusive gateway (or): both have conditions and a default flow.
  const fromDecision = fromXor || fromType === 'or';
  const siblings = doc.flows.filter((f) => f.from === flow.from);
  const total = siblings.reduce((sum, f) => sum + (f.probability ?? 0), 0);
  const anyProbability = siblings.some((f) => f.probability !== undefined);
  return (
    <section className="fs-inspector-section" aria-label={t('inspector.flow')}>
      <h2 className="fs-panel-title">
        {t('inspector.flow')} <code className="fs-id">{flow.id}</code>
      </h2>
      <p className="fs-muted">
        {name(flow.from)} → {name(flow.to)}
      </p>
      <TextField
        label={t('flow.label')}
        value={flow.label ?? ''}
        testId="flow-label"
        onCommit={(label) => update({ label: label.trim() ? label : null })}
      />
      <NumberField
        label={t('flow.probability')}
        value={
          flow.probability === undefined ? undefined : Math.round(flow.probability * 10000) / 100
        }
        min={0}
        max={100}
        testId="flow-probability"
        onCommit={(p) =>
          update({ probability: p === undefined ? null : Math.round(p * 100) / 10000 })
        }
      />
      {fromXor && anyProbability && Math.abs(total - 1) > 1e-9 && (
        <p className="fs-field-warning" role="status">
          {t('flow.probabilitySum', { sum: Math.round(total * 1000) / 10 })}
        </p>
      )}
      <TextField
        label={t('flow.condition')}
        value={flow.condition ?? ''}
        placeholder="amount > 50000"
        hint={t('flow.conditionHint')}
        testId="flow-condition"
        validate={(src) => {
          if (!src.trim()) return null;
          const r = parseCondition(src, { lang: currentLang() });
          // The model's message already names the column.
          return r.ok ? null : r.error.message;
        }}
        onCommit={(condition) => update({ condition: condition.trim() ? condition : null })}
      />
      {fromType === 'or' && (
        <p className="fs-field-hint" data-testid="or-flow-hint">
          {t('simFields.orFlowHint')}
        </p>
      )}
      {fromDecision && (
        <label className="fs-check">
          <input
            type="checkbox"
            checked={flow.default ?? false}
            onChange={(e) => update({ default: e.target.checked ? true : null })}
          />
          {t('flow.default')}
        </label>
      )}
    </section>
  );
}
