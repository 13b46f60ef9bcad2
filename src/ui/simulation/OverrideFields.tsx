import { useTranslation } from 'react-i18next';
import type { ProcessDocument } from '@flowsmith/model';
import { roleCapacity, type FormErrors, type ScenarioForm } from './scenarioForm';
import { useSimulationStore, type SimulationStore } from './simulationStore';

/** Sets one per-id override (capacity of a role, duration factor of a step) as typed. */
function setOverride(
  simulationStore: SimulationStore,
  kind: 'capacity' | 'duration',
  id: string,
  value: string,
): void {
  simulationStore.setState((s) => ({
    form: { ...s.form, [kind]: { ...s.form[kind], [id]: value } },
  }));
}

/** What-if changes per role and per step, folded away until wanted: people per role, duration × per step. */
export function OverrideFields({
  doc,
  form,
  errors,
}: {
  doc: ProcessDocument;
  form: ScenarioForm;
  errors: FormErrors;
}) {
  const { t } = useTranslation();
  const simulationStore = useSimulationStore();
  const timed = doc.steps.filter((s) => s.type === 'task' || s.type === 'timer');
  const changed = (kind: 'capacity' | 'duration') =>
    Object.values(form[kind]).some((v) => v.trim() !== '') ||
    Object.keys(errors).some((k) => k.startsWith(`${kind}.`));
  const row = (kind: 'capacity' | 'duration', id: string, name: string, placeholder: string) => {
    const key = `${kind}.${id}`;
    const error = errors[key];
    const inputId = `sim-${kind}-${id}`;
    return (
      <li key={id} className={`fs-sim-override${error ? ' has-error' : ''}`}>
        <label htmlFor={inputId}>{name}</label>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          placeholder={placeholder}
          value={Object.prototype.hasOwnProperty.call(form[kind], id) ? form[kind][id] : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => setOverride(simulationStore, kind, id, e.target.value)}
        />
        {error && (
          <div id={`${inputId}-error`} className="fs-field-error" role="alert">
            {error}
          </div>
        )}
      </li>
    );
  };
  return (
    <>
      <details className="fs-sim-details" open={changed('capacity')}>
        <summary>{t('simulation.capacity')}</summary>
        <ul className="fs-sim-overrides">
          {doc.roles.map((r) => row('capacity', r.id, r.name, String(roleCapacity(r))))}
        </ul>
      </details>
      <details className="fs-sim-details" open={changed('duration')}>
        <summary>{t('simulation.duration')}</summary>
        <p className="fs-field-hint">{t('simulation.durationHint')}</p>
        <ul className="fs-sim-overrides">{timed.map((s) => row('duration', s.id, s.name, '1'))}</ul>
      </details>
    </>
  );
}
