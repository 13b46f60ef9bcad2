import { changeLang, currentLang } from '../../i18n/i18n';
import type { Action } from './action';
import { MINIMAP_AUTO_LIMIT } from '../uiStore';
import { togglePresentation } from '../chrome/presentation';

/** Zoom, fit, presentation mode, table/canvas, search, lane direction, grid, minimap, language. */
export const viewActions: Action[] = [
  {
    id: 'view.zoomIn',
    titleKey: 'action.zoomIn',
    menu: 'view',
    keys: ['Mod+=', '+'],
    run: (c) => c.ui.getState().canvas?.zoomIn(),
  },
  {
    id: 'view.zoomOut',
    titleKey: 'action.zoomOut',
    menu: 'view',
    keys: ['Mod+-', '-'],
    run: (c) => c.ui.getState().canvas?.zoomOut(),
  },
  {
    id: 'view.fit',
    titleKey: 'action.fit',
    menu: 'view',
    icon: '⤢',
    keys: ['Shift+1'],
    run: (c) => c.ui.getState().canvas?.fitView(),
  },
  {
    id: 'view.present',
    titleKey: 'present.action',
    menu: 'view',
    icon: '▣',
    keys: ['Shift+P'],
    run: (c) => togglePresentation(c.ui),
  },
  {
    id: 'view.table',
    titleKey: 'action.toggleTable',
    menu: 'view',
    icon: '▦',
    toolbar: true,
    keys: ['Mod+Shift+T'],
    global: true,
    run: (c) => c.ui.setState({ view: c.ui.getState().view === 'canvas' ? 'table' : 'canvas' }),
  },
  {
    id: 'view.search',
    titleKey: 'action.search',
    menu: 'view',
    icon: '⌕',
    keys: ['Mod+F'],
    global: true,
    run: (c) => c.ui.setState({ searchOpen: true }),
  },
  {
    id: 'view.lanes',
    titleKey: 'action.toggleLanes',
    menu: 'view',
    run: (c) => {
      const doc = c.editor.state.doc;
      const next = (doc.view?.lanes ?? 'horizontal') === 'horizontal' ? 'vertical' : 'horizontal';
      // Turning the lanes mirrors the drawing across the diagonal: rows become columns, so the
      // map reads the same way without a re-layout. One undo step.
      const moves = doc.steps.flatMap((s) =>
        s.position ? [{ id: s.id, position: { x: s.position.y, y: s.position.x } }] : [],
      );
      c.editor.execute(
        [
          { id: 'process.update', params: { changes: { view: { ...doc.view, lanes: next } } } },
          ...(moves.length ? [{ id: 'steps.move' as const, params: { moves } }] : []),
        ],
        'view.lanes',
      );
      requestAnimationFrame(() => c.ui.getState().canvas?.fitView());
    },
  },
  {
    id: 'view.snap',
    titleKey: 'action.toggleSnap',
    menu: 'view',
    run: (c) => c.ui.setState({ snapToGrid: !c.ui.getState().snapToGrid }),
  },
  {
    id: 'view.minimap',
    titleKey: 'action.toggleMinimap',
    menu: 'view',
    run: (c) => {
      const { minimap } = c.ui.getState();
      const shown = minimap ?? c.editor.state.doc.steps.length <= MINIMAP_AUTO_LIMIT;
      c.ui.setState({ minimap: !shown });
    },
  },
  {
    id: 'view.language',
    titleKey: 'action.language',
    menu: 'view',
    run: async (c) => {
      const next = currentLang() === 'en' ? 'zh-CN' : 'en';
      await changeLang(next);
      c.editor.setLang(next);
    },
  },
];
