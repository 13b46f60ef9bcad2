import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { openText } from '../files/documentFiles';
import { Modal } from './Modal';

// Bundled lazily: each example is its own chunk, loaded when chosen.
const examples = import.meta.glob('/examples/*.flow.json', {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

/** What a card shows of an example, read from its file once the dialog has loaded it. */
interface ExampleCard {
  name: string;
  language?: string;
  derivedFrom?: string;
}

/** The card fields of an example's text; nothing when it is not a JSON object. Pure. */
export function exampleCard(text: string): ExampleCard | null {
  try {
    const doc = JSON.parse(text) as Record<string, unknown>;
    if (typeof doc.name !== 'string') return null;
    return {
      name: doc.name,
      ...(typeof doc.language === 'string' ? { language: doc.language } : {}),
      ...(typeof doc.derivedFrom === 'string' ? { derivedFrom: doc.derivedFrom } : {}),
    };
  } catch {
    return null;
  }
}

/** The name of an example from its path: `/examples/purchase-approval.as-is.flow.json` → `purchase-approval.as-is`. Pure. */
export function exampleName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.flow\.json$/, '');
}

/** The gallery of `examples/*.flow.json`; choosing one opens a copy as a new document. */
export function ExamplesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const paths = Object.keys(examples).sort();
  const [cards, setCards] = useState<Record<string, ExampleCard | null>>({});
  useEffect(() => {
    let live = true;
    void Promise.all(paths.map(async (p) => [p, exampleCard(await examples[p]!())] as const)).then(
      (loaded) => live && setCards(Object.fromEntries(loaded)),
    );
    return () => {
      live = false;
    };
    // the bundled examples never change while the page is open
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const open = async (path: string) => {
    const text = await examples[path]!();
    if (await openText({ ...services, t }, text, exampleName(path))) onClose();
  };
  return (
    <Modal title={t('examples.title')} onClose={onClose} wide>
      {paths.length === 0 && <p className="fs-muted">{t('examples.none')}</p>}
      <ul className="fs-example-list">
        {paths.map((p) => (
          <li key={p} className="fs-example-card">
            <button
              type="button"
              className="fs-button"
              data-example={exampleName(p)}
              aria-describedby={`example-${exampleName(p)}`}
              onClick={() => void open(p)}
            >
              {cards[p]?.name ?? exampleName(p)}
            </button>
            <span className="fs-muted" id={`example-${exampleName(p)}`}>
              {exampleName(p)}
              {cards[p]?.language && <> · {cards[p]?.language === 'zh-CN' ? '中文' : 'English'}</>}
              {cards[p]?.derivedFrom && (
                <> · {t('examples.toBe', { asIs: cards[p]?.derivedFrom })}</>
              )}
            </span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
