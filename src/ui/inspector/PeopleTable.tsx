import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, ProcessDocument, Role } from '@flowsmith/model';
import { formatDurationText, parseDurationText } from '../../editor/tableText';
import { readNumber } from './fields/NumberField';
import { addMemberChanges, changeMember, membersChanges, withDuration } from './peopleEdit';
import './simulationFieldStrings';

/** A compact cell input that commits on Enter or blur; a refusal stays in it, explained under it. */
function CellInput({
  value,
  label,
  testId,
  onCommit,
  width,
  placeholder,
}: {
  value: string;
  label: string;
  testId: string;
  onCommit: (text: string) => string | null;
  width?: string;
  placeholder?: string | undefined;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <input
        type="text"
        className="fs-people-input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
        defaultValue={value}
        placeholder={placeholder}
        key={value}
        style={width ? { width } : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.currentTarget.blur();
        }}
        onBlur={(e) => {
          const text = e.currentTarget.value;
          setError(text === value ? null : onCommit(text));
        }}
      />
      {error && (
        <div className="fs-field-error" role="alert">
          {error}
        </div>
      )}
    </>
  );
}

/**
 * A role's people (人员): one row each with name, calendar, speed and cost per hour, and under
 * "own durations" their duration per task of the role (the table's notation); add and remove.
 * `update` applies role changes as one undo step and returns a refusal or null.
 */
export function PeopleTable({
  role,
  doc,
  update,
}: {
  role: Role;
  doc: ProcessDocument;
  update: (changes: Record<string, unknown>) => string | null;
}) {
  const { t } = useTranslation();
  const members = role.members ?? [];
  const tasks = doc.steps.filter((s) => s.type === 'task' && s.role === role.id);
  const calendars = doc.calendars ?? [];
  const put = (i: number, m: Member) =>
    update(
      membersChanges(
        role,
        members.map((x, j) => (j === i ? m : x)),
      ),
    );
  const num = (text: string, positive: boolean): number | undefined | string => {
    const n = readNumber(text);
    if (n === null) return t('field.notNumber');
    if (n !== undefined && (positive ? !(n > 0) : n < 0))
      return positive ? t('simFields.speedPositive') : t('field.min', { min: 0 });
    return n;
  };
  return (
    <div className="fs-people" data-testid={`people-${role.id}`}>
      <h4 className="fs-people-title">{t('simFields.people')}</h4>
      <p className="fs-field-hint">{t('simFields.peopleHint')}</p>
      {members.length === 0 ? (
        <p className="fs-muted">{t('simFields.peopleEmpty')}</p>
      ) : (
        <table className="fs-people-table fs-people-table--main">
          <colgroup>
            <col className="fs-col-name" />
            <col className="fs-col-calendar" />
            <col className="fs-col-speed" />
            <col className="fs-col-cost" />
            <col className="fs-col-remove" />
          </colgroup>
          <thead>
            <tr>
              <th>{t('simFields.person.name')}</th>
              <th>{t('simFields.person.calendar')}</th>
              <th>{t('simFields.person.speed')}</th>
              <th>{t('simFields.person.cost')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {members.map((m, i) => (
              <tr key={m.id} data-testid={`person-${m.id}`}>
                <td>
                  <CellInput
                    value={m.name ?? ''}
                    label={`${t('simFields.person.name')} (${m.id})`}
                    testId={`person-name-${i}`}
                    placeholder={m.id}
                    onCommit={(name) =>
                      put(i, changeMember(m, { name: name.trim() ? name.trim() : undefined }))
                    }
                  />
                </td>
                <td>
                  <select
                    aria-label={`${t('simFields.person.calendar')} (${m.name ?? m.id})`}
                    data-testid={`person-calendar-${i}`}
                    value={m.calendar ?? ''}
                    onChange={(e) =>
                      put(i, changeMember(m, { calendar: e.target.value || undefined }))
                    }
                  >
                    <option value="">{t('simFields.person.roleCalendar')}</option>
                    {calendars.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name ?? c.id}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <CellInput
                    value={m.speed === undefined ? '' : String(m.speed)}
                    label={`${t('simFields.person.speed')} (${m.name ?? m.id})`}
                    testId={`person-speed-${i}`}
                    placeholder="1"
                    onCommit={(text) => {
                      const n = num(text, true);
                      return typeof n === 'string' ? n : put(i, changeMember(m, { speed: n }));
                    }}
                  />
                </td>
                <td>
                  <CellInput
                    value={m.costPerHour === undefined ? '' : String(m.costPerHour)}
                    label={`${t('simFields.person.cost')} (${m.name ?? m.id})`}
                    testId={`person-cost-${i}`}
                    placeholder={
                      role.costPerHour === undefined ? undefined : String(role.costPerHour)
                    }
                    onCommit={(text) => {
                      const n = num(text, false);
                      return typeof n === 'string'
                        ? n
                        : put(i, changeMember(m, { costPerHour: n }));
                    }}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="fs-icon-button"
                    aria-label={t('simFields.person.remove', { name: m.name ?? m.id })}
                    onClick={() =>
                      update(
                        membersChanges(
                          role,
                          members.filter((_, j) => j !== i),
                        ),
                      )
                    }
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {members.length > 0 && tasks.length > 0 && (
        <details className="fs-details fs-people-durations">
          <summary>{t('simFields.person.durations')}</summary>
          <p className="fs-field-hint">{t('simFields.person.durationsHint')}</p>
          <table className="fs-people-table">
            <thead>
              <tr>
                <th />
                {tasks.map((s) => (
                  <th key={s.id}>{s.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {members.map((m, i) => (
                <tr key={m.id}>
                  <th scope="row">{m.name ?? m.id}</th>
                  {tasks.map((s) => (
                    <td key={s.id}>
                      <CellInput
                        value={formatDurationText(m.durations?.[s.id])}
                        label={`${m.name ?? m.id}: ${s.name}`}
                        testId={`person-duration-${i}-${s.id}`}
                        width="5.5em"
                        onCommit={(text) => {
                          const d = parseDurationText(text);
                          if (d === null) return t('table.badDuration');
                          return put(i, withDuration(m, s.id, d));
                        }}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <button
        type="button"
        className="fs-button fs-button--small"
        data-testid={`people-add-${role.id}`}
        onClick={() =>
          update(
            addMemberChanges(doc, role, t('simFields.person.newName', { n: members.length + 1 })),
          )
        }
      >
        ＋ {t('simFields.addPerson')}
      </button>
    </div>
  );
}
