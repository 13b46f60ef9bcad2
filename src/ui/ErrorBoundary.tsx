import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from './EditorContext';
import { DocumentsDialog } from './dialogs/DocumentsDialog';
import { downloadText } from './downloadText';
import { fileNameFor } from './files/fileAccess';
import './dataSafetyStrings';
import './dataSafety.css';

interface Props {
  children: ReactNode;
  /** When this changes (another process opened), the boundary tries its children again. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * Catches a rendering error below it and shows what happened with a way on — the document list,
 * a reload, an export of the open process — instead of a blank page. React reports the caught
 * error through the root's `onCaughtError` (main.tsx: a console warning).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { resetKey: props.resetKey, error: null } : null;
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // reported by the root's onCaughtError
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <CrashView error={error} onRetry={() => this.setState({ error: null })} />;
  }
}

function CrashView({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  const [listOpen, setListOpen] = useState(false);
  const exportOpen = () => {
    const doc = editor.state.doc;
    let text: string;
    try {
      text = JSON.stringify(doc, null, 2);
    } catch {
      text = String(doc);
    }
    downloadText(
      fileNameFor(
        { id: String(doc?.id ?? 'process'), name: String(doc?.name ?? '') },
        '.flow.json',
      ),
      text,
    );
  };
  return (
    <div className="fs-crash" role="alert" data-testid="crash">
      <h2>{t('dataSafety.crash.title')}</h2>
      <p>{t('dataSafety.crash.detail', { message: error.message })}</p>
      <div className="fs-row">
        <button type="button" className="fs-button" onClick={() => setListOpen(true)}>
          {t('dataSafety.crash.documents')}
        </button>
        <button type="button" className="fs-button" onClick={() => window.location.reload()}>
          {t('dataSafety.crash.reload')}
        </button>
        <button type="button" className="fs-button" onClick={exportOpen}>
          {t('dataSafety.crash.export')}
        </button>
      </div>
      {listOpen && (
        <DocumentsDialog
          onClose={() => {
            setListOpen(false);
            ui.setState({ dialog: null });
            onRetry();
          }}
        />
      )}
    </div>
  );
}
