import { useTranslation } from 'react-i18next';
import { FieldShell } from '../inspector/fields/FieldShell';
import type { FormErrors, ScenarioForm } from './scenarioForm';
import { editForm } from './simulationStore';

/** A text input for one scenario field, its error shown inline. */
function Input({
  field,
  label,
  hint,
  errors,
  value,
}: {
  field: keyof ScenarioForm;
  label: string;
  hint?: string;
  errors: FormErrors;
  value: string;
}) {
  const id = `sim-${field}`;
  const error = errors[field];
  return (
    <FieldShell id={id} label={label} error={error} {...(hint ? { hint } : {})}>
      <input
        id={id}
        type="text"
        inputMode={
          field === 'horizon' || field === 'warmup' || field === 'sla' ? 'text' : 'decimal'
        }
        value={value}
        data-testid={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(e) => editForm({ [field]: e.target.value })}
      />
    </FieldShell>
  );
}

/** The run's length, repetitions and randomness: cases or horizon, replications, warm-up, seed, arrival rate, SLA. */
export function ScenarioFields({ form, errors }: { form: ScenarioForm; errors: FormErrors }) {
  const { t } = useTranslation();
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
              onChange={() => editForm({ mode })}
            />{' '}
            {t(`simulation.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <div className="fs-row">
        {form.mode === 'cases' ? (
          <Input field="cases" label={t('simulation.cases')} errors={errors} value={form.cases} />
        ) : (
          <Input
            field="horizon"
            label={t('simulation.horizon')}
            hint={t('simulation.horizonHint')}
            errors={errors}
            value={form.horizon}
          />
        )}
        <Input
          field="replications"
          label={t('simulation.replications')}
          errors={errors}
          value={form.replications}
        />
      </div>
      <Input
        field="warmup"
        label={t('simulation.warmup')}
        hint={t('simulation.warmupHint')}
        errors={errors}
        value={form.warmup}
      />
      <div className="fs-row">
        <Input field="seed" label={t('simulation.seed')} errors={errors} value={form.seed} />
        <Input
          field="arrivalRate"
          label={t('simulation.arrivalRate')}
          hint={t('simulation.arrivalRateHint')}
          errors={errors}
          value={form.arrivalRate}
        />
      </div>
      <Input
        field="sla"
        label={t('simulation.sla')}
        hint={t('simulation.slaHint')}
        errors={errors}
        value={form.sla}
      />
    </>
  );
}
