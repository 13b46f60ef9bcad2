import { useTranslation } from 'react-i18next';
import type { DataForm, DataObject } from '@flowsmith/model';
import { TextField } from '../inspector/fields/TextField';
import './strings';

/**
 * A data object's record keeping (记录与表单): form number, who keeps it, for how long. One
 * `data.update` of `form` per edit; the form is dropped when its last field is cleared.
 */
export function DataFormFields({
  record,
  index,
  update,
}: {
  record: DataObject;
  index: number;
  update: (changes: { form: DataForm | null }) => string | null;
}) {
  const { t } = useTranslation();
  const form = record.form ?? {};
  const set = (key: keyof DataForm) => (value: string) => {
    const next: DataForm = { ...form };
    if (value.trim()) next[key] = value.trim();
    else delete next[key];
    return update({ form: Object.keys(next).length > 0 ? next : null });
  };
  return (
    <details className="fs-details" open={record.form !== undefined}>
      <summary>{t('docFields.form')}</summary>
      <div className="fs-row">
        <TextField
          label={t('docFields.formNumber')}
          value={form.number ?? ''}
          testId={`data-formNumber-${index}`}
          onCommit={set('number')}
        />
        <TextField
          label={t('docFields.retention')}
          value={form.retention ?? ''}
          hint={t('docFields.retentionHint')}
          testId={`data-retention-${index}`}
          onCommit={set('retention')}
        />
      </div>
      <TextField
        label={t('docFields.keeper')}
        value={form.keeper ?? ''}
        hint={t('docFields.keeperHint')}
        testId={`data-keeper-${index}`}
        onCommit={set('keeper')}
      />
    </details>
  );
}
