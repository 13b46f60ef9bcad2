import { useTranslation } from 'react-i18next';
import { useEditorState, useWorkspace } from '../EditorContext';
import { counterpart } from './counterpart';
import { useSimulation, useSimulationStore } from './simulationStore';

/**
 * The stored process to simulate beside the open one; the as-is / to-be partner (by
 * `derivedFrom`) is chosen until the person picks another or none. Returns the chosen key.
 */
export function useCompareKey(): string | null {
  const chosen = useSimulation((s) => s.compareKey);
  const documents = useWorkspace((s) => s.documents);
  const key = useWorkspace((s) => s.key);
  const id = useEditorState((s) => s.doc.id);
  const derivedFrom = useEditorState((s) => s.doc.derivedFrom);
  if (chosen === undefined) return counterpart(documents, key, id, derivedFrom)?.key ?? null;
  return chosen && documents.some((d) => d.key === chosen && d.key !== key) ? chosen : null;
}

/** The "compare with" drop-down: every other stored process, partner first marked. */
export function CompareSelect({ value }: { value: string | null }) {
  const simulationStore = useSimulationStore();
  const { t } = useTranslation();
  const documents = useWorkspace((s) => s.documents);
  const key = useWorkspace((s) => s.key);
  const id = useEditorState((s) => s.doc.id);
  const derivedFrom = useEditorState((s) => s.doc.derivedFrom);
  const others = documents.filter((d) => d.key !== key);
  // The partner is marked, unless its name already says what it is (采购审批（现状）).
  const mark = (name: string, label: string) => (name.includes(label) ? '' : ` (${label})`);
  const badge = (d: (typeof others)[number]) =>
    d.documentId === derivedFrom
      ? mark(d.name, t('simulation.asIs'))
      : d.derivedFrom === id
        ? mark(d.name, t('simulation.toBe'))
        : '';
  return (
    <div className="fs-field">
      <label htmlFor="sim-compare">{t('simulation.compare')}</label>
      <select
        id="sim-compare"
        data-testid="sim-compare"
        value={value ?? ''}
        onChange={(e) => simulationStore.setState({ compareKey: e.target.value || null })}
      >
        <option value="">{t('simulation.compareNone')}</option>
        {others.map((d) => (
          <option key={d.key} value={d.key}>
            {d.name}
            {badge(d)}
          </option>
        ))}
      </select>
      {value && <div className="fs-field-hint">{t('simulation.compareHint')}</div>}
    </div>
  );
}
