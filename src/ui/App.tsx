import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { AppContext, useUi, useWorkspace } from './EditorContext';
import { createServices } from './createServices';
import { TopBar } from './chrome/TopBar';
import { Palette } from './chrome/Palette';
import { SidePanel } from './chrome/SidePanel';
import { StatusBar } from './chrome/StatusBar';
import { Canvas } from './canvas/Canvas';
import { TableView } from './table/TableView';
import { DialogHost } from './dialogs/DialogHost';
import { PresentationBar } from './chrome/PresentationBar';
import { useShortcuts } from './hooks/useShortcuts';
import { useClipboard } from './hooks/useClipboard';
import { useFlushOnHide } from './hooks/useFlushOnHide';
import { useInspectorFollowsSelection } from './hooks/useInspectorFollowsSelection';
import { useDataSafetyNotices } from './hooks/useDataSafetyNotices';
import { ErrorBoundary } from './ErrorBoundary';
import { useLogFileDrop } from './mining/useLogFileDrop';

function Shell() {
  useShortcuts();
  useClipboard();
  useFlushOnHide();
  useInspectorFollowsSelection();
  useDataSafetyNotices();
  useLogFileDrop();
  const { t } = useTranslation();
  const view = useUi((s) => s.view);
  const presenting = useUi((s) => s.presenting);
  const ready = useWorkspace((s) => s.ready);
  const openKey = useWorkspace((s) => s.key);
  return (
    <div className={presenting ? 'fs-app fs-presenting' : 'fs-app'}>
      <TopBar />
      <div className="fs-body">
        <Palette />
        <main className="fs-main" aria-label={t('main.label')}>
          <ErrorBoundary resetKey={openKey}>
            {!ready ? (
              <div className="fs-loading">{t('main.loading')}</div>
            ) : view === 'canvas' ? (
              <Canvas />
            ) : (
              <TableView />
            )}
          </ErrorBoundary>
        </main>
        <SidePanel />
      </div>
      <StatusBar />
      <PresentationBar />
      <DialogHost />
    </div>
  );
}

/** The Flowsmith app: services created once, then the shell (top bar, palette, view, panels, status). */
export function App() {
  const [services] = useState(createServices);
  // init() runs once even when StrictMode mounts twice; the services live as long as the page.
  useEffect(() => void services.workspace.init(), [services]);
  return (
    <AppContext.Provider value={services}>
      <ReactFlowProvider>
        <ErrorBoundary>
          <Shell />
        </ErrorBoundary>
      </ReactFlowProvider>
    </AppContext.Provider>
  );
}
