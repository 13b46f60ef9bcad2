import { useTranslation } from 'react-i18next';
import { QUEUE_DISCIPLINES, type ProcessDocument, type Role } from '@flowsmith/model';
import { SelectField } from './fields/SelectField';
import { PeopleTable } from './PeopleTable';
import './simulationFieldStrings';
import './peopleTable.css';

/**
 * What a role brings to simulation beyond its capacity: its queue discipline (排队规则) and its
 * named people (人员). `update` applies role changes as one undo step.
 */
export function RoleSimulationFields({
  role,
  doc,
  update,
}: {
  role: Role;
  doc: ProcessDocument;
  update: (changes: Record<string, unknown>) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('simFields.queue')}
        value={role.queue ?? 'fifo'}
        testId={`role-queue-${role.id}`}
        options={QUEUE_DISCIPLINES.map((q) => ({ value: q, label: t(`simFields.queueKind.${q}`) }))}
        onChange={(q) => update({ queue: q === 'fifo' ? null : q })}
      />
      <PeopleTable role={role} doc={doc} update={update} />
    </>
  );
}
