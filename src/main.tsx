import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles/app.css';
import { setupI18n } from './i18n/i18n';
import { App } from './ui/App';

void setupI18n().then(() => {
  createRoot(document.getElementById('root')!, {
    // An error boundary showed what happened (ui/ErrorBoundary.tsx): a warning, not an error.
    onCaughtError: (error, info) =>
      console.warn(
        'Flowsmith: a view failed and shows its error instead',
        error,
        info.componentStack,
      ),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
