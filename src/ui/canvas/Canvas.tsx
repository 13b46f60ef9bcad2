/**
 * The process map: React Flow showing the derived nodes (lanes, steps) and edges (flows). User
 * gestures become editor calls: drags go through `startStepDrag` (one undo step per drag, lane
 * roles on drop), connections through `flow.connect`, drops from the palette through `step.add`.
 * Selection and viewport go to the session. Nodes are memoised so big processes stay smooth.
 */
import { canvasLayers } from './layers';
import { laneHeaderSize } from './laneHeaderSize';
import { LaneHeaders } from './LaneHeaders';
import { useCallback, useMemo, useRef } from 'react';
import { useCanvasViewport } from './useCanvasViewport';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Edge,
  type EdgeChange,
  type FinalConnectionState,
  type Node,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import { freshId, type Step, type StepType } from '@flowsmith/model';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices, useUi, useWorkspace } from '../EditorContext';
import { editorGeometry, laneOrientation } from '../../editor/lanes';
import { drawnPosition, useFlowRoutes } from './useFlowRoutes';
import { gatewayLabelSides } from './gatewayLabelSides';
import { startStepDrag, type StepDrag } from '../../editor/dragSteps';
import { newStepCall } from '../../editor/newStep';
import { createEdgeDeriver, createNodeDeriver, type StepNodeData } from './deriveNodes';
import { deriveLanes } from './deriveLanes';
import { StepNode } from './StepNode';
import { LaneNodeComponent } from './LaneNode';
import { FlowEdgeView, FlowMarkers } from './FlowEdgeView';
import { PALETTE_MIME } from '../chrome/paletteMime';
import { CanvasOverlay } from './CanvasOverlay';
import { dropTarget, eventPoint, stepIdAt } from './stepUnderPointer';
import { ConnectionPreview } from './ConnectionPreview';
import { startFlowLabelEdit, startLabelEdit } from './canvasModes';
import { MINIMAP_AUTO_LIMIT } from '../uiStore';

const nodeTypes = { step: StepNode, lane: LaneNodeComponent };
const edgeTypes = { flow: FlowEdgeView };
const GRID = 20;
// The minimap's colour functions keep their identity: new ones each render would re-render
// every minimap node on every drag frame (its node list is memoised on these props).
const minimapColour = (n: Node) =>
  n.type === 'lane' ? 'transparent' : (n.data as StepNodeData).colour;
const minimapStroke = (n: Node) => (n.type === 'lane' ? '#c9d0dc' : 'transparent');

