import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  freshId,
  type Changes,
  type CommandCall,
  type DataObject,
  type Kpi,
  type Risk,
} from '@flowsmith/model';
import { useEditorState } from '../EditorContext';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/fields/useCommit';
import { RecordCard } from '../inspector/RecordCard';
import { AddButton } from './AddButton';

/** The plain named records a list panel edits, by the noun of their commands (`data.add`, …). */
interface NamedRecords {
  data: DataObject;
  risk: Risk;
  kpi: Kpi;
}

/** The noun of a plain named record's commands. */
export type RecordNoun = keyof NamedRecords;

type ChangesOf<N extends RecordNoun> = Changes<Omit<NamedRecords[N], 'id'>>;

/**
 * The records of one collection as cards (name field, remove button, then the fields
 * `children` renders for a record) and an add button below; `update` commits one `noun.update`.
 */
export function RecordList<N extends RecordNoun>({
  noun,
  records,
  empty,
  children,
}: {
  noun: N;
  records: readonly NamedRecords[N][];
  /** Shown instead of the cards when there are none. */
  empty?: string;
  children: (
    record: NamedRecords[N],
    update: (changes: ChangesOf<N>) => string | null,
  ) => ReactNode;
}) {
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const commit = useCommit();
  // The calls are built from `noun`, which TypeScript cannot tie to one member of CommandCall.
  const update = (id: string, changes: ChangesOf<N>) =>
    commit({ id: `${noun}.update`, params: { id, changes } } as CommandCall);
  const remove = (id: string) =>
    commit({ id: `${noun}.remove`, params: { id } } as CommandCall, `${noun}.remove`);
  const add = () =>
    commit(
      {
        id: `${noun}.add`,
        params: { record: { id: freshId(doc, noun), name: t(`${noun}.newName`) } },
      } as CommandCall,
      `${noun}.add`,
    );
  return (
    <>
      {records.length === 0 && empty && <p className="fs-muted">{empty}</p>}
      {records.map((r) => (
        <RecordCard
          key={r.id}
          title={r.name}
          removeLabel={t('common.remove')}
          onRemove={() => remove(r.id)}
        >
          <TextField
            label={t(`${noun}.name`)}
            value={r.name}
            onCommit={(name) => update(r.id, { name } as ChangesOf<N>)}
          />
          {children(r, (changes) => update(r.id, changes))}
        </RecordCard>
      ))}
      <AddButton label={t(`${noun}.add`)} onAdd={add} />
    </>
  );
}
