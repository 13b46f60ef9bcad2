import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useUi } from '../EditorContext';
import { panels } from '../panels/registry';

/** The side panel: a tab per registered panel, the chosen one below. */
export function SidePanel() {
  const { ui } = useServices();
  const { t } = useTranslation();
  const active = useUi((s) => s.panel);
  const current = panels.find((p) => p.id === active) ?? panels[0]!;
  return (
    <aside className="fs-side" aria-label={t('panel.side')}>
      <div className="fs-tabs" role="tablist" aria-label={t('panel.side')}>
        {panels.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`tab-${p.id}`}
            aria-selected={p.id === current.id}
            aria-controls={`panel-${p.id}`}
            className="fs-tab"
            onClick={() => ui.setState({ panel: p.id })}
          >
            <span aria-hidden>{p.icon}</span> {t(p.titleKey)}
          </button>
        ))}
      </div>
      <div
        className="fs-panel"
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
      >
        <Suspense fallback={<p className="fs-muted">…</p>}>
          <current.Component />
        </Suspense>
      </div>
    </aside>
  );
}
