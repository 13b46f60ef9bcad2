import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import {
  downloadWorkshopReport,
  REPORT_FORMATS,
  type ReportFormat,
} from './downloadWorkshopReport';
import { uiLang } from './uiLang';

/** The workshop report: downloads in Markdown, HTML or Word, in the UI's language. */
export function ReportSection() {
  const { t, i18n } = useTranslation();
  const { editor, ui } = useServices();
  const [busy, setBusy] = useState(false);
  const download = async (format: ReportFormat) => {
    setBusy(true);
    try {
      await downloadWorkshopReport(editor.state.doc, uiLang(i18n.language), format);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ui.setState({
        notice: { kind: 'error', text: t('facilitation.reportFailed', { message }) },
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label={t('facilitation.report')}>
      <h3 className="fs-subtitle">{t('facilitation.report')}</h3>
      <p className="fs-muted">{t('facilitation.reportHint')}</p>
      <div className="fs-workshop-row">
        {REPORT_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            className="fs-button"
            disabled={busy}
            data-report={f}
            onClick={() => void download(f)}
          >
            {t('facilitation.download', { format: f === 'md' ? 'Markdown' : f.toUpperCase() })}
          </button>
        ))}
      </div>
    </section>
  );
}
