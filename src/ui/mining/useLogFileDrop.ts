import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLogName } from '../../workers/miningProtocol';
import { useServices } from '../EditorContext';
import { openText } from '../files/documentFiles';
import { openLogFile } from './logCommands';
import './strings';

/** True when a drag carries files (not a step from the palette or text). */
const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Lets the user drop a file anywhere on the app: an event log (.csv, .tsv, .xes, .xes.gz, .xlsx)
 * opens in the log panel (a CSV or XLSX through the mapping dialog), a process (.json) opens as a document,
 * and anything else is refused with a notice — a dropped file never replaces the app.
 */
export function useLogFileDrop(): void {
  const services = useServices();
  const { t } = useTranslation();
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const ctx = { ...services, t };
      const files = [...(e.dataTransfer?.files ?? [])];
      const log = files.find((f) => isLogName(f.name));
      const flow = files.find((f) => /\.json$/i.test(f.name));
      if (log) void openLogFile(ctx, log, log.name);
      else if (flow) void flow.text().then((text) => openText(ctx, text, flow.name));
      else
        services.ui.setState({
          notice: { kind: 'error', text: t('log.cannotDrop', { name: files[0]?.name ?? '' }) },
        });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop, true);
    };
  }, [services, t]);
}
