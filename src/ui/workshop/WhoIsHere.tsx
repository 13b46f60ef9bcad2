import { useTranslation } from 'react-i18next';
import { useWorkshop } from './useWorkshop';

/** Who is in the room (you first), each with their colour, and the connection's state. */
export function WhoIsHere() {
  const { t } = useTranslation();
  const me = useWorkshop((s) => s.me);
  const peers = useWorkshop((s) => s.peers);
  const status = useWorkshop((s) => s.status);
  const room = useWorkshop((s) => s.link?.room);
  return (
    <section
      className="fs-who"
      aria-label={t('workshop.here')}
      data-testid="workshop-who"
      data-status={status}
    >
      <p className={`fs-who-status fs-who-status--${status}`} role="status">
        {status === 'idle' ? '' : t(`workshop.status.${status}`)}
      </p>
      <h2 className="fs-who-title">
        {t('workshop.here')} · {room}
      </h2>
      <ul className="fs-who-list">
        {me && (
          <li data-peer={me.name} data-me="true">
            <span className="fs-who-dot" style={{ background: me.colour }} aria-hidden="true" />
            {t('workshop.you', { name: me.name })}
          </li>
        )}
        {peers.map((p) => (
          <li key={p.clientId} data-peer={p.user.name}>
            <span className="fs-who-dot" style={{ background: p.user.colour }} aria-hidden="true" />
            {p.user.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
