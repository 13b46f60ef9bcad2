import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { openText } from '../files/documentFiles';
import { Modal } from './Modal';

// Bundled lazily: each example is its own chunk, loaded when chosen.
const examples = import.meta.glob('/examples/*.flow.json', {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

/** The name of an example from its path: `/examples/purchase-approval.as-is.flow.json` → `purchase-approval.as-is`. Pure. */
export function exampleName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.flow\.json$/, '');
}

/** The gallery of `examples/*.flow.json`; choosing one opens a copy as a new document. */
export function ExamplesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const paths = Object.keys(examples).sort();
  const open = async (path: string) => {
    const text = await examples[path]!();
    if (await openText({ ...services, t }, text, exampleName(path))) onClose();
  };
  return (
    <Modal title={t('examples.title')} onClose={onClose} wide>
      {paths.length === 0 && <p className="fs-muted">{t('examples.none')}</p>}
      <ul className="fs-example-list">
        {paths.map((p) => (
          <li key={p}>
            <button type="button" className="fs-button" onClick={() => void open(p)}>
              {exampleName(p)}
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
