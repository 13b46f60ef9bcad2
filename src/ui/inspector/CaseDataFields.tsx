import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDataChange, StepChanges, TaskStep } from '@flowsmith/model';
import { TextField } from './fields/TextField';
import { CASE_DATA_MODES, formatCaseData, readCaseData, type CaseDataMode } from './caseDataText';
import './simulationFieldStrings';
import './peopleTable.css';

/** A name not yet set by the step: `data1`, `data2`, … Pure. */
const freshName = (taken: Record<string, unknown>): string => {
  let n = Object.keys(taken).length + 1;
  while (Object.prototype.hasOwnProperty.call(taken, `data${n}`)) n++;
  return `data${n}`;
};

/**
 * The case data a task sets when it finishes (设置案例数据): one row per name — set to a value,
 * add a number, a weighted choice or a drawn distribution — kept in the order written.
 */
export function CaseDataFields({
  step,
  update,
}: {
  step: TaskStep;
  update: (c: StepChanges) => string | null;
}) {
  const { t } = useTranslation();
  const sets = step.sets ?? {};
  const entries = Object.entries(sets);
  // A mode picked for a row whose text has not been typed yet (it is kept until then).
  const [modes, setModes] = useState<Record<string, CaseDataMode>>({});
  const write = (next: Array<[string, CaseDataChange]>) =>
    update({ sets: next.length ? Object.fromEntries(next) : null });
  const rename = (from: string, to: string): string | null => {
    const name = to.trim();
    if (!name) return t('simFields.setsNameEmpty');
    if (name !== from && Object.prototype.hasOwnProperty.call(sets, name))
      return t('simFields.setsNameTaken');
    return write(entries.map(([k, v]) => [k === from ? name : k, v]));
  };
  const setValue = (name: string, mode: CaseDataMode, text: string): string | null => {
    const value = readCaseData(mode, text);
    if (value === null) return t(`simFields.valueBad.${mode}`);
    return write(entries.map(([k, v]) => [k, k === name ? value : v]));
  };
  return (
    <details className="fs-details" open={entries.length > 0} data-testid="sets-fields">
      <summary>{t('simFields.sets')}</summary>
      <p className="fs-field-hint">{t('simFields.setsHint')}</p>
      {entries.length === 0 && <p className="fs-muted">{t('simFields.setsEmpty')}</p>}
      {entries.map(([name, change], i) => {
        const shown = formatCaseData(change);
        const mode = modes[name] ?? shown.mode;
        return (
          <div key={i} className="fs-row fs-sets-row" data-testid={`sets-row-${i}`}>
            <TextField
              label={t('simFields.setsName')}
              value={name}
              testId={`sets-name-${i}`}
              onCommit={(to) => rename(name, to)}
            />
            <label className="fs-field">
              <span>{t('simFields.setsMode')}</span>
              <select
                value={mode}
                data-testid={`sets-mode-${i}`}
                onChange={(e) =>
                  setModes((m) => ({ ...m, [name]: e.target.value as CaseDataMode }))
                }
              >
                {CASE_DATA_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`simFields.mode.${m}`)}
                  </option>
                ))}
              </select>
            </label>
            <TextField
              label={t('simFields.setsValue')}
              value={mode === shown.mode ? shown.text : ''}
              testId={`sets-value-${i}`}
              onCommit={(text) => setValue(name, mode, text)}
            />
            <button
              type="button"
              className="fs-icon-button"
              aria-label={t('simFields.setsRemove', { name })}
              onClick={() => write(entries.filter(([k]) => k !== name))}
            >
              ×
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="fs-button fs-button--small"
        data-testid="sets-add"
        onClick={() => write([...entries, [freshName(sets), true]])}
      >
        ＋ {t('simFields.setsAdd')}
      </button>
    </details>
  );
}
