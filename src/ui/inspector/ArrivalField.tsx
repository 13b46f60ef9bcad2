/**
 * A start step's arrivals: "N cases per hour / day / week" by default, an inter-arrival
 * distribution as the advanced choice, the rule for gaps over closed hours, the hour-of-day and
 * day-of-week profile, and the calendar that limits arrivals to its working time.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ARRIVAL_PERIODS,
  ARRIVAL_RULES,
  type Arrival,
  type ArrivalPeriod,
  type ProcessDocument,
  type StartStep,
  type StepChanges,
} from '@flowsmith/model';
import { addFeatureStrings } from '../../i18n/featureStrings';
import { workingCalendarId } from '../../editor/workingHours';
import { DistributionField } from './fields/DistributionField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { ArrivalProfileField } from './ArrivalProfileField';
import './simulationFieldStrings';

addFeatureStrings('arrival', {
  en: {
    mode: 'Arrivals given as',
    modeRate: 'Cases per period',
    modeDistribution: 'Time between arrivals (advanced)',
    count: 'Cases',
    positive: 'Enter a number above 0, or leave empty for no arrivals.',
    per: 'Per',
    perWorking: { hour: 'working hour', day: 'working day', week: 'working week' },
    perClock: { hour: 'hour', day: 'day (24 h)', week: 'week (7 days)' },
  },
  'zh-CN': {
    mode: '到达方式',
    modeRate: '每段时间的件数',
    modeDistribution: '到达间隔分布（高级）',
    count: '件数',
    positive: '请输入大于 0 的数；留空表示没有到达。',
    per: '每',
    perWorking: { hour: '工作小时', day: '工作日', week: '工作周' },
    perClock: { hour: '小时', day: '天（24 小时）', week: '周（7 天）' },
  },
});

/** The arrival fields of a start step; `update` applies step changes as one undo step. */
export function ArrivalField({
  step,
  doc,
  update,
}: {
  step: StartStep;
  doc: ProcessDocument;
  update: (changes: StepChanges) => string | null;
}) {
  const { t } = useTranslation();
  const arrival = step.arrival;
  const [mode, setMode] = useState<'rate' | 'distribution'>(
    arrival && 'interarrival' in arrival ? 'distribution' : 'rate',
  );
  // A first arrival goes on the document's working calendar (office hours by default).
  const calendar = arrival ? arrival.calendar : workingCalendarId(doc);
  // A new rate or distribution keeps the calendar, the gap rule and the profile already set.
  const withCalendar = (a: Arrival): Arrival => ({
    ...a,
    ...(calendar ? { calendar } : {}),
    ...(arrival?.rule ? { rule: arrival.rule } : {}),
    ...(arrival?.profile ? { profile: arrival.profile } : {}),
  });
  const rate = arrival && 'rate' in arrival ? arrival.rate : undefined;
  const [draftPer, setDraftPer] = useState<ArrivalPeriod>('day');
  const per = rate?.per ?? draftPer;
  const perLabels = calendar ? 'arrival.perWorking' : 'arrival.perClock';
  return (
    <>
      <SelectField
        label={t('arrival.mode')}
        value={mode}
        testId="arrival-mode"
        options={[
          { value: 'rate', label: t('arrival.modeRate') },
          { value: 'distribution', label: t('arrival.modeDistribution') },
        ]}
        onChange={(v) => setMode(v === 'distribution' ? 'distribution' : 'rate')}
      />
      {mode === 'rate' ? (
        <>
          <NumberField
            label={t('arrival.count')}
            value={rate?.count}
            testId="arrival-count"
            onCommit={(count) => {
              if (count !== undefined && !(count > 0)) return t('arrival.positive');
              return update({
                arrival: count === undefined ? null : withCalendar({ rate: { count, per } }),
              });
            }}
          />
          <SelectField
            label={t('arrival.per')}
            value={per}
            testId="arrival-per"
            options={ARRIVAL_PERIODS.map((p) => ({ value: p, label: t(`${perLabels}.${p}`) }))}
            onChange={(p) => {
              const next = p as ArrivalPeriod;
              if (rate) update({ arrival: withCalendar({ rate: { ...rate, per: next } }) });
              else setDraftPer(next);
            }}
          />
        </>
      ) : (
        <DistributionField
          label={t('step.arrival')}
          value={arrival && 'interarrival' in arrival ? arrival.interarrival : undefined}
          onCommit={(interarrival) =>
            update({ arrival: interarrival ? withCalendar({ interarrival }) : null })
          }
        />
      )}
      {arrival && (
        <SelectField
          label={t('step.arrivalCalendar')}
          value={calendar ?? ''}
          noneLabel={t('calendar.always')}
          options={(doc.calendars ?? []).map((c) => ({ value: c.id, label: c.name ?? c.id }))}
          onChange={(id) => {
            const { calendar: _old, ...rest } = arrival;
            update({ arrival: id ? { ...rest, calendar: id } : rest });
          }}
        />
      )}
      {arrival && (
        <>
          <SelectField
            label={t('simFields.arrivalRule')}
            value={arrival.rule ?? 'openTime'}
            testId="arrival-rule"
            options={ARRIVAL_RULES.map((r) => ({ value: r, label: t(`simFields.ruleKind.${r}`) }))}
            onChange={(r) => {
              const { rule: _old, ...rest } = arrival;
              update({ arrival: r === 'wallClock' ? { ...rest, rule: 'wallClock' } : rest });
            }}
          />
          <ArrivalProfileField
            profile={arrival.profile}
            onCommit={(profile) => {
              const { profile: _old, ...rest } = arrival;
              return update({ arrival: profile ? { ...rest, profile } : rest });
            }}
          />
        </>
      )}
    </>
  );
}
