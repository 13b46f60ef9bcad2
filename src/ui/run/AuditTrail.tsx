import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@flowsmith/compiler';
import { currentLang } from '../../i18n/i18n';
import { auditOutcome } from './auditOutcome';
import type { RunCase } from './runStore';

/** The case's audit trail (`context.history`): step, who, when and outcome, oldest first. */
export function AuditTrail({ run }: { run: RunCase }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const history: readonly HistoryEntry[] = run.snapshot.context.history;
  const time = new Intl.DateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return (
    <div className="fs-run-audit">
      <h4 className="fs-run-h4">{t('run.audit')}</h4>
      <table className="fs-run-audit-table" data-testid="run-audit">
        <thead>
          <tr>
            <th scope="col">{t('run.when')}</th>
            <th scope="col">{t('run.stepCol')}</th>
            <th scope="col">{t('run.who')}</th>
            <th scope="col">{t('run.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h, i) => (
            <tr key={i} data-step={h.stepId} data-outcome={h.outcome}>
              <td className="fs-run-when">{time.format(h.at)}</td>
              <td>{run.names.steps.get(h.stepId) ?? h.stepId}</td>
              <td>{h.by === undefined ? '' : (run.names.roles.get(h.by) ?? h.by)}</td>
              <td>{auditOutcome(h, run.names, lang, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
