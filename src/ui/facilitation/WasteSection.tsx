import { useTranslation } from 'react-i18next';
import { LEAN_WASTES, PAIN_POINTS, wasteNames, wasteTagId, type WasteKind } from '@flowsmith/model';
import { useEditor, useEditorState } from '../EditorContext';
import { useParticipantName } from '../workshop/participant';
import { uiLang } from './uiLang';
import { useSelectedStep } from './useSelectedStep';

/** The waste-tag picker of the selected step: the eight wastes and the pain points, as checkboxes. */
export function WasteSection() {
  const { t, i18n } = useTranslation();
  const editor = useEditor();
  const step = useSelectedStep();
  const tags = useEditorState((s) => s.doc.wasteTags);
  const me = useParticipantName();
  const names = wasteNames[uiLang(i18n.language)];
  if (!step) return null;
  const on = new Set((tags ?? []).filter((x) => x.step === step.id).map((x) => x.waste));
  const toggle = (waste: WasteKind) =>
    editor.execute(
      on.has(waste)
        ? { id: 'waste.untag', params: { step: step.id, waste } }
        : {
            id: 'waste.tag',
            params: {
              id: wasteTagId(step.id, waste),
              step: step.id,
              waste,
              ...(me ? { author: me } : {}),
            },
          },
      'waste.tag',
    );
  const group = (title: string, kinds: readonly WasteKind[]) => (
    <fieldset className="fs-workshop-tags" aria-label={title}>
      <legend className="fs-muted">{title}</legend>
      {kinds.map((w) => (
        <label key={w}>
          <input type="checkbox" checked={on.has(w)} data-waste={w} onChange={() => toggle(w)} />
          {names[w]}
        </label>
      ))}
    </fieldset>
  );
  return (
    <section aria-label={t('facilitation.wastes')} data-testid="waste-picker">
      <h3 className="fs-subtitle">{t('facilitation.wastesFor', { name: step.name || step.id })}</h3>
      {group(t('facilitation.leanWastes'), LEAN_WASTES)}
      {group(t('facilitation.painPoints'), PAIN_POINTS)}
    </section>
  );
}
