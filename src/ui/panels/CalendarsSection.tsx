import { useTranslation } from 'react-i18next';
import { freshId, WEEKDAYS, type Calendar, type WorkingHours } from '@flowsmith/model';
import { useEditorState } from '../EditorContext';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/fields/useCommit';
import { RecordCard } from '../inspector/RecordCard';
import { AddButton } from './AddButton';
import { workingHoursProblem } from './workingHoursProblem';

/** The working hours a new calendar, or a new block of hours, starts with (a fresh copy each time). */
const workWeek = (): WorkingHours => ({
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '09:00',
  to: '18:00',
});

/** Calendars: name, time zone and weekly working hours (days, from, to). */
export function CalendarsSection() {
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const commit = useCommit();
  const update = (c: Calendar, changes: Partial<Omit<Calendar, 'id'>>) =>
    commit({ id: 'calendar.update', params: { id: c.id, changes } }, 'calendar.update');
  const setBlock = (c: Calendar, i: number, change: Partial<WorkingHours>) => {
    const week = c.week.map((b, j) => (j === i ? { ...b, ...change } : b));
    const b = week[i]!;
    const problem = workingHoursProblem(b.from, b.to);
    if (problem === 'format') return t('calendar.timeFormat');
    if (problem === 'order') return t('calendar.toAfterFrom');
    return update(c, { week });
  };
  const add = () =>
    commit(
      {
        id: 'calendar.add',
        params: {
          record: { id: freshId(doc, 'calendar'), name: t('calendar.newName'), week: [workWeek()] },
        },
      },
      'calendar.add',
    );
  return (
    <>
      <h3 className="fs-subtitle">{t('panel.calendars')}</h3>
      {(doc.calendars ?? []).map((c) => (
        <RecordCard
          key={c.id}
          title={c.name ?? c.id}
          removeLabel={t('common.remove')}
          onRemove={() =>
            commit({ id: 'calendar.remove', params: { id: c.id } }, 'calendar.remove')
          }
        >
          <TextField
            label={t('calendar.name')}
            value={c.name ?? ''}
            onCommit={(name) => update(c, { name: name.trim() ? name : undefined })}
          />
          <TextField
            label={t('calendar.timezone')}
            value={c.timezone ?? ''}
            placeholder="Asia/Shanghai"
            onCommit={(tz) => update(c, { timezone: tz.trim() ? tz.trim() : undefined })}
          />
          {c.week.map((b, i) => (
            <div key={i} className="fs-week-block">
              <div className="fs-days" role="group" aria-label={t('calendar.days')}>
                {WEEKDAYS.map((d) => (
                  <label key={d} className="fs-day">
                    <input
                      type="checkbox"
                      checked={b.days.includes(d)}
                      onChange={(e) =>
                        setBlock(c, i, {
                          days: e.target.checked
                            ? WEEKDAYS.filter((x) => x === d || b.days.includes(x))
                            : b.days.filter((x) => x !== d),
                        })
                      }
                    />
                    {t(`day.${d}`)}
                  </label>
                ))}
              </div>
              <div className="fs-row">
                <TextField
                  label={t('calendar.from')}
                  value={b.from}
                  onCommit={(from) => setBlock(c, i, { from })}
                />
                <TextField
                  label={t('calendar.to')}
                  value={b.to}
                  onCommit={(to) => setBlock(c, i, { to })}
                />
                <button
                  type="button"
                  className="fs-icon-button"
                  aria-label={t('calendar.removeHours')}
                  onClick={() => update(c, { week: c.week.filter((_, j) => j !== i) })}
                >
                  ×
                </button>
              </div>
            </div>
          ))}
          <button
            type="button"
            className="fs-button fs-button--small"
            onClick={() =>
              update(c, {
                week: [...c.week, workWeek()],
              })
            }
          >
            ＋ {t('calendar.addHours')}
          </button>
        </RecordCard>
      ))}
      <AddButton label={t('calendar.add')} onAdd={add} />
    </>
  );
}
