/**
 * The open process drawn as standard BPMN by bpmn-js's viewer. Loaded lazily (its own chunk), so
 * the editor's first load does not carry bpmn-js. Re-draws shortly after each edit. The bpmn.io
 * watermark that bpmn-js draws stays visible, as its licence requires.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { useEditorState } from '../EditorContext';
import { exportBpmnInWorker } from './bpmnWorkerClient';

const REDRAW_DELAY_MS = 400;

type Status =
  { kind: 'drawing' } | { kind: 'drawn'; warnings: number } | { kind: 'failed'; detail: string };

interface CanvasService {
  zoom(level: 'fit-viewport' | number): number;
}

/** bpmn-js viewer of the open document; `testId` names its container for tests. */
export default function BpmnView({ testId = 'bpmn-view' }: { testId?: string }) {
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'drawing' });

  useEffect(() => {
    viewer.current = new NavigatedViewer({ container: container.current! });
    return () => {
      viewer.current?.destroy();
      viewer.current = null;
    };
  }, []);

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(async () => {
      setStatus({ kind: 'drawing' });
      try {
        const xml = await exportBpmnInWorker(doc, { simulation: false });
        if (stale || !viewer.current) return;
        const { warnings } = await viewer.current.importXML(xml);
        if (stale) return;
        viewer.current.get<CanvasService>('canvas').zoom('fit-viewport');
        setStatus({ kind: 'drawn', warnings: warnings.length });
      } catch (e) {
        if (!stale)
          setStatus({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) });
      }
    }, REDRAW_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [doc]);

  const fit = () => viewer.current?.get<CanvasService>('canvas').zoom('fit-viewport');
  return (
    <div className="fs-bpmn-view-wrap">
      <div
        className="fs-bpmn-view"
        ref={container}
        data-testid={testId}
        data-status={status.kind}
      />
      <div className="fs-bpmn-view-status" role="status">
        {status.kind === 'drawing' && t('bpmn.rendering')}
        {status.kind === 'failed' && (
          <span className="fs-field-error">
            {t('bpmn.renderFailed', { detail: status.detail })}
          </span>
        )}
        {status.kind === 'drawn' &&
          status.warnings > 0 &&
          t('bpmn.renderWarnings', { count: status.warnings })}
        <button type="button" className="fs-chip-button" onClick={fit}>
          {t('bpmn.fit')}
        </button>
      </div>
    </div>
  );
}
