import { useTranslation } from 'react-i18next';
import type { ProcessDocument } from '@flowsmith/model';
import { FieldShell } from '../inspector/fields/FieldShell';
import { CASE_DATA_MODES } from '../inspector/caseDataText';
import '../inspector/simulationFieldStrings';
import type { AttributeRow, PriorityRow } from './scenarioCaseFields';
import type { FormErrors, ScenarioForm } from './scenarioForm';
import { editForm, useSimulationStore } from './simulationStore';
import { KeepInProcess } from './KeepInProcess';

const ATTRIBUTE_MODES = CASE_DATA_MODES.filter((m) => m !== 'add') as AttributeRow['mode'][];

/** An inline error under a row, linked from its input. */
function RowError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <div id={id} className="fs-field-error" role="alert">
      {error}
    </div>
  ) : null;
}

/**
 * The scenario's cases: start date-time, case attributes (name, how, value) and priority rules
 * (condition → priority), folded away until wanted; the process's own settings are named.
 */
export function CaseFields({
  doc,
  form,
  errors,
}: {
  doc: ProcessDocument;
  form: ScenarioForm;
  errors: FormErrors;
}) {
  const { t } = useTranslation();
  const store = useSimulationStore();
  const own = doc.simulation;
  const setAttr = (i: number, change: Partial<AttributeRow>) =>
    editForm(store, {
      attributes: form.attributes.map((r, j) => (j === i ? { ...r, ...change } : r)),
    });
  const setRule = (i: number, change: Partial<PriorityRow>) =>
    editForm(store, {
      priorities: form.priorities.map((r, j) => (j === i ? { ...r, ...change } : r)),
    });
  const hasErrors = Object.keys(errors).some((k) => /^(start|attributes|priorities)/.test(k));
  const used = form.start !== '' || form.attributes.length > 0 || form.priorities.length > 0;
  return (
    <details className="fs-sim-details" open={used || hasErrors} data-testid="sim-case-fields">
      <summary>{t('simulation.case.title')}</summary>
      <FieldShell
        id="sim-start"
        label={t('simulation.case.start')}
        error={errors.start}
        hint={t('simulation.case.startHint', { start: own?.start ?? '2024-01-01T00:00' })}
      >
        <input
          id="sim-start"
          type="text"
          value={form.start}
          placeholder={own?.start ?? '2024-01-01T00:00'}
          data-testid="sim-start"
          aria-invalid={errors.start ? true : undefined}
          onChange={(e) => editForm(store, { start: e.target.value })}
        />
      </FieldShell>
      <h4 className="fs-sim-subhead">{t('simulation.case.attributes')}</h4>
      <p className="fs-field-hint">{t('simulation.case.attributesHint')}</p>
      {own?.attributes && (
        <p className="fs-muted fs-sim-own">
          {t('simulation.case.fromProcess', { list: Object.keys(own.attributes).join(', ') })}
        </p>
      )}
      {form.attributes.map((row, i) => (
        <div key={i} className="fs-sim-case-row" data-testid={`sim-attribute-${i}`}>
          <input
            type="text"
            aria-label={t('simulation.case.attributeName')}
            placeholder={t('simulation.case.attributeName')}
            value={row.name}
            onChange={(e) => setAttr(i, { name: e.target.value })}
          />
          <select
            aria-label={t('simulation.case.attributeMode')}
            value={row.mode}
            onChange={(e) => setAttr(i, { mode: e.target.value as AttributeRow['mode'] })}
          >
            {ATTRIBUTE_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`simFields.mode.${m}`)}
              </option>
            ))}
          </select>
          <input
            type="text"
            aria-label={t('simulation.case.attributeValue')}
            placeholder={t('simulation.case.attributeValue')}
            value={row.text}
            aria-invalid={errors[`attributes.${i}`] ? true : undefined}
            aria-describedby={errors[`attributes.${i}`] ? `sim-attribute-${i}-error` : undefined}
            onChange={(e) => setAttr(i, { text: e.target.value })}
          />
          <button
            type="button"
            className="fs-icon-button"
            aria-label={t('simulation.case.removeAttribute', { n: i + 1 })}
            onClick={() =>
              editForm(store, { attributes: form.attributes.filter((_, j) => j !== i) })
            }
          >
            ×
          </button>
          <RowError id={`sim-attribute-${i}-error`} error={errors[`attributes.${i}`]} />
        </div>
      ))}
      <RowError id="sim-attributes-error" error={errors.attributes} />
      <button
        type="button"
        className="fs-button fs-button--small"
        data-testid="sim-add-attribute"
        onClick={() =>
          editForm(store, {
            attributes: [...form.attributes, { name: '', mode: 'value', text: '' }],
          })
        }
      >
        ＋ {t('simulation.case.addAttribute')}
      </button>
      <h4 className="fs-sim-subhead">{t('simulation.case.priorities')}</h4>
      <p className="fs-field-hint">{t('simulation.case.prioritiesHint')}</p>
      {own?.priorities && own.priorities.length > 0 && (
        <p className="fs-muted fs-sim-own">
          {t('simulation.case.fromProcess', {
            list: own.priorities.map((r) => `${r.condition} → ${r.priority}`).join('; '),
          })}
        </p>
      )}
      {form.priorities.map((row, i) => {
        const cError = errors[`priorities.${i}.condition`];
        const pError = errors[`priorities.${i}.priority`];
        return (
          <div key={i} className="fs-sim-case-row" data-testid={`sim-priority-${i}`}>
            <input
              type="text"
              className="fs-sim-condition"
              aria-label={t('simulation.case.condition')}
              placeholder="amount > 50000"
              value={row.condition}
              data-testid={`sim-priority-condition-${i}`}
              aria-invalid={cError ? true : undefined}
              onChange={(e) => setRule(i, { condition: e.target.value })}
            />
            <span aria-hidden>→</span>
            <input
              type="text"
              inputMode="decimal"
              className="fs-sim-priority"
              aria-label={t('simulation.case.priority')}
              placeholder="1"
              value={row.priority}
              data-testid={`sim-priority-value-${i}`}
              aria-invalid={pError ? true : undefined}
              onChange={(e) => setRule(i, { priority: e.target.value })}
            />
            <button
              type="button"
              className="fs-icon-button"
              aria-label={t('simulation.case.removePriority', { n: i + 1 })}
              onClick={() =>
                editForm(store, { priorities: form.priorities.filter((_, j) => j !== i) })
              }
            >
              ×
            </button>
            <RowError id={`sim-priority-${i}-error`} error={cError ?? pError} />
          </div>
        );
      })}
      <button
        type="button"
        className="fs-button fs-button--small"
        data-testid="sim-add-priority"
        onClick={() =>
          editForm(store, { priorities: [...form.priorities, { condition: '', priority: '1' }] })
        }
      >
        ＋ {t('simulation.case.addPriority')}
      </button>
      <KeepInProcess doc={doc} form={form} />
    </details>
  );
}
