import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../dialogs/Modal';
import { useServices } from '../EditorContext';
import { isComplete, MAPPED_COLUMNS, type MappedColumn } from './guessMapping';
import { choosePendingSheet, readPending } from './logCommands';
import { useLog, useLogStore, type PendingCsv } from './logStore';

const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Tokyo',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
];

/**
 * The column-mapping step of a CSV log: a choice of header column for the case id, activity,
 * start and complete time, resource and role (guessed, then the user's), the sheet of an XLSX
 * with several (default the first; another one is previewed and guessed afresh), the time zone
 * of times without an offset, and the first rows to check against. "Read log" reads it in the worker.
 */
export function MappingDialog({ pending }: { pending: PendingCsv }) {
  const { t } = useTranslation();
  const services = useServices();
  const store = useLogStore();
  const id = useId();
  const ready = isComplete(pending.draft);
  const zones = ZONES.includes(pending.timezone) ? ZONES : [pending.timezone, ...ZONES];
  const set = (patch: Partial<PendingCsv>) => {
    const p = store.getState().pending;
    if (p) store.setState({ pending: { ...p, ...patch } });
  };
  const choose = (key: MappedColumn, column: string) =>
    set({ draft: { ...pending.draft, [key]: column || undefined } });
  const close = () => store.setState({ pending: null });
  return (
    <Modal
      title={t('log.mapTitle', { name: pending.name })}
      onClose={close}
      wide
      testId="log-mapping"
    >
      <form
        className="fs-log-mapping"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void readPending({ ...services, t });
        }}
      >
        <p className="fs-muted">{t('log.mapHint')}</p>
        <div className="fs-log-mapping-grid">
          {MAPPED_COLUMNS.map((key) => (
            <div key={key}>
              <label htmlFor={`${id}-${key}`}>{t(`log.column.${key}`)}</label>
              <select
                id={`${id}-${key}`}
                value={pending.draft[key] ?? ''}
                onChange={(e) => choose(key, e.target.value)}
              >
                <option value="">{t('log.none')}</option>
                {pending.header.map((h, i) => (
                  <option key={i} value={h} disabled={!h}>
                    {h || `#${i + 1}`}
                  </option>
                ))}
              </select>
            </div>
          ))}
          {pending.sheets && pending.sheets.length > 1 && (
            <div>
              <label htmlFor={`${id}-sheet`}>{t('log.sheet')}</label>
              <select
                id={`${id}-sheet`}
                value={pending.sheet}
                onChange={(e) => void choosePendingSheet({ ...services, t }, e.target.value)}
              >
                {pending.sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div>
            <label htmlFor={`${id}-zone`}>{t('log.timezone')}</label>
            <select
              id={`${id}-zone`}
              value={pending.timezone}
              onChange={(e) => set({ timezone: e.target.value })}
            >
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </div>
        </div>
        <h3>{t('log.preview')}</h3>
        <div className="fs-log-preview" tabIndex={0} role="region" aria-label={t('log.preview')}>
          <table>
            <thead>
              <tr>
                {pending.header.map((h, i) => {
                  const role = MAPPED_COLUMNS.find((k) => pending.draft[k] === h && h);
                  return (
                    <th key={i} className={role ? 'is-mapped' : undefined}>
                      {h}
                      {role && <small>{t(`log.column.${role}`)}</small>}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {pending.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, k) => (
                    <td key={k}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {!ready && <p className="fs-log-error">{t('log.needColumns')}</p>}
        <div className="fs-dialog-actions">
          <button type="button" className="fs-button" onClick={close}>
            {t('log.cancel')}
          </button>
          <button type="submit" className="fs-button fs-button--primary" disabled={!ready}>
            {t('log.read')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The mapping dialog of the CSV waiting to be read, if any. */
export function PendingMapping() {
  const pending = useLog((s) => s.pending);
  return pending ? <MappingDialog pending={pending} /> : null;
}
