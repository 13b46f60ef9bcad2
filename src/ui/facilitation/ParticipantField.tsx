import { useTranslation } from 'react-i18next';
import { TextField } from '../inspector/fields/TextField';
import { setParticipantName, useParticipantName } from '../workshop/participant';

/** "Your name": asked once, kept in this browser; votes and notes are signed with it. */
export function ParticipantField() {
  const { t } = useTranslation();
  const name = useParticipantName();
  return (
    <TextField
      label={t('facilitation.you')}
      value={name ?? ''}
      hint={t('facilitation.youHint')}
      testId="participant-name"
      onCommit={(v) => {
        setParticipantName(v);
        return null;
      }}
    />
  );
}
