import { useTranslation } from 'react-i18next';
import { FieldShell } from '../inspector/fields/FieldShell';
import type { FormErrors, ScenarioForm } from './scenarioForm';
import { editForm, useSimulationStore } from './simulationStore';

/** The scenario's one-line text fields (the per-role and per-step overrides are edited elsewhere). */
type TextName = 'cases' | 'horizon' | 'replications' | 'warmup' | 'seed' | 'arrivalRate' | 'sla';

/** Fields with a hint under them (`simulation.<field>Hint`). */
const HINTED: ReadonlySet<TextName> = new Set(['horizon', 'warmup', 'arrivalRate', 'sla']);

/** A text input for one scenario field, labelled `simulation.<field>`, its error shown inline. */
function Input({
  field,
  form,
  errors,
}: {
  field: TextName;
  form: ScenarioForm;
  errors: FormErrors;
}) {
  const simulationStore = useSimulationStore();
  const { t } = useTranslation();
  const id = `sim-${field}`;
  const error = errors[field];
  const hint = HINTED.has(field) ? t(`simulation.${field}Hint`) : undefined;
  return (
    <FieldShell id={id} label={t(`simulation.${field}`)} error={error} {...(hint ? { hint } : {})}>
      <input
        id={id}
        type="text"
        inputMode={
          field === 'horizon' || field === 'warmup' || field === 'sla' ? 'text' : 'decimal'
        }
        value={form[field]}
        data-testid={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(e) => editForm(simulationStore, { [field]: e.target.value })}
      />
    </FieldShell>
  );
}

/** The run's length, repetitions and randomness: cases or horizon, replications, warm-up, seed, arrival rate, SLA. */
export function ScenarioFields({ form, errors }: { form: ScenarioForm; errors: FormErrors }) {
  const simulationStore = useSimulationStore();
  const { t } = useTranslation();
  const input = (field: TextName) => <Input field={field} form={form} errors={errors} />;
  return (
    <>
      <fieldset className="fs-field fs-sim-mode">
        <legend>{t('simulation.stopAfter')}</legend>
        {(['cases', 'horizon'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="sim-mode"
              checked={form.mode === mode}
              onChange={() => editForm(simulationStore, { mode })}
            />{' '}
            {t(`simulation.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <div className="fs-row">
        {input(form.mode)}
        {input('replications')}
      </div>
      {input('warmup')}
      <div className="fs-row">
        {input('seed')}
        {input('arrivalRate')}
      </div>
      {input('sla')}
    </>
  );
}
