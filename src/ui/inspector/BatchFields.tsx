import { useTranslation } from 'react-i18next';
import {
  TIME_UNITS,
  type Batch,
  type ProcessDocument,
  type StepChanges,
  type TaskStep,
  type TimeUnit,
} from '@flowsmith/model';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import './simulationFieldStrings';

/**
 * A task's batch processing (批量处理): cases per batch, waiting limit, batch schedule (a calendar
 * whose openings fire the batch) and the extra share of time per case. All blank: no batch.
 */
export function BatchFields({
  step,
  doc,
  update,
}: {
  step: TaskStep;
  doc: ProcessDocument;
  update: (c: StepChanges) => string | null;
}) {
  const { t } = useTranslation();
  const batch = step.batch ?? {};
  const set = (changes: Partial<Record<keyof Batch, unknown>>): string | null => {
    const next: Record<string, unknown> = { ...batch, ...changes };
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    const b = next as Batch;
    if (b.size === undefined && b.window === undefined && b.schedule === undefined) {
      return b.perCase !== undefined ? t('simFields.batchNeedsTrigger') : update({ batch: null });
    }
    return update({ batch: b });
  };
  const unit = batch.window?.unit ?? 'h';
  return (
    <details className="fs-details" open={step.batch !== undefined} data-testid="batch-fields">
      <summary>{t('simFields.batch')}</summary>
      <p className="fs-field-hint">{t('simFields.batchHint')}</p>
      <div className="fs-row">
        <NumberField
          label={t('simFields.batchSize')}
          value={batch.size}
          min={2}
          integer
          testId="batch-size"
          onCommit={(size) => set({ size })}
        />
        <NumberField
          label={t('simFields.batchPerCase')}
          value={batch.perCase}
          min={0}
          testId="batch-perCase"
          onCommit={(perCase) => set({ perCase })}
        />
      </div>
      <div className="fs-row">
        <NumberField
          label={t('simFields.batchWindow')}
          value={batch.window?.value}
          min={0}
          testId="batch-window"
          onCommit={(value) => set({ window: value === undefined ? undefined : { value, unit } })}
        />
        <SelectField
          label={t('simFields.batchWindowUnit')}
          value={unit}
          options={TIME_UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))}
          onChange={(u) =>
            batch.window && set({ window: { value: batch.window.value, unit: u as TimeUnit } })
          }
        />
      </div>
      <SelectField
        label={t('simFields.batchSchedule')}
        value={batch.schedule ?? ''}
        noneLabel={t('simFields.batchNoSchedule')}
        testId="batch-schedule"
        options={(doc.calendars ?? []).map((c) => ({ value: c.id, label: c.name ?? c.id }))}
        onChange={(schedule) => set({ schedule: schedule || undefined })}
      />
    </details>
  );
}
