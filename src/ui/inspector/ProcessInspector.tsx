import { useTranslation } from 'react-i18next';
import type { ProcessChanges, ProcessDocument, Revision } from '@flowsmith/model';
import { TextField } from './fields/TextField';
import { SelectField } from './fields/SelectField';
import { useCommit } from './fields/useCommit';
import { RecordCard } from './RecordCard';
import { ProcessDocumentFields } from '../documentFields/ProcessDocumentFields';

/** The process's own fields: name, language, description, owner, derived-from, revisions. */
export function ProcessInspector({ doc }: { doc: ProcessDocument }) {
  const { t } = useTranslation();
  const commit = useCommit();
  const update = (changes: ProcessChanges) =>
    commit({ id: 'process.update', params: { changes } }, 'process.update');
  const revisions = doc.revisions ?? [];
  const setRevision = (i: number, change: Partial<Revision>) =>
    update({ revisions: revisions.map((r, j) => (j === i ? { ...r, ...change } : r)) });
  return (
    <section className="fs-inspector-section" aria-label={t('inspector.process')}>
      <h2 className="fs-panel-title">{t('inspector.process')}</h2>
      <TextField
        label={t('process.name')}
        value={doc.name}
        testId="process-name"
        onCommit={(name) => commit({ id: 'process.rename', params: { name } }, 'process.rename')}
      />
      <SelectField
        label={t('process.language')}
        value={doc.language ?? ''}
        noneLabel={t('process.languageUnset')}
        options={[
          { value: 'zh-CN', label: '简体中文 (zh-CN)' },
          { value: 'en', label: 'English (en)' },
          ...(doc.language && !['zh-CN', 'en'].includes(doc.language)
            ? [{ value: doc.language, label: doc.language }]
            : []),
        ]}
        onChange={(language) => update({ language: language || null })}
      />
      <TextField
        label={t('process.description')}
        value={doc.description ?? ''}
        multiline
        onCommit={(d) => update({ description: d.trim() ? d : null })}
      />
      <SelectField
        label={t('process.owner')}
        value={doc.owner ?? ''}
        noneLabel={t('step.noRole')}
        options={doc.roles.map((r) => ({ value: r.id, label: r.name }))}
        onChange={(owner) => update({ owner: owner || null })}
      />
      <TextField
        label={t('process.derivedFrom')}
        value={doc.derivedFrom ?? ''}
        hint={t('process.derivedFromHint')}
        onCommit={(d) => update({ derivedFrom: d.trim() ? d.trim() : null })}
      />
      <ProcessDocumentFields doc={doc} update={update} />
      <h3 className="fs-subtitle">{t('process.revisions')}</h3>
      {revisions.map((r, i) => (
        <RecordCard
          key={i}
          title={r.version}
          removeLabel={t('common.remove')}
          onRemove={() => update({ revisions: revisions.filter((_, j) => j !== i) })}
        >
          <div className="fs-row">
            <TextField
              label={t('revision.version')}
              value={r.version}
              onCommit={(version) =>
                version.trim() ? setRevision(i, { version }) : t('field.required')
              }
            />
            <TextField
              label={t('revision.date')}
              value={r.date}
              placeholder="2026-01-31"
              onCommit={(date) =>
                /^\d{4}-\d{2}-\d{2}$/.test(date)
                  ? setRevision(i, { date })
                  : t('revision.dateFormat')
              }
            />
          </div>
          <TextField
            label={t('revision.author')}
            value={r.author ?? ''}
            onCommit={(author) =>
              setRevision(i, author.trim() ? { author } : { author: undefined })
            }
          />
          <TextField
            label={t('revision.summary')}
            value={r.summary}
            onCommit={(summary) =>
              summary.trim() ? setRevision(i, { summary }) : t('field.required')
            }
          />
        </RecordCard>
      ))}
      <button
        type="button"
        className="fs-button"
        onClick={() =>
          update({
            revisions: [
              ...revisions,
              {
                version: `${revisions.length + 1}.0`,
                date: new Date().toISOString().slice(0, 10),
                summary: t('revision.newSummary'),
              },
            ],
          })
        }
      >
        ＋ {t('revision.add')}
      </button>
    </section>
  );
}
