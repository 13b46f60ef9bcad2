import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLogName } from '../../workers/miningProtocol';
import { useServices } from '../EditorContext';
import { openLogFile } from './logCommands';

/** True when a drag carries files (not a step from the palette or text). */
const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Lets the user drop an event log (.csv, .tsv, .xes, .xes.gz) anywhere on the app: it opens in
 * the log panel (a CSV through the mapping dialog). Other drops are left to whoever handles them.
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
      const file = [...(e.dataTransfer?.files ?? [])].find((f) => isLogName(f.name));
      if (!file) return;
      e.preventDefault();
      e.stopPropagation();
      void openLogFile({ ...services, t }, file, file.name);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop, true);
    };
  }, [services, t]);
}
