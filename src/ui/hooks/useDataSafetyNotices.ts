import { useEffect } from 'react';
import i18next from 'i18next';
import { useServices, useWorkspace } from '../EditorContext';
import '../dataSafetyStrings';

/**
 * Tells the user what loading found: a stored process that could not be opened opens the
 * document list (which explains it, see DocumentsDialog); unsaved changes restored from the
 * journal give a notice.
 */
export function useDataSafetyNotices(): void {
  const { ui } = useServices();
  const damaged = useWorkspace((s) => s.damagedOpen);
  const restored = useWorkspace((s) => s.restored);
  useEffect(() => {
    if (damaged && ui.getState().dialog?.type !== 'documents')
      ui.setState({ dialog: { type: 'documents' } });
  }, [damaged, ui]);
  useEffect(() => {
    if (restored.length)
      ui.setState({
        notice: {
          kind: 'info',
          text: i18next.t('dataSafety.restored', { count: restored.length }),
        },
      });
  }, [restored, ui]);
}
