import { useTranslation } from 'react-i18next';
import type { ProcessDocument } from '@flowsmith/model';
import { useServices } from '../EditorContext';
import { downloadMachine } from './downloadMachine';

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
        <button
          type="button"
          className="fs-button"
          disabled={disabled}
          data-testid="run-download-ts"
          onClick={() => run('ts')}
        >
          ⤓ {t('run.downloadTs')}
        </button>
        <button
          type="button"
          className="fs-button"
          disabled={disabled}
          data-testid="run-download-json"
          onClick={() => run('json')}
        >
          ⤓ {t('run.downloadJson')}
        </button>
      </div>
    </div>
  );
}
