import { useTranslation } from 'react-i18next';
import { useEditorState, useServices } from '../EditorContext';
import { actions } from '../actions/registry';
import { runAction } from '../actions/runAction';
import { formatShortcut } from '../actions/matchShortcut';
import { Menu } from './Menu';
import { LanguageSwitch } from './LanguageSwitch';
import type { MenuId } from '../actions/action';

const MENUS: readonly MenuId[] = ['file', 'edit', 'view', 'arrange', 'help'];

/** The top bar: app name, menus, the document's name, toolbar buttons and the language switch. */
export function TopBar() {
  const services = useServices();
  const { t } = useTranslation();
  const name = useEditorState((s) => s.doc.name);
  const derivedFrom = useEditorState((s) => s.doc.derivedFrom);
  useEditorState((s) => s.undoStack.length * 1000 + s.redoStack.length);
  const ctx = { ...services, t };
  return (
    <header className="fs-topbar">
      <span className="fs-logo" aria-hidden>
        ◆
      </span>
      <span className="fs-app-name">Flowsmith</span>
      <nav className="fs-menus" aria-label={t('menu.bar')}>
        {MENUS.map((m) => (
          <Menu key={m} menu={m} />
        ))}
      </nav>
      <div className="fs-doc-title" title={name}>
        <span className="fs-doc-name" data-testid="doc-name">
          {name}
        </span>
        {derivedFrom && <span className="fs-badge">{t('doc.toBe')}</span>}
      </div>
      <div className="fs-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        {actions
          .filter((a) => a.toolbar)
          .map((a) => {
            const title = `${t(a.titleKey)}${a.keys?.[0] ? ` (${formatShortcut(a.keys[0])})` : ''}`;
            return (
              <button
                key={a.id}
                type="button"
                className="fs-tool"
                data-action={a.id}
                title={title}
                aria-label={t(a.titleKey)}
                disabled={a.enabled ? !a.enabled(ctx) : false}
                onClick={() => runAction(a, services, t)}
              >
                <span aria-hidden>{a.icon}</span>
              </button>
            );
          })}
      </div>
      <LanguageSwitch />
    </header>
  );
}
