import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDocument } from '@flowsmith/model';
import type { SopTree } from '@flowsmith/sop';
import { useServices } from '../EditorContext';
import type { SopView } from '../../workers/sopProtocol';
import { downloadSop, type SopFormat } from './sopDownloads';
import { openFullPage, printHtml } from './printHtml';

/** Download buttons for the shown document: Markdown, HTML, DOCX (in a worker, cancellable) and PDF by printing. */
export function SopDownloads({
  doc,
  view,
  tree,
  html,
}: {
  doc: ProcessDocument;
  view: SopView;
  tree: SopTree | null;
  html: string | null;
}) {
  const { t } = useTranslation();
  const { ui } = useServices();
  const [running, setRunning] = useState<SopFormat | null>(null);
  const abort = useRef<AbortController | null>(null);
  const ready = tree !== null && html !== null;
  const save = async (format: SopFormat) => {
    if (!tree || html === null || running) return;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(format);
    try {
      await downloadSop(doc, view, tree, html, format, controller.signal);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) {
        ui.setState({
          notice: {
            kind: 'error',
            text: t('sop.downloadFailed', { message: e instanceof Error ? e.message : String(e) }),
          },
        });
      }
    } finally {
      abort.current = null;
      setRunning(null);
    }
  };
  const button = (format: SopFormat, label: string) => (
    <button
      type="button"
      className="fs-button"
      disabled={!ready || running !== null}
      data-testid={`sop-download-${format}`}
      onClick={() => void save(format)}
    >
      ⤓ {label}
    </button>
  );
  return (
    <div className="fs-sop-downloads">
      <h3 className="fs-subtitle">{t('sop.download')}</h3>
      <div className="fs-button-grid">
        {button('md', t('sop.markdown'))}
        {button('html', t('sop.html'))}
        {button('docx', t('sop.docx'))}
        <button
          type="button"
          className="fs-button"
          disabled={!ready}
          data-testid="sop-print"
          onClick={() => html !== null && printHtml(html)}
        >
          {t('sop.pdf')}
        </button>
      </div>
      {running === 'docx' && (
        <p className="fs-sop-running" role="status">
          <progress aria-label={t('sop.docxRunning')} /> {t('sop.docxRunning')}
          <button
            type="button"
            className="fs-button fs-button--small"
            onClick={() => abort.current?.abort()}
          >
            {t('sop.cancel')}
          </button>
        </p>
      )}
      <p className="fs-muted fs-sop-hint">{t('sop.pdfHint')}</p>
      <button
        type="button"
        className="fs-link fs-sop-full"
        disabled={!ready}
        onClick={() => html !== null && openFullPage(html)}
      >
        ↗ {t('sop.fullPage')}
      </button>
    </div>
  );
}
