import { useTranslation } from 'react-i18next';
import type { Problem } from '@flowsmith/model';
import { Modal } from './Modal';

/** The problems of a file that could not be opened: path and sentence each; nothing was changed. */
export function ProblemsDialog({
  fileName,
  problems,
  onClose,
}: {
  fileName: string;
  problems: Problem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={t('problems.title', { name: fileName })} onClose={onClose} wide>
      <p>{t('problems.intro', { count: problems.length })}</p>
      <ul className="fs-problems" data-testid="problems">
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path || t('problems.root')}</code> {p.message}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
