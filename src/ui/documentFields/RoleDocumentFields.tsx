import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_KINDS, type Role } from '@flowsmith/model';
import { SelectField } from '../inspector/fields/SelectField';
import { TextField } from '../inspector/fields/TextField';
import { LinesField } from './LinesField';
import './strings';

type RoleChanges = Partial<Record<keyof Omit<Role, 'id'>, unknown>>;

/**
 * A role's job-description fields in its card (model README, "document fields"): kind, department,
 * and for people reports-to, job code, purpose, qualifications and authorities. Each edit is one
 * `role.update`; a refused one (a reporting cycle) shows its sentence under the field.
 */
export function RoleDocumentFields({
  role,
  roles,
  index,
  update,
}: {
  role: Role;
  roles: readonly Role[];
  index: number;
  update: (changes: RoleChanges) => string | null;
}) {
  const { t } = useTranslation();
  const [reportsError, setReportsError] = useState<string | null>(null);
  const text = (key: 'department' | 'jobCode' | 'purpose') => (value: string) =>
    update({ [key]: value.trim() ? value.trim() : null });
  const person = (role.kind ?? 'person') === 'person';
  return (
    <details className="fs-details" data-testid={`role-job-${index}`}>
      <summary>{t('docFields.job')}</summary>
      <SelectField
        label={t('docFields.kind')}
        value={role.kind ?? 'person'}
        testId={`role-kind-${index}`}
        options={ROLE_KINDS.map((k) => ({ value: k, label: t(`docFields.kinds.${k}`) }))}
        onChange={(kind) => update({ kind: kind === 'person' ? null : kind })}
      />
      <TextField
        label={t('docFields.department')}
        value={role.department ?? ''}
        testId={`role-department-${index}`}
        onCommit={text('department')}
      />
      {person && (
        <>
          <SelectField
            label={t('docFields.reportsTo')}
            value={role.reportsTo ?? ''}
            noneLabel={t('docFields.nobody')}
            testId={`role-reportsTo-${index}`}
            error={reportsError}
            options={roles
              .filter((r) => r.id !== role.id && (r.kind ?? 'person') === 'person')
              .map((r) => ({ value: r.id, label: r.name }))}
            onChange={(to) => setReportsError(update({ reportsTo: to || null }))}
          />
          <TextField
            label={t('docFields.jobCode')}
            value={role.jobCode ?? ''}
            testId={`role-jobCode-${index}`}
            onCommit={text('jobCode')}
          />
          <TextField
            label={t('docFields.purpose')}
            value={role.purpose ?? ''}
            multiline
            testId={`role-purpose-${index}`}
            onCommit={text('purpose')}
          />
          <LinesField
            label={t('docFields.qualifications')}
            value={role.qualifications}
            hint={t('docFields.onePerLine')}
            testId={`role-qualifications-${index}`}
            onCommit={(qualifications) => update({ qualifications })}
          />
          <LinesField
            label={t('docFields.permissions')}
            value={role.permissions}
            hint={t('docFields.onePerLine')}
            testId={`role-permissions-${index}`}
            onCommit={(permissions) => update({ permissions })}
          />
        </>
      )}
    </details>
  );
}
