import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices } from '../EditorContext';

/** Finds steps by name (or id); Enter or a click selects the step and centres the view on it. */
export function SearchBox() {
  const { editor, ui } = useServices();
  const { t } = useTranslation();
  const steps = useEditorState((s) => s.doc.steps);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return steps
      .filter((s) => s.name.toLowerCase().includes(q) || s.id.toLowerCase().includes(q))
      .slice(0, 12);
  }, [steps, query]);
  const go = (id: string) => {
    editor.select({ steps: [id], flows: [] });
    ui.getState().canvas?.focusStep(id);
  };
  const close = () => ui.setState({ searchOpen: false });
  return (
    <div className="fs-search" role="search">
      <input
        autoFocus
        type="text"
        value={query}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        aria-controls="fs-search-results"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && matches[active]) go(matches[active].id);
          else if (e.key === 'Escape') close();
          else return;
          e.preventDefault();
        }}
      />
      {query.trim() && (
        <ul
          id="fs-search-results"
          className="fs-search-results"
          role="listbox"
          aria-label={t('search.results')}
        >
          {matches.length === 0 && <li className="fs-muted">{t('search.none')}</li>}
          {matches.map((s, i) => (
            <li key={s.id} role="option" aria-selected={i === active}>
              <button type="button" onClick={() => go(s.id)}>
                {s.name} <span className="fs-muted">{t(`type.${s.type}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="fs-icon-button"
        aria-label={t('search.close')}
        onClick={close}
      >
        ×
      </button>
    </div>
  );
}
