import { useTranslation } from 'react-i18next';
import { actions } from '../actions/registry';
import { formatShortcut } from '../actions/matchShortcut';
import { Modal } from './Modal';

/** Every keyboard shortcut, from the action registry, plus the canvas gestures. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const withKeys = actions.filter((a) => a.keys?.length);
  const gestures = [
    'marquee',
    'multi',
    'pan',
    'zoom',
    'connect',
    'dropLane',
    'escapeDrag',
    'arrows',
    'tab',
  ];
  return (
    <Modal title={t('help.title')} onClose={onClose} wide>
      <div className="fs-help-columns">
        <table className="fs-shortcuts">
          <caption>{t('help.keys')}</caption>
          <tbody>
            {withKeys.map((a) => (
              <tr key={a.id}>
                <td>{t(a.titleKey)}</td>
                <td>
                  {a.keys!.map((k) => (
                    <kbd key={k}>{formatShortcut(k)}</kbd>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="fs-shortcuts">
          <caption>{t('help.mouse')}</caption>
          <tbody>
            {gestures.map((g) => (
              <tr key={g}>
                <td>{t(`help.gesture.${g}.what`)}</td>
                <td>{t(`help.gesture.${g}.how`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="fs-muted">{t('help.ime')}</p>
    </Modal>
  );
}
