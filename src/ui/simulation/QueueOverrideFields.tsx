import { useTranslation } from 'react-i18next';
import {
  ARRIVAL_RULES,
  QUEUE_DISCIPLINES,
  type ArrivalRule,
  type ProcessDocument,
  type QueueDiscipline,
} from '@flowsmith/model';
import '../inspector/simulationFieldStrings';
import type { FormErrors, ScenarioForm } from './scenarioForm';
import { editForm, useSimulationStore } from './simulationStore';

/**
 * What-if queue disciplines per role (排队规则) and the arrival rule of every start, folded away
 * until changed; blank keeps the process's own.
 */
export function QueueOverrideFields({
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
  const changed =
    Object.values(form.queue).some(Boolean) ||
    form.arrivalRule !== '' ||
    Object.keys(errors).some((k) => k.startsWith('queue') || k === 'arrivalRule');
  return (
    <details className="fs-sim-details" open={changed} data-testid="sim-queue-fields">
      <summary>{t('simulation.case.queue')}</summary>
      <ul className="fs-sim-overrides">
        {doc.roles.map((r) => (
          <li key={r.id} className="fs-sim-override">
            <label htmlFor={`sim-queue-${r.id}`}>{r.name}</label>
            <select
              id={`sim-queue-${r.id}`}
              value={form.queue[r.id] ?? ''}
              onChange={(e) =>
                editForm(store, {
                  queue: { ...form.queue, [r.id]: e.target.value as QueueDiscipline | '' },
                })
              }
            >
              <option value="">
                {t('simulation.case.queueKeep', {
                  queue: t(`simFields.queueKind.${r.queue ?? 'fifo'}`),
                })}
              </option>
              {QUEUE_DISCIPLINES.map((q) => (
                <option key={q} value={q}>
                  {t(`simFields.queueKind.${q}`)}
                </option>
              ))}
            </select>
            {errors[`queue.${r.id}`] && (
              <div className="fs-field-error" role="alert">
                {errors[`queue.${r.id}`]}
              </div>
            )}
          </li>
        ))}
      </ul>
      <div className="fs-field">
        <label htmlFor="sim-arrival-rule">{t('simulation.case.arrivalRule')}</label>
        <select
          id="sim-arrival-rule"
          data-testid="sim-arrival-rule"
          value={form.arrivalRule}
          onChange={(e) => editForm(store, { arrivalRule: e.target.value as ArrivalRule | '' })}
        >
          <option value="">{t('simulation.case.arrivalRuleKeep')}</option>
          {ARRIVAL_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`simFields.ruleKind.${r}`)}
            </option>
          ))}
        </select>
        {errors.arrivalRule && (
          <div className="fs-field-error" role="alert">
            {errors.arrivalRule}
          </div>
        )}
      </div>
    </details>
  );
}
