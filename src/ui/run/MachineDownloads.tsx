import { useTranslation } from 'react-i18next';
import type { ProcessDocument } from '@flowsmith/model';
import { useServices } from '../EditorContext';
import { downloadMachine } from './downloadMachine';

/** The two downloads: the machine as a TypeScript module, or as JSON. */
const FORMATS = [
  { format: 'ts', label: 'run.downloadTs' },
  { format: 'json', label: 'run.downloadJson' },
] as const;

/** Downloads the process's state machine as a TypeScript module or as JSON. */
export function MachineDownloads({ doc, disabled }: { doc: ProcessDocument; disabled: boolean }) {
  const { t } = useTranslation();
  const { ui } = useServices();
  const run = (format: 'ts' | 'json') => void downloadMachine(doc, format, ui, t);
  return (
    <div className="fs-run-downloads">
      <h3 className="fs-subtitle">{t('run.download')}</h3>
      <p className="fs-muted fs-run-hint">{t('run.downloadHint')}</p>
      <div className="fs-button-grid">
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="fs-button"
            disabled={disabled}
            data-testid={`run-download-${format}`}
            onClick={() => run(format)}
          >
            ⤓ {t(label)}
          </button>
        ))}
      </div>
    </div>
  );
}