/** The canvas view of the open document. */
export function Canvas() {
  const { editor, ui } = useServices();
  const { t, i18n } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const selection = useEditorState((s) => s.selection);
  const minimapSetting = useUi((s) => s.minimap);
  const presenting = useUi((s) => s.presenting);
  const bigProcess = useEditorState((s) => s.doc.steps.length > MINIMAP_AUTO_LIMIT);
  const minimap = minimapSetting ?? !bigProcess;
  const docKey = useWorkspace((s) => s.key);
  const rf = useReactFlow();
  const drag = useRef<{
    drag: StepDrag;
    anchorId: string;
    origin: { x: number; y: number };
  } | null>(null);

  const deriveNodes = useMemo(
    () =>
      createNodeDeriver((s) => t('canvas.stepAria', { type: t(`type.${s.type}`), name: s.name })),
    // The deriver caches labels: a new language needs a new deriver.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
  const deriveEdges = useMemo(
    () =>
      createEdgeDeriver((f, a, b) =>
        t('canvas.flowAria', { from: a.name, to: b.name, label: f.label ?? '' }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
  const orientation = laneOrientation(doc);
  const stepsById = useMemo(() => new Map(doc.steps.map((s) => [s.id, s])), [doc.steps]);
  // While a drag runs, lanes stay as they were when it started (they follow on release): the
  // bands cost O(steps + flows) and a drag frame must not pay that on a big process.
  const laneSource = useEditorState((s) => s.gesture?.before ?? s.doc);
  const gestureRunning = useEditorState((s) => s.gesture !== null && s.gesture !== undefined);
  // One lane geometry (@flowsmith/layout): bands, and where each step is drawn.
  const geometry = useMemo(() => editorGeometry(laneSource), [laneSource]);
  const bands = geometry.bands;
  const drawnAt = useMemo(
    () => (geometry.offsets.size === 0 ? undefined : (s: Step) => drawnPosition(geometry, s)),
    [geometry],
  );
  const routing = useFlowRoutes(doc, geometry, gestureRunning);
  // Gateway names go to a free side of their diamond, clear of neighbours and flow labels; like
  // the lanes, chosen again when a drag ends (a 5,000-step map takes ~25 ms), not every frame.
  const labelSides = useMemo(
    () => gatewayLabelSides(laneSource, drawnAt, routing),
    [laneSource, drawnAt, routing],
  );
  const stepNodes = useMemo(
    () => deriveNodes(doc, selection, drawnAt, labelSides),
    [deriveNodes, doc, selection, drawnAt, labelSides],
  );
  const laneNodes = useMemo(
    () => deriveLanes(bands, doc.roles, orientation),
    [bands, doc.roles, orientation],
  );
  const nodes = useMemo<Node[]>(() => [...laneNodes, ...stepNodes], [laneNodes, stepNodes]);
  const edges = useMemo(
    () => deriveEdges(doc, selection, stepsById, routing),
    [deriveEdges, doc, selection, stepsById, routing],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      let steps: Set<string> | null = null;
      let moved = false;
      for (const c of changes) {
        if (c.type === 'select') {
          steps ??= new Set(editor.state.selection.steps);
          if (c.selected) steps.add(c.id);
          else steps.delete(c.id);
        } else if (c.type === 'position' && c.position && !moved) {
          moved = true;
          const d = drag.current;
          if (d && c.id === d.anchorId) {
            d.drag.move({ x: c.position.x - d.origin.x, y: c.position.y - d.origin.y });
          } else if (!d && c.dragging === undefined) {
            // Arrow keys on a focused step: React Flow moves the selection without a drag.
            const step = editor.state.doc.steps.find((s) => s.id === c.id);
            // The node sits where the step is drawn (its lane may be shifted; see laneGeometry).
            const from = (step && drawnPosition(editorGeometry(editor.state.doc), step)) ??
              step?.position ?? { x: 0, y: 0 };
            const dx = c.position.x - from.x;
            const dy = c.position.y - from.y;
            const moves = editor.state.selection.steps.flatMap((id) => {
              const s = editor.state.doc.steps.find((x) => x.id === id);
              return s?.position
                ? [{ id, position: { x: s.position.x + dx, y: s.position.y + dy } }]
                : [];
            });
            if (moves.length) editor.execute({ id: 'steps.move', params: { moves } }, 'steps.move');
          }
        }
      }
      if (steps) editor.select({ steps: [...steps], flows: editor.state.selection.flows });
    },
    [editor],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      let flows: Set<string> | null = null;
      for (const c of changes) {
        if (c.type !== 'select') continue;
        flows ??= new Set(editor.state.selection.flows);
        if (c.selected) flows.add(c.id);
        else flows.delete(c.id);
      }
      if (flows) editor.select({ steps: editor.state.selection.steps, flows: [...flows] });
    },
    [editor],
  );

  const onNodeDragStart = useCallback(
    (_: unknown, node: Node, dragged: Node[]) => {
      if (node.type !== 'step') return;
      const ids = dragged.filter((n) => n.type === 'step').map((n) => n.id);
      drag.current = {
        drag: startStepDrag(editor, ids.length ? ids : [node.id], {
          grid: ui.getState().snapToGrid ? GRID : 0,
        }),
        anchorId: node.id,
        origin: { x: node.position.x, y: node.position.y },
      };
    },
    [editor, ui],
  );

  const onNodeDragStop = useCallback(() => {
    drag.current?.drag.end();
    drag.current = null;
  }, []);

  const connectSteps = useCallback(
    (from: string, to: string) => {
      if (from === to) return;
      const id = freshId(editor.state.doc, 'flow');
      const r = editor.execute({ id: 'flow.connect', params: { id, from, to } }, 'flow.connect');
      if (r.ok) editor.select({ steps: [], flows: [id] });
    },
    [editor],
  );
  // Connecting is forgiving: a drop anywhere on a step's body connects to it, and the step under
  // the pointer wins over a handle of another step React Flow snapped to within its radius. The
  // canvas outlines the step a drop would land on.
  const connecting = useRef<Element | null>(null);
  const onConnectStart = useCallback((e: MouseEvent | TouchEvent) => {
    connecting.current = (e.target as Element | null)?.closest('.fs-canvas') ?? null;
    connecting.current?.classList.add('fs-connecting');
  }, []);
  const onConnectEnd = useCallback(
    (e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      connecting.current?.classList.remove('fs-connecting');
      connecting.current = null;
      const from = state.fromNode?.id;
      if (!from) return;
      const p = eventPoint(e);
      const snapped = state.isValid ? (state.toNode?.id ?? null) : null;
      const to = dropTarget(from, p && stepIdAt(p), snapped);
      if (to) connectSteps(from, to);
    },
    [connectSteps],
  );

  const onDrop = useCallback(
    (e: React.DragEvent) => {
      const type = e.dataTransfer.getData(PALETTE_MIME) as StepType;
      if (!type) return;
      e.preventDefault();
      const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const { call, id } = newStepCall(editor.state.doc, type, at, t(`type.${type}`));
      if (editor.execute(call, 'step.add').ok) editor.select({ steps: [id], flows: [] });
    },
    [editor, rf, t],
  );

  // Double-click: edit the step's name, or the flow's label, in place on the canvas.
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: Node) => {
      if (node.type !== 'step') return;
      editor.select({ steps: [node.id], flows: [] });
      startLabelEdit(node.id);
    },
    [editor],
  );
  const onEdgeDoubleClick = useCallback(
    (e: React.MouseEvent, edge: Edge) => {
      editor.select({ steps: [], flows: [edge.id] });
      startFlowLabelEdit(edge.id, rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [editor, rf],
  );

  const onMoveEnd = useCallback((_: unknown, v: Viewport) => editor.setViewport(v), [editor]);

  useCanvasViewport(docKey, presenting);

  return (
    <div
      className="fs-canvas"
      style={
        {
          '--fs-lane-header-left':
            orientation === 'horizontal' && laneNodes.length
              ? `${laneHeaderSize(orientation, presenting)}px`
              : '0px',
          '--fs-lane-header-top':
            orientation === 'vertical' && laneNodes.length
              ? `${laneHeaderSize(orientation, presenting)}px`
              : '0px',
        } as React.CSSProperties
      }
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(PALETTE_MIME)) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDrop={onDrop}
    >
      <FlowMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onConnectStart={onConnectStart}
        connectionLineComponent={ConnectionPreview}
        onConnectEnd={onConnectEnd}
        onNodeDoubleClick={onNodeDoubleClick}
        onEdgeDoubleClick={onEdgeDoubleClick}
        onMoveEnd={onMoveEnd}
        isValidConnection={(c) => c.source !== c.target}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionOnDrag
        panOnDrag={[1, 2]}
        panOnScroll
        zoomOnDoubleClick={false}
        panActivationKeyCode="Space"
        onlyRenderVisibleElements
        elevateNodesOnSelect={false}
        minZoom={0.1}
        maxZoom={2.5}
        defaultViewport={editor.state.viewport}
        ariaLabelConfig={{
          'node.a11yDescription.default': t('canvas.a11yNodes'),
          'node.a11yDescription.keyboardDisabled': t('canvas.a11yNodes'),
          'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
            t('canvas.moved', { direction, x: Math.round(x), y: Math.round(y) }),
          'edge.a11yDescription.default': t('canvas.a11yEdges'),
          'controls.ariaLabel': t('canvas.controls'),
          'controls.zoomIn.ariaLabel': t('action.zoomIn'),
          'controls.zoomOut.ariaLabel': t('action.zoomOut'),
          'controls.interactive.ariaLabel': t('canvas.controls'),
          'minimap.ariaLabel': t('canvas.minimap'),
          'handle.ariaLabel': t('canvas.handle'),
        }}
        proOptions={{ hideAttribution: false }}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />
        {minimap && (
          <MiniMap
            pannable
            zoomable
            ariaLabel={t('canvas.minimap')}
            nodeColor={minimapColour}
            nodeStrokeColor={minimapStroke}
          />
        )}
        {/* Fit is the app's (canvasFit: legible zoom, clear of the lane headers), not React Flow's. */}
        <Controls showInteractive={false} showFitView={false} aria-label={t('canvas.controls')}>
          <ControlButton
            className="react-flow__controls-fitview"
            onClick={() => ui.getState().canvas?.fitView()}
            title={t('action.fit')}
            aria-label={t('action.fit')}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path
                d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              />
            </svg>
          </ControlButton>
        </Controls>
        <LaneHeaders
          lanes={laneNodes}
          orientation={orientation}
          size={laneHeaderSize(orientation, presenting)}
        />
        {canvasLayers.map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </ReactFlow>
      <CanvasOverlay />
      {doc.steps.length === 0 && (
        <p className="fs-empty-hint" role="note">
          {t('canvas.emptyHint')}
        </p>
      )}
    </div>
  );
}
