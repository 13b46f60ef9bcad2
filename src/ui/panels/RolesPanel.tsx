import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { freshId, type Role } from '@flowsmith/model';
import { useEditorState, useEditor } from '../EditorContext';
import { TextField } from '../inspector/fields/TextField';
import { NumberField } from '../inspector/fields/NumberField';
import { SelectField } from '../inspector/fields/SelectField';
import { useCommit } from '../inspector/fields/useCommit';
import { RecordCard } from '../inspector/RecordCard';
import { moveLane } from '../canvas/moveLane';
import { CalendarsSection } from './CalendarsSection';
import { RoleDocumentFields } from '../documentFields/RoleDocumentFields';
import { RoleSimulationFields } from '../inspector/RoleSimulationFields';
import { AddButton } from './AddButton';
import { roleColour } from '../canvas/stepShape';
import { workingCalendarId } from '../../editor/workingHours';

/** Roles (the lanes): name, capacity, cost per hour, calendar, description; order; then calendars. */
export function RolesPanel() {
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const editor = useEditor();
  const commit = useCommit();
  const [removeError, setRemoveError] = useState<Record<string, string>>({});
  const update = (id: string, changes: Partial<Record<keyof Omit<Role, 'id'>, unknown>>) =>
    commit({ id: 'role.update', params: { id, changes: changes as never } }, 'role.update');
  const remove = (role: Role, reassignTo?: string) => {
    const msg = commit(
      { id: 'role.remove', params: { id: role.id, ...(reassignTo ? { reassignTo } : {}) } },
      'role.remove',
    );
    setRemoveError((e) => ({ ...e, [role.id]: msg ?? '' }));
  };
  const add = () =>
    commit(
      {
        id: 'role.add',
        params: {
          record: {
            id: freshId(doc, 'role'),
            name: t('lane.newName', { n: doc.roles.length + 1 }),
            ...(workingCalendarId(doc) ? { calendar: workingCalendarId(doc) } : {}),
          },
        },
      },
      'role.add',
    );
  return (
    <section className="fs-inspector-section" aria-label={t('panel.roles')}>
      <h2 className="fs-panel-title">{t('panel.roles')}</h2>
      {doc.roles.length === 0 && <p className="fs-muted">{t('roles.empty')}</p>}
      {doc.roles.map((role, i) => (
        <RecordCard
          key={role.id}
          title={role.name}
          removeLabel={t('common.remove')}
          onRemove={() => remove(role)}
          extra={
            <span className="fs-card-tools">
              <span className="fs-swatch" style={{ background: roleColour(i) }} aria-hidden />
              <button
                type="button"
                className="fs-icon-button"
                disabled={i === 0}
                aria-label={t('lane.moveEarlier', { name: role.name })}
                onClick={() => moveLane(editor, role.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="fs-icon-button"
                disabled={i === doc.roles.length - 1}
                aria-label={t('lane.moveLater', { name: role.name })}
                onClick={() => moveLane(editor, role.id, 1)}
              >
                ↓
              </button>
            </span>
          }
        >
          <TextField
            label={t('role.name')}
            value={role.name}
            testId={`role-name-${i}`}
            onCommit={(name) => update(role.id, { name })}
          />
          <div className="fs-row">
            <NumberField
              label={t('role.capacity')}
              value={role.capacity}
              min={1}
              integer
              onCommit={(capacity) => update(role.id, { capacity: capacity ?? null })}
            />
            <NumberField
              label={t('role.costPerHour')}
              value={role.costPerHour}
              min={0}
              onCommit={(costPerHour) => update(role.id, { costPerHour: costPerHour ?? null })}
            />
          </div>
          <SelectField
            label={t('role.calendar')}
            value={role.calendar ?? ''}
            noneLabel={t('calendar.always')}
            options={(doc.calendars ?? []).map((c) => ({ value: c.id, label: c.name ?? c.id }))}
            onChange={(calendar) => update(role.id, { calendar: calendar || null })}
          />
          <RoleSimulationFields role={role} doc={doc} update={(c) => update(role.id, c)} />
          <TextField
            label={t('role.description')}
            value={role.description ?? ''}
            multiline
            onCommit={(d) => update(role.id, { description: d.trim() ? d : null })}
          />
          <RoleDocumentFields
            role={role}
            roles={doc.roles}
            index={i}
            update={(changes) => update(role.id, changes)}
          />
          {removeError[role.id] && (
            <div className="fs-field-error" role="alert">
              {removeError[role.id]}
              {doc.roles.length > 1 && (
                <SelectField
                  label={t('role.reassign')}
                  value=""
                  noneLabel="—"
                  options={doc.roles
                    .filter((r) => r.id !== role.id)
                    .map((r) => ({ value: r.id, label: r.name }))}
                  onChange={(to) => to && remove(role, to)}
                />
              )}
            </div>
          )}
        </RecordCard>
      ))}
      <AddButton label={t('role.add')} onAdd={add} />
      <CalendarsSection />
    </section>
  );
}
