import { useTranslation } from 'react-i18next';
import type {
  Definition,
  DocumentControl,
  ProcessChanges,
  ProcessDocument,
  RelatedDocument,
} from '@flowsmith/model';
import { TextField } from '../inspector/fields/TextField';
import { RecordCard } from '../inspector/RecordCard';
import { LinesField } from './LinesField';
import './strings';

type ControlText = Exclude<keyof DocumentControl, 'departments'>;
const CONTROL_TEXT: readonly ControlText[] = [
  'number',
  'version',
  'effectiveDate',
  'preparedBy',
  'reviewedBy',
  'approvedBy',
  'preparingDepartment',
];

/**
 * The process's document fields in its inspector: the document control block (文件编号, 版本,
 * 生效日期, 编制/审核/批准, 编制部门, 适用部门), related documents and definitions. Each edit is one
 * `process.update`; a refused value (an effective date that is not a real date) stays in its box
 * with the reason under it.
 */
export function ProcessDocumentFields({
  doc,
  update,
}: {
  doc: ProcessDocument;
  update: (changes: ProcessChanges) => string | null;
}) {
  const { t } = useTranslation();
  const control = doc.documentControl ?? {};
  const setControl = (change: Partial<DocumentControl>) => {
    const next: DocumentControl = { ...control, ...change };
    for (const key of Object.keys(next) as (keyof DocumentControl)[])
      if (next[key] === undefined) delete next[key];
    return update({ documentControl: Object.keys(next).length > 0 ? next : null });
  };
  const related = doc.relatedDocuments ?? [];
  const setRelated = (list: RelatedDocument[]) =>
    update({ relatedDocuments: list.length > 0 ? list : null });
  const definitions = doc.definitions ?? [];
  const setDefinitions = (list: Definition[]) =>
    update({ definitions: list.length > 0 ? list : null });
  const replace = <T,>(list: readonly T[], i: number, item: T) =>
    list.map((x, j) => (j === i ? item : x));
  return (
    <>
      <h3 className="fs-subtitle">{t('docFields.control')}</h3>
      {CONTROL_TEXT.map((key) => (
        <TextField
          key={key}
          label={t(`docFields.${key}`)}
          value={control[key] ?? ''}
          testId={`control-${key}`}
          {...(key === 'effectiveDate' && { placeholder: '2026-01-31' })}
          onCommit={(value) => setControl({ [key]: value.trim() ? value.trim() : undefined })}
        />
      ))}
      <LinesField
        label={t('docFields.departments')}
        value={control.departments}
        hint={t('docFields.onePerLine')}
        testId="control-departments"
        onCommit={(departments) => setControl({ departments: departments ?? undefined })}
      />
      <h3 className="fs-subtitle">{t('docFields.related')}</h3>
      {related.map((r, i) => (
        <RecordCard
          key={i}
          title={r.title}
          removeLabel={t('common.remove')}
          onRemove={() => setRelated(related.filter((_, j) => j !== i))}
        >
          <div className="fs-row">
            <TextField
              label={t('docFields.relatedNumber')}
              value={r.number ?? ''}
              testId={`related-number-${i}`}
              onCommit={(number) => {
                const { number: _old, ...rest } = r;
                return setRelated(
                  replace(related, i, number.trim() ? { number: number.trim(), ...rest } : rest),
                );
              }}
            />
            <TextField
              label={t('docFields.relatedTitle')}
              value={r.title}
              testId={`related-title-${i}`}
              onCommit={(title) =>
                title.trim()
                  ? setRelated(replace(related, i, { ...r, title: title.trim() }))
                  : t('field.required')
              }
            />
          </div>
        </RecordCard>
      ))}
      <button
        type="button"
        className="fs-button"
        data-testid="related-add"
        onClick={() => setRelated([...related, { title: t('docFields.newRelated') }])}
      >
        ＋ {t('docFields.addRelated')}
      </button>
      <h3 className="fs-subtitle">{t('docFields.definitions')}</h3>
      {definitions.map((d, i) => (
        <RecordCard
          key={i}
          title={d.term}
          removeLabel={t('common.remove')}
          onRemove={() => setDefinitions(definitions.filter((_, j) => j !== i))}
        >
          <TextField
            label={t('docFields.term')}
            value={d.term}
            testId={`definition-term-${i}`}
            onCommit={(term) =>
              term.trim()
                ? setDefinitions(replace(definitions, i, { ...d, term: term.trim() }))
                : t('field.required')
            }
          />
          <TextField
            label={t('docFields.meaning')}
            value={d.meaning}
            multiline
            testId={`definition-meaning-${i}`}
            onCommit={(meaning) =>
              meaning.trim()
                ? setDefinitions(replace(definitions, i, { ...d, meaning: meaning.trim() }))
                : t('field.required')
            }
          />
        </RecordCard>
      ))}
      <button
        type="button"
        className="fs-button"
        data-testid="definition-add"
        onClick={() =>
          setDefinitions([
            ...definitions,
            { term: t('docFields.newTerm'), meaning: t('docFields.newMeaning') },
          ])
        }
      >
        ＋ {t('docFields.addDefinition')}
      </button>
    </>
  );
}
