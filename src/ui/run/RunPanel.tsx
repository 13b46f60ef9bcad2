import './strings';
import './run.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useEditorState } from '../EditorContext';
import { compileForRun } from './compileForRun';
import { CaseForm } from './CaseForm';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';
import { CompileRefusal } from './CompileRefusal';
import { CompileWarnings } from './CompileWarnings';
import { MachineDownloads } from './MachineDownloads';

/** The run-mode side panel: start cases, work through the focused one, download the machine. */
export function RunPanel() {
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const lang = currentLang();
  const compiled = useMemo(() => compileForRun(doc, lang), [doc, lang]);
  return (
    <section className="fs-inspector-section fs-run" aria-label={t('run.panel')}>
      <h2 className="fs-panel-title">{t('run.panel')}</h2>
      <p className="fs-muted fs-run-intro">{t('run.intro')}</p>
      {compiled.ok ? (
        <>
          <CompileWarnings doc={doc} lang={lang} />
          <CaseForm doc={doc} machine={compiled.machine} />
        </>
      ) : (
        <CompileRefusal problems={compiled.problems} />
      )}
      <CaseList />
      <CaseView />
      <MachineDownloads doc={doc} disabled={!compiled.ok} />
    </section>
  );
}
