import './strings';
import './facilitation.css';
import { useTranslation } from 'react-i18next';
import { ParticipantField } from './ParticipantField';
import { TimerSection } from './TimerSection';
import { WasteSection } from './WasteSection';
import { VotesSection } from './VotesSection';
import { NotesSection } from './NotesSection';
import { ParkingLotSection } from './ParkingLotSection';
import { ReportSection } from './ReportSection';
import { useSelectedStep } from './useSelectedStep';

/**
 * The workshop panel: who I am, the timer, the selected step's waste tags and votes, the ranked
 * results, the notes, the parking lot and the workshop report.
 */
export function FacilitationPanel() {
  const { t } = useTranslation();
  const step = useSelectedStep();
  return (
    <section
      className="fs-inspector-section fs-workshop"
      aria-label={t('facilitation.panel')}
      data-testid="workshop-panel"
    >
      <h2 className="fs-panel-title">{t('facilitation.panel')}</h2>
      <ParticipantField />
      <TimerSection />
      {!step && <p className="fs-muted">{t('facilitation.selectStep')}</p>}
      <WasteSection />
      <VotesSection />
      <NotesSection />
      <ParkingLotSection />
      <ReportSection />
    </section>
  );
}
