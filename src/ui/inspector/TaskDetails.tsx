import { useTranslation } from 'react-i18next';
import {
  TIME_UNITS,
  type ProcessDocument,
  type StepChanges,
  type TaskStep,
  type TimeUnit,
} from '@flowsmith/model';
import { TextField } from './fields/TextField';
import { SelectField } from './fields/SelectField';
import { NumberField } from './fields/NumberField';
import { CheckList } from './fields/CheckList';

/** The task fields below the essentials: RACI, data, system, SOP text, SLA and control. */
export function TaskDetails({
  step,
  doc,
  update,
}: {
  step: TaskStep;
  doc: ProcessDocument;
  update: (c: StepChanges) => string | null;
}) {
  const { t } = useTranslation();
  const roles = doc.roles.map((r) => ({ value: r.id, label: r.name }));
  const data = (doc.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const raci = step.raci ?? {};
  const setRaci = (changes: Partial<NonNullable<TaskStep['raci']>>) => {
    const next = { ...raci, ...changes };
    for (const k of Object.keys(next) as Array<keyof typeof next>) {
      const v = next[k];
      if (v === undefined || (Array.isArray(v) && v.length === 0) || v === '') delete next[k];
    }
    return update({ raci: Object.keys(next).length ? next : null });
  };
  const list = (v: string[]) => (v.length ? v : null);
  return (
    <>
      <details className="fs-details" open>
        <summary>{t('step.raci')}</summary>
        <SelectField
          label={t('raci.accountable')}
          value={raci.accountable ?? ''}
          noneLabel={t('step.noRole')}
          options={roles}
          onChange={(a) => setRaci({ accountable: a || undefined })}
        />
        <CheckList
          label={t('raci.consulted')}
          options={roles}
          value={raci.consulted ?? []}
          empty={t('roles.none')}
          onChange={(consulted) => setRaci({ consulted })}
        />
        <CheckList
          label={t('raci.informed')}
          options={roles}
          value={raci.informed ?? []}
          empty={t('roles.none')}
          onChange={(informed) => setRaci({ informed })}
        />
      </details>
      <details className="fs-details">
        <summary>{t('step.dataAndSystem')}</summary>
        <CheckList
          label={t('step.inputs')}
          options={data}
          value={step.inputs ?? []}
          empty={t('data.none')}
          onChange={(v) => update({ inputs: list(v) })}
        />
        <CheckList
          label={t('step.outputs')}
          options={data}
          value={step.outputs ?? []}
          empty={t('data.none')}
          onChange={(v) => update({ outputs: list(v) })}
        />
        <TextField
          label={t('step.system')}
          value={step.system ?? ''}
          onCommit={(s) => update({ system: s.trim() ? s.trim() : null })}
        />
      </details>
      <details className="fs-details">
        <summary>{t('step.sop')}</summary>
        <TextField
          label={t('step.instructions')}
          value={step.instructions ?? ''}
          multiline
          onCommit={(s) => update({ instructions: s.trim() ? s : null })}
        />
        <TextField
          label={t('step.cautions')}
          hint={t('step.cautionsHint')}
          value={(step.cautions ?? []).join('\n')}
          multiline
          onCommit={(s) =>
            update({
              cautions: list(
                s
                  .split('\n')
                  .map((x) => x.trim())
                  .filter(Boolean),
              ),
            })
          }
        />
      </details>
      <details className="fs-details">
        <summary>{t('step.slaAndControl')}</summary>
        <div className="fs-row">
          <NumberField
            label={t('step.sla')}
            value={step.sla?.value}
            min={0}
            onCommit={(value) =>
              update({ sla: value === undefined ? null : { value, unit: step.sla?.unit ?? 'h' } })
            }
          />
          <SelectField
            label={t('step.slaUnit')}
            value={step.sla?.unit ?? 'h'}
            options={TIME_UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))}
            onChange={(unit) =>
              step.sla && update({ sla: { value: step.sla.value, unit: unit as TimeUnit } })
            }
          />
        </div>
        <label className="fs-check">
          <input
            type="checkbox"
            checked={step.control ?? false}
            onChange={(e) => update({ control: e.target.checked ? true : null })}
          />
          {t('step.control')}
        </label>
      </details>
    </>
  );
}
