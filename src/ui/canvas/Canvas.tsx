/**
 * The process map: React Flow showing the derived nodes (lanes, steps) and edges (flows). User
 * gestures become editor calls: drags go through `startStepDrag` (one undo step per drag, lane
 * roles on drop), connections through `flow.connect`, drops from the palette through `step.add`.
 * Selection and viewport go to the session. Nodes are memoised so big processes stay smooth.
 */
import { canvasLayers } from './layers';
import { openingViewport } from './openingViewport';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type Node,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import { freshId, type StepType } from '@flowsmith/model';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices, useUi, useWorkspace } from '../EditorContext';
import { laneOrientation, lanesOf } from '../../editor/lanes';
import { startStepDrag, type StepDrag } from '../../editor/dragSteps';
import { newStepCall } from '../../editor/newStep';
import type { Editor } from '../../editor/createEditor';
import { createEdgeDeriver, createNodeDeriver, type StepNodeData } from './deriveNodes';
import { deriveLanes } from './deriveLanes';
import { StepNode } from './StepNode';
import { LaneNodeComponent } from './LaneNode';
import { FlowEdgeView, FlowMarkers } from './FlowEdgeView';
import { PALETTE_MIME } from '../chrome/paletteMime';
import { CanvasOverlay } from './CanvasOverlay';
import { MINIMAP_AUTO_LIMIT } from '../uiStore';

const nodeTypes = { step: StepNode, lane: LaneNodeComponent };
const edgeTypes = { flow: FlowEdgeView };
const GRID = 20;

// Fitting is about the steps: lanes are stretched for drawing room and would shrink the view.
const stepRefs = (editor: Editor) => editor.state.doc.steps.map((s) => ({ id: s.id }));

/** The canvas view of the open document. */
export function Canvas() {
  const { editor, ui } = useServices();
  const { t, i18n } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const selection = useEditorState((s) => s.selection);
  const minimapSetting = useUi((s) => s.minimap);
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
  const stepNodes = useMemo(() => deriveNodes(doc, selection), [deriveNodes, doc, selection]);
  // While a drag runs, lanes stay as they were when it started (they follow on release): the
  // bands cost O(steps + flows) and a drag frame must not pay that on a big process.
  const laneSource = useEditorState((s) => s.gesture?.before ?? s.doc);
  const bands = useMemo(() => lanesOf(laneSource), [laneSource]);
  const laneNodes = useMemo(
    () => deriveLanes(bands, doc.roles, orientation),
    [bands, doc.roles, orientation],
  );
  const nodes = useMemo<Node[]>(() => [...laneNodes, ...stepNodes], [laneNodes, stepNodes]);
  const edges = useMemo(
    () => deriveEdges(doc, selection, stepsById),
    [deriveEdges, doc, selection, stepsById],
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
            const from = step?.position ?? { x: 0, y: 0 };
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

  const onConnect = useCallback(
    (c: Connection) => {
      if (!c.source || !c.target || c.source === c.target) return;
      const doc0 = editor.state.doc;
      const id = freshId(doc0, 'flow');
      const r = editor.execute(
        { id: 'flow.connect', params: { id, from: c.source, to: c.target } },
        'flow.connect',
      );
      if (r.ok) editor.select({ steps: [], flows: [id] });
    },
    [editor],
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

  // Double-click: straight to the step's name in the inspector.
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: Node) => {
      if (node.type !== 'step') return;
      editor.select({ steps: [node.id], flows: [] });
      ui.setState({ panel: 'inspector' });
      requestAnimationFrame(() => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="step-name"]');
        input?.focus();
        input?.select();
      });
    },
    [editor, ui],
  );

  const onMoveEnd = useCallback((_: unknown, v: Viewport) => editor.setViewport(v), [editor]);

  useEffect(() => {
    ui.setState({
      canvas: {
        fitView: () =>
          void rf.fitView({ padding: 0.12, duration: 200, maxZoom: 1.2, nodes: stepRefs(editor) }),
        zoomIn: () => void rf.zoomIn({ duration: 150 }),
        zoomOut: () => void rf.zoomOut({ duration: 150 }),
        focusStep: (id) => {
          const s = editor.state.doc.steps.find((x) => x.id === id);
          if (s?.position)
            void rf.setCenter(s.position.x, s.position.y, {
              zoom: Math.max(rf.getZoom(), 1),
              duration: 250,
            });
        },
        reveal: (id) => {
          const s = editor.state.doc.steps.find((x) => x.id === id);
          const el = document.querySelector('.react-flow');
          const r = el?.getBoundingClientRect();
          if (!s?.position || !r) return;
          const tl = rf.screenToFlowPosition({ x: r.left + 60, y: r.top + 60 });
          const br = rf.screenToFlowPosition({ x: r.right - 60, y: r.bottom - 60 });
          const { x, y } = s.position;
          if (x < tl.x || x > br.x || y < tl.y || y > br.y)
            void rf.setCenter(x, y, { zoom: rf.getZoom(), duration: 200 });
        },
        centre: () => {
          const el = document.querySelector('.react-flow');
          const r = el?.getBoundingClientRect();
          return r
            ? rf.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 })
            : { x: 0, y: 0 };
        },
        element: () => document.querySelector<HTMLElement>('.react-flow'),
      },
    });
    return () => ui.setState({ canvas: null });
  }, [ui, rf, editor]);

  // A newly opened document is shown whole when it is readable so (an empty one at 100 %);
  // a process too big for that opens at its start, at a readable zoom (see openingViewport).
  useEffect(() => {
    const id = requestAnimationFrame(async () => {
      if (!editor.state.doc.steps.length) return void rf.setViewport({ x: 40, y: 60, zoom: 1 });
      const nodes = stepRefs(editor);
      await rf.fitView({ padding: 0.12, maxZoom: 1.2, nodes });
      const pane = document.querySelector<HTMLElement>('.react-flow');
      if (!pane) return;
      const screen = { width: pane.clientWidth, height: pane.clientHeight };
      const bounds = rf.getNodesBounds(rf.getNodes()); // lanes too, with their headers
      const start = openingViewport(bounds, screen, rf.getViewport().zoom);
      if (start) void rf.setViewport(start);
    });
    return () => cancelAnimationFrame(id);
  }, [docKey, rf, editor]);

  return (
    <div
      className="fs-canvas"
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
        onConnect={onConnect}
        onNodeDoubleClick={onNodeDoubleClick}
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
          'controls.fitView.ariaLabel': t('action.fit'),
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
            nodeColor={(n) => (n.type === 'lane' ? 'transparent' : (n.data as StepNodeData).colour)}
            nodeStrokeColor={(n) => (n.type === 'lane' ? '#c9d0dc' : 'transparent')}
          />
        )}
        <Controls showInteractive={false} aria-label={t('canvas.controls')} />
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
