import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../dialogs/Modal';
import { useServices } from '../EditorContext';
import { presenceName } from './appWorkshop';
import { participantName, setParticipantName } from './participant';
import { parseWorkshopLink } from './workshopLink';

/** Joins a workshop from a pasted link, or from the server, room and token typed in. */
export function JoinWorkshopDialog() {
  const { t } = useTranslation();
  const { workshop } = useServices();
  const [link, setLink] = useState('');
  const [server, setServer] = useState('ws://127.0.0.1:1234');
  const [room, setRoom] = useState('');
  const [token, setToken] = useState('');
  const [name, setName] = useState(participantName() ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => workshop.store.setState({ dialog: false });
  const submit = () => {
    const fromLink = link.trim() ? parseWorkshopLink(link.trim(), server.trim()) : null;
    const typed = parseWorkshopLink(
      `?${new URLSearchParams({ workshop: server.trim(), room: room.trim(), token: token.trim() })}`,
    );
    const target = fromLink ?? (link.trim() ? null : typed);
    if (!target) {
      setProblem(t('workshop.badLink'));
      return;
    }
    if (name.trim()) setParticipantName(name);
    close();
    workshop.join(target, name.trim() || presenceName());
  };
  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <label className="fs-join-field" htmlFor={`workshop-${id}`}>
      <span>{label}</span>
      <input
        id={`workshop-${id}`}
        data-testid={`workshop-${id}`}
        type="text"
        value={value}
        autoComplete="off"
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );
  return (
    <Modal title={t('workshop.joinTitle')} onClose={close} testId="workshop-join">
      <form
        className="fs-join"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2>{t('workshop.joinTitle')}</h2>
        <p>{t('workshop.joinIntro')}</p>
        {field('link', t('workshop.link'), link, setLink)}
        {field('server', t('workshop.server'), server, setServer)}
        {field('room', t('workshop.room'), room, setRoom)}
        {field('token', t('workshop.token'), token, setToken)}
        {field('name', t('workshop.name'), name, setName)}
        {problem && (
          <p className="fs-join-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="fs-join-buttons">
          <button type="button" className="fs-button" onClick={close}>
            {t('workshop.cancel')}
          </button>
          <button
            type="submit"
            className="fs-button fs-button--primary"
            data-testid="workshop-join-submit"
          >
            {t('workshop.join')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
