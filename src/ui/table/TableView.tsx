/**
 * The table view: the same document as the canvas, one row per step, edited like a spreadsheet.
 * Cells commit on Enter (moving down) or when left; arrow keys move between cells when the
 * caret is at the text's edge; typing a name in the last row adds a step; pasting tab-separated
 * rows (from Excel, WPS, Sheets) adds them all as one undo step.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices } from '../EditorContext';
import { parseRows, rowsCall } from '../../editor/tableText';
import { newStepCall, nextFreeSpot } from '../../editor/newStep';
import { StepRow } from './StepRow';
import { pasteProblemText } from './pasteProblemText';

/** The table view of the open document. */
export function TableView() {
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  const doc = useEditorState((s) => s.doc);
  const selected = useEditorState((s) => s.selection.steps);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [draft, setDraft] = useState('');
  const table = useRef<HTMLTableElement>(null);

  const onPaste = (e: React.ClipboardEvent) => {
    const text = e.clipboardData.getData('text/plain');
    if (!text.includes('\t') && !text.trim().includes('\n')) return;
    e.preventDefault();
    const { rows, problems } = parseRows(text);
    if (problems.length) {
      const list = problems.map((p) => pasteProblemText(t, p)).join('; ');
      setMessage({ kind: 'error', text: t('table.pasteProblems', { list }) });
      return;
    }
    const { call, stepIds, unknownNext } = rowsCall(editor.state.doc, rows);
    const r = editor.execute(call, 'table.paste');
    if (!r.ok) setMessage({ kind: 'error', text: r.refusal.message });
    else {
      editor.select({ steps: stepIds, flows: [] });
      setMessage({
        kind: unknownNext.length ? 'error' : 'info',
        text: unknownNext.length
          ? t('table.pastedUnknownNext', { count: rows.length, names: unknownNext.join(', ') })
          : t('table.pasted', { count: rows.length }),
      });
    }
  };

  const addRow = (name: string) => {
    const d = editor.state.doc;
    const { call, id } = newStepCall(
      d,
      'task',
      nextFreeSpot(d, d.steps[d.steps.length - 1]?.id),
      name,
    );
    if (editor.execute(call, 'step.add').ok) {
      editor.select({ steps: [id], flows: [] });
      setDraft('');
    }
  };

  return (
    <div className="fs-table-view" onPaste={onPaste}>
      <div className="fs-table-bar">
        <span className="fs-muted">{t('table.hint')}</span>
        {message && (
          <span
            className={`fs-notice fs-notice--${message.kind}`}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </span>
        )}
        <button type="button" className="fs-button" onClick={() => ui.setState({ view: 'canvas' })}>
          {t('table.backToCanvas')}
        </button>
      </div>
      <table className="fs-table" ref={table} aria-label={t('table.label')}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.type')}</th>
            <th scope="col">{t('table.role')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.duration')}</th>
            <th scope="col">{t('table.next')}</th>
            <th scope="col">{t('table.value')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.steps.map((s, i) => (
            <StepRow key={s.id} step={s} index={i} doc={doc} selected={selected.includes(s.id)} />
          ))}
          <tr className="fs-table-new">
            <td>＋</td>
            <td colSpan={7}>
              <input
                type="text"
                value={draft}
                aria-label={t('table.newRow')}
                placeholder={t('table.newRow')}
                data-testid="table-new-row"
                onChange={(e) => setDraft(e.target.value)}
                onBlur={() => draft.trim() && addRow(draft.trim())}
                onKeyDown={(e) => {
                  if (e.nativeEvent.isComposing || e.keyCode === 229) return;
                  if (e.key === 'Enter' && draft.trim()) addRow(draft.trim());
                }}
              />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
