import { useServices, useUi } from '../EditorContext';
import { HelpDialog } from './HelpDialog';
import { ProblemsDialog } from './ProblemsDialog';
import { DocumentsDialog } from './DocumentsDialog';
import { ExamplesDialog } from './ExamplesDialog';

/** Shows the dialog the chrome state asks for. */
export function DialogHost() {
  const { ui } = useServices();
  const dialog = useUi((s) => s.dialog);
  const close = () => ui.setState({ dialog: null });
  if (!dialog) return null;
  switch (dialog.type) {
    case 'help':
      return <HelpDialog onClose={close} />;
    case 'problems':
      return (
        <ProblemsDialog fileName={dialog.fileName} problems={dialog.problems} onClose={close} />
      );
    case 'documents':
      return <DocumentsDialog onClose={close} />;
    case 'examples':
      return <ExamplesDialog onClose={close} />;
  }
}
