import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { StepNode as StepNodeType } from './deriveNodes';
import { describeDistribution } from '../format/describeDistribution';
import { KindIcon } from './KindIcon';
import './stepHandles.css';
import './gatewayShapes.css';
import '../inspector/simulationFieldStrings';
import { ContextPad } from './ContextPad';
import { LabelEditor } from './LabelEditor';
import { useCanvasModes } from './canvasModes';

const SIDES = [
  { id: 't', position: Position.Top },
  { id: 'r', position: Position.Right },
  { id: 'b', position: Position.Bottom },
  { id: 'l', position: Position.Left },
] as const;

function Handles() {
  return (
    <>
      {SIDES.map((s) => (
        <Handle key={s.id} id={s.id} type="source" position={s.position} className="fs-handle" />
      ))}
    </>
  );
}

/**
 * One step on the canvas, drawn by type: task and subprocess boxes, gateway diamonds (× xor,
 * ○ or, + and), event circles (a terminate end with a filled disc); when selected, with its context pad, and while renamed, with the name editor.
 */
function StepNodeView({ data, selected }: NodeProps<StepNodeType>) {
  const { t } = useTranslation();
  const { step, colour, roleName, unknownRole } = data;
  const cls = `fs-step fs-step--${step.type}${selected ? ' is-selected' : ''}`;
  const editing = useCanvasModes((s) => s.editing === step.id);
  // Only the selected step carries the pad; the name editor only while it is being edited.
  const extras = (
    <>
      {selected && <ContextPad step={step} />}
      {editing && <LabelEditor step={step} />}
    </>
  );
  if (step.type === 'task' || step.type === 'subprocess') {
    const kind = step.type === 'task' ? (step.kind ?? 'manual') : undefined;
    const duration = step.type === 'task' ? describeDistribution(step.duration) : '';
    return (
      <div className={cls} style={{ '--role': colour } as React.CSSProperties}>
        <Handles />
        <div className="fs-task-top">
          {kind && <KindIcon kind={kind} title={t(`kind.${kind}`)} />}
          {step.type === 'task' && step.control && (
            <span className="fs-mark fs-mark--control" title={t('step.control')}>
              {/* A shield, drawn: no common font has ⛨ (it showed as an empty box). */}
              <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden>
                <path
                  d="M8 1l6 2.2v4.3c0 3.6-2.6 6.3-6 7.5-3.4-1.2-6-3.9-6-7.5V3.2z"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.6"
                />
              </svg>
            </span>
          )}
          {step.type === 'task' && step.batch && (
            <span
              className="fs-mark fs-mark--batch"
              title={t('simFields.batch')}
              data-testid="batch-mark"
            >
              {/* Cases stacked: the step works them in batches. */}
              <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden>
                <path
                  d="M2 6h9v8H2zM5 4h9v8M8 2h6"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.5"
                />
              </svg>
            </span>
          )}
          {step.type === 'task' && step.value && (
            <span
              className={`fs-mark fs-value fs-value--${step.value}`}
              title={t(`value.${step.value}`)}
            >
              {step.value}
            </span>
          )}
        </div>
        <div className="fs-task-name">{step.name}</div>
        <div className="fs-task-foot">
          {duration && <span className="fs-duration">{duration}</span>}
          {unknownRole && (
            <span className="fs-warn" title={t('canvas.unknownRole')}>
              !
            </span>
          )}
          {step.type === 'subprocess' && (
            <span className="fs-subprocess-mark" aria-hidden>
              ⊞
            </span>
          )}
        </div>
        {roleName && <span className="fs-visually-hidden">{roleName}</span>}
        {extras}
      </div>
    );
  }
  const symbol =
    step.type === 'xor' ? '×' : step.type === 'and' ? '+' : step.type === 'timer' ? '◷' : '';
  const duration = step.type === 'timer' ? describeDistribution(step.duration) : '';
  const terminate = step.type === 'end' && step.terminate === true;
  return (
    <div className={terminate ? `${cls} is-terminate` : cls}>
      <Handles />
      <div className="fs-shape" aria-hidden>
        {/* BPMN: an inclusive gateway carries a bold circle; a terminate end a filled disc. */}
        {step.type === 'or' ? (
          <span className="fs-or-ring" data-testid="or-ring" />
        ) : terminate ? (
          <span className="fs-terminate-disc" data-testid="terminate-disc" />
        ) : (
          <span className="fs-symbol">{symbol}</span>
        )}
      </div>
      <div className="fs-outside-label" data-side={data.labelSide}>
        {step.name}
        {duration && <span className="fs-duration"> · {duration}</span>}
      </div>
      {extras}
    </div>
  );
}

/** Memoised: React Flow re-renders a node only when its node object changes. */
export const StepNode = memo(StepNodeView);
