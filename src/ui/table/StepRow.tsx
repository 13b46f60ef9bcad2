import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TASK_KINDS,
  VALUE_CLASSES,
  type ProcessDocument,
  type Step,
  type StepChanges,
  type TaskStep,
} from '@flowsmith/model';
import { useServices } from '../EditorContext';
import {
  formatDurationText,
  nextStepsCalls,
  parseDurationText,
  splitNames,
} from '../../editor/tableText';
import { Cell } from './Cell';
import { intoLaneCall } from '../../editor/lanes';

/** One step as a table row; cells that do not apply to its type are empty and read-only. */
function StepRowView({
  step,
  index,
  doc,
  selected,
}: {
  step: Step;
  index: number;
  doc: ProcessDocument;
  selected: boolean;
}) {
  const { t } = useTranslation();
  const { editor } = useServices();
  const update = (changes: StepChanges) => {
    const r = editor.execute(
      { id: 'step.update', params: { id: step.id, changes } },
      'step.update',
    );
    return r.ok ? null : r.refusal.message;
  };
  const task = step.type === 'task' ? (step as TaskStep) : null;
  const next = doc.flows
    .filter((f) => f.from === step.id)
    .map((f) => doc.steps.find((s) => s.id === f.to)?.name ?? f.to);
  return (
    <tr
      aria-selected={selected}
      className={selected ? 'is-selected' : undefined}
      onFocus={() => editor.select({ steps: [step.id], flows: [] })}
    >
      <th scope="row">{index + 1}</th>
      <Cell
        label={t('table.name')}
        row={index}
        col={0}
        value={step.name}
        onCommit={(name) => update({ name })}
      />
      <td>{t(`type.${step.type}`)}</td>
      <td>
        {task ? (
          <select
            aria-label={`${t('table.role')} ${index + 1}`}
            value={task.role ?? ''}
            onChange={(e) => {
              const role = e.target.value;
              const move = role ? intoLaneCall(doc, step.id, role) : null;
              editor.execute(
                [
                  { id: 'step.update', params: { id: step.id, changes: { role: role || null } } },
                  ...(move ? [move] : []),
                ],
                'step.update',
              );
            }}
          >
            <option value="">{t('step.noRole')}</option>
            {doc.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        ) : null}
      </td>
      <td>
        {task ? (
          <select
            aria-label={`${t('table.kind')} ${index + 1}`}
            value={task.kind ?? 'manual'}
            onChange={(e) => update({ kind: e.target.value as TaskStep['kind'] })}
          >
            {TASK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        ) : null}
      </td>
      {task || step.type === 'timer' ? (
        <Cell
          label={t('table.duration')}
          row={index}
          col={1}
          value={formatDurationText(
            step.type === 'task' || step.type === 'timer' ? step.duration : undefined,
          )}
          onCommit={(text) => {
            const d = parseDurationText(text);
            if (d === null) return t('table.badDuration');
            return update({ duration: d ?? null });
          }}
        />
      ) : (
        <td />
      )}
      {step.type === 'end' ? (
        <td />
      ) : (
        <Cell
          label={t('table.next')}
          row={index}
          col={2}
          value={next.join(', ')}
          onCommit={(text) => {
            const r = nextStepsCalls(editor.state.doc, step.id, splitNames(text));
            if ('unknown' in r) return t('table.unknownSteps', { names: r.unknown.join(', ') });
            if (r.calls.length === 0) return null;
            const done = editor.execute(r.calls, 'table.next');
            return done.ok ? null : done.refusal.message;
          }}
        />
      )}
      <td>
        {task ? (
          <select
            aria-label={`${t('table.value')} ${index + 1}`}
            value={task.value ?? ''}
            onChange={(e) =>
              update({ value: (e.target.value || null) as TaskStep['value'] | null })
            }
          >
            <option value="">—</option>
            {VALUE_CLASSES.map((v) => (
              <option key={v} value={v}>
                {t(`value.${v}`)}
              </option>
            ))}
          </select>
        ) : null}
      </td>
    </tr>
  );
}

/** Memoised: a row re-renders only when the document parts it shows change. */
export const StepRow = memo(
  StepRowView,
  (a, b) =>
    a.step === b.step &&
    a.selected === b.selected &&
    a.index === b.index &&
    a.doc.roles === b.doc.roles &&
    a.doc.flows === b.doc.flows &&
    a.doc.steps === b.doc.steps,
);
