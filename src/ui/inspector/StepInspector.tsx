import { useTranslation } from 'react-i18next';
import {
  TASK_KINDS,
  VALUE_CLASSES,
  type ProcessDocument,
  type Step,
  type StepChanges,
  type TaskStep,
} from '@flowsmith/model';
import { TextField } from './fields/TextField';
import { SelectField } from './fields/SelectField';
import { DistributionField } from './fields/DistributionField';
import { useCommit } from './fields/useCommit';
import { TaskDetails } from './TaskDetails';
import { ArrivalField } from './ArrivalField';
import { BatchFields } from './BatchFields';
import { CaseDataFields } from './CaseDataFields';
import './simulationFieldStrings';
import { intoLaneCall } from '../../editor/lanes';
import { useEditor } from '../EditorContext';

/** The gateway types a gateway may switch between. */
const GATEWAYS = ['xor', 'or', 'and'] as const;

/** Every field of one step, by its type (FORMAT.md "Step"). */
export function StepInspector({ step, doc }: { step: Step; doc: ProcessDocument }) {
  const { t } = useTranslation();
  const commit = useCommit();
  const editor = useEditor();
  const update = (changes: StepChanges) =>
    commit({ id: 'step.update', params: { id: step.id, changes } }, 'step.update');
  const roles = doc.roles.map((r) => ({ value: r.id, label: r.name }));
  return (
    <section className="fs-inspector-section" aria-label={t('inspector.step')}>
      <h2 className="fs-panel-title">
        {t(`type.${step.type}`)} <code className="fs-id">{step.id}</code>
      </h2>
      <TextField
        label={t('step.name')}
        value={step.name}
        testId="step-name"
        onCommit={(name) => update({ name })}
      />
      {(step.type === 'xor' || step.type === 'or' || step.type === 'and') && (
        <SelectField
          label={t('step.gatewayType')}
          value={step.type}
          testId="gateway-type"
          options={GATEWAYS.map((g) => ({ value: g, label: t(`type.${g}`) }))}
          onChange={(type) => update({ type: type as (typeof GATEWAYS)[number] })}
        />
      )}
      {step.type === 'end' && (
        <label className="fs-check">
          <input
            type="checkbox"
            checked={step.terminate ?? false}
            data-testid="end-terminate"
            onChange={(e) => update({ terminate: e.target.checked ? true : null } as StepChanges)}
          />
          {t('simFields.terminate')}
        </label>
      )}
      {step.type === 'task' && (
        <>
          <SelectField
            label={t('step.kind')}
            value={step.kind ?? 'manual'}
            testId="step-kind"
            options={TASK_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            onChange={(kind) => update({ kind: kind as TaskStep['kind'] })}
          />
          <SelectField
            label={t('step.role')}
            value={step.role ?? ''}
            testId="step-role"
            noneLabel={t('step.noRole')}
            options={roles}
            error={
              step.role && !roles.some((r) => r.value === step.role)
                ? t('step.unknownRole', { id: step.role })
                : null
            }
            onChange={(role) => {
              // The document as it is now: this view may skip renders for position-only changes.
              const move = role ? intoLaneCall(editor.state.doc, step.id, role) : null;
              commit(
                [
                  { id: 'step.update', params: { id: step.id, changes: { role: role || null } } },
                  ...(move ? [move] : []),
                ],
                'step.update',
              );
            }}
          />
          <DistributionField
            label={t('step.duration')}
            value={step.duration}
            testId="step-duration"
            onCommit={(duration) => update({ duration: duration ?? null })}
          />
          <SelectField
            label={t('step.value')}
            value={step.value ?? ''}
            noneLabel={t('step.noValue')}
            options={VALUE_CLASSES.map((v) => ({ value: v, label: t(`value.${v}`) }))}
            onChange={(value) => update({ value: (value || null) as TaskStep['value'] | null })}
          />
          <TaskDetails step={step} doc={doc} update={update} />
          <BatchFields step={step} doc={doc} update={update} />
          <CaseDataFields step={step} update={update} />
        </>
      )}
      {step.type === 'timer' && (
        <DistributionField
          label={t('step.wait')}
          value={step.duration}
          onCommit={(duration) => update({ duration: duration ?? null })}
        />
      )}
      {step.type === 'subprocess' && (
        <TextField
          label={t('step.process')}
          value={step.process}
          hint={t('step.processHint')}
          onCommit={(process) => update({ process })}
        />
      )}
      {step.type === 'start' && (
        <ArrivalField key={step.id} step={step} doc={doc} update={update} />
      )}
      <TextField
        label={t('step.description')}
        value={step.description ?? ''}
        multiline
        onCommit={(d) => update({ description: d.trim() ? d : null })}
      />
    </section>
  );
}
