import { freshId } from '@flowsmith/model';
import { useTranslation } from 'react-i18next';
import { useServices, useUi } from '../EditorContext';
import { SearchBox } from './SearchBox';
import { workingCalendarId } from '../../editor/workingHours';

/** Floating controls over the canvas: add a lane, find a step, the layout progress. */
export function CanvasOverlay() {
  const { editor, ui } = useServices();
  const { t } = useTranslation();
  const searchOpen = useUi((s) => s.searchOpen);
  const layoutRunning = useUi((s) => s.layoutRunning);
  const addLane = () => {
    const doc = editor.state.doc;
    const id = freshId(doc, 'role');
    const name = t('lane.newName', { n: doc.roles.length + 1 });
    const calendar = workingCalendarId(doc);
    const record = { id, name, ...(calendar ? { calendar } : {}) };
    editor.execute({ id: 'role.add', params: { record } }, 'role.add');
    ui.setState({ panel: 'roles' });
  };
  return (
    <div className="fs-canvas-overlay">
      <button type="button" className="fs-chip-button" onClick={addLane}>
        ＋ {t('lane.add')}
      </button>
      {searchOpen ? (
        <SearchBox />
      ) : (
        <button
          type="button"
          className="fs-chip-button"
          onClick={() => ui.setState({ searchOpen: true })}
        >
          ⌕ {t('search.open')}
        </button>
      )}
      {layoutRunning && (
        <span className="fs-chip" role="status">
          {t('layout.running')}
        </span>
      )}
    </div>
  );
}
