import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useEditorState } from '../EditorContext';
import type { Action, MenuId } from '../actions/action';
import { actions } from '../actions/registry';
import { runAction } from '../actions/runAction';
import { formatShortcut } from '../actions/matchShortcut';

/**
 * One drop-down menu of the top bar, listing the registered actions of `menu` with their
 * shortcuts. Keyboard: Enter/Space/ArrowDown opens, arrows move, Escape closes.
 */
export function Menu({ menu }: { menu: MenuId }) {
  const services = useServices();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Re-render on document changes so enabled states stay right.
  useEditorState((s) => s.docVersion + s.selection.steps.length * 1e6 + s.selection.flows.length);
  const items = actions.filter((a) => a.menu === menu);
  const ctx = { ...services, t };
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    root.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);
  const run = (a: Action) => {
    setOpen(false);
    runAction(a, services, t);
  };
  return (
    <div className="fs-menu" ref={root}>
      <button
        type="button"
        className="fs-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        data-menu={menu}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t(`menu.${menu}`)}
      </button>
      {open && (
        <div
          className="fs-menu-list"
          role="menu"
          aria-label={t(`menu.${menu}`)}
          onKeyDown={(e) => {
            const list = [
              ...(root.current?.querySelectorAll<HTMLElement>(
                '[role="menuitem"]:not([disabled])',
              ) ?? []),
            ];
            const i = list.indexOf(document.activeElement as HTMLElement);
            if (e.key === 'ArrowDown') list[(i + 1) % list.length]?.focus();
            else if (e.key === 'ArrowUp') list[(i - 1 + list.length) % list.length]?.focus();
            else if (e.key === 'Escape') {
              setOpen(false);
              root.current?.querySelector<HTMLElement>('.fs-menu-button')?.focus();
            } else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        >
          {items.map((a) => (
            <button
              key={a.id}
              type="button"
              role="menuitem"
              data-action={a.id}
              disabled={a.enabled ? !a.enabled(ctx) : false}
              onClick={() => run(a)}
            >
              <span>{t(a.titleKey)}</span>
              {a.keys?.[0] && <kbd>{formatShortcut(a.keys[0])}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
