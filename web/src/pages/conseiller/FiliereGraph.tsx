// The graph of one filière: its members, who collaborated with whom and the spaces they work
// from, drawn with sigma (WebGL) after a deterministic ForceAtlas2 layout. Hovering a node
// highlights its neighbours, clicking a member opens their profile. The same facts are always
// in a list for screen readers, shown to everyone when WebGL is unavailable.
// Lazy-loaded: sigma and graphology stay out of the dashboard's first bundle.
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { useEffect, useMemo, useRef } from 'react';
import Sigma from 'sigma';
import { useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { type LabelCandidate, placeLabels } from './labelPlacement.js';

// A CommonJS module: its default import is the layout function itself in the bundle, while
// NodeNext typings see the module object.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

const FILIERE_GRAPH = `
  query FiliereGraph($filiere: String!) {
    filiereGraph(filiere: $filiere) {
      nodes { id kind name handle }
      edges { source target kind weight }
    }
  }
`;

interface GraphNode {
  id: string;
  kind: 'MEMBER' | 'SPACE';
  name: string;
  handle: string | null;
}
interface GraphEdge {
  source: string;
  target: string;
  kind: 'COLLABORATED_WITH' | 'WORKS_FROM';
  weight: number;
}
interface FiliereGraphData {
  filiereGraph: { nodes: GraphNode[]; edges: GraphEdge[] };
}

interface MemberRow {
  member: GraphNode;
  collaborators: string[];
  spaces: string[];
}

const MEMBER_COLOR = '#1f5fa8';
const SPACE_COLOR = '#b35c00';
const EDGE_COLOR = '#9aa5b1';
const FADED = '#e2e6ea';
const LABEL_COLOR = '#1b1f24';
const LABEL_HALO = 'rgba(255, 255, 255, 0.9)';
const LAYOUT_ITERATIONS = 150;

let webglChecked: boolean | undefined;

/** Whether WebGL works here, checked once; the test context is released at once. */
function webglAvailable(): boolean {
  if (webglChecked !== undefined) return webglChecked;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    webglChecked = gl !== null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    webglChecked = false;
  }
  return webglChecked;
}

const LABEL_FONT = '13px system-ui, sans-serif';
const LABEL_HEIGHT = 16;
const LABEL_GAP = 4;

/**
 * Draws the labels sigma would draw, minus any that would overlap one already drawn (labelPlacement):
 * spaces first, then members by number of links. The kept boxes are written on the container
 * (data-labels) so that tests can check them.
 */
function drawLabels(renderer: Sigma, graph: UndirectedGraph, container: HTMLElement): void {
  const canvas = renderer.getCanvases().labels;
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return;
  const { width, height } = renderer.getDimensions();
  context.font = LABEL_FONT;
  const candidates: LabelCandidate[] = [];
  const texts = new Map<string, string>();
  graph.forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden || !data.label) return;
    const at = renderer.framedGraphToViewport(data);
    const size = renderer.scaleSize(data.size);
    texts.set(node, data.label);
    candidates.push({
      id: node,
      x: at.x + size + LABEL_GAP,
      y: at.y,
      width: context.measureText(data.label).width,
      height: LABEL_HEIGHT,
      priority: (graph.getNodeAttribute(node, 'handle') === null ? 1_000 : 0) + graph.degree(node),
    });
  });
  const placed = placeLabels(candidates, { width, height });
  context.fillStyle = LABEL_COLOR;
  context.strokeStyle = LABEL_HALO;
  context.lineWidth = 3;
  context.lineJoin = 'round';
  context.textBaseline = 'middle';
  for (const box of placed) {
    const [text, x, y] = [texts.get(box.id)!, box.left + 2, (box.top + box.bottom) / 2];
    // A light halo keeps the label readable over edges and nodes.
    context.strokeText(text, x, y);
    context.fillText(text, x, y);
  }
  container.dataset.labels = JSON.stringify(placed);
}

/** Nodes on a circle in their given order, then ForceAtlas2 for a fixed number of steps: same data, same picture. */
function laidOut(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    graph.addNode(node.id, {
      x: Math.cos(angle) * 100,
      y: Math.sin(angle) * 100,
      size: node.kind === 'MEMBER' ? 6 : 9,
      color: node.kind === 'MEMBER' ? MEMBER_COLOR : SPACE_COLOR,
      label: node.name,
      handle: node.handle,
    });
  });
  for (const edge of edges) {
    if (graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, {
      size: edge.kind === 'COLLABORATED_WITH' ? Math.min(4, 1 + edge.weight / 2) : 1,
      color: EDGE_COLOR,
      weight: edge.weight,
    });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: LAYOUT_ITERATIONS,
      settings: forceAtlas2.inferSettings(graph),
    });
  }
  return graph;
}

function memberRows(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): MemberRow[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const names = (ids: string[]) =>
    ids.map((id) => byId.get(id)?.name ?? id).sort((a, b) => a.localeCompare(b));
  return nodes
    .filter((n) => n.kind === 'MEMBER')
    .map((member) => {
      const collaborators: string[] = [];
      const spaces: string[] = [];
      for (const e of edges) {
        if (e.kind === 'COLLABORATED_WITH' && (e.source === member.id || e.target === member.id))
          collaborators.push(e.source === member.id ? e.target : e.source);
        else if (e.kind === 'WORKS_FROM' && e.source === member.id) spaces.push(e.target);
      }
      return { member, collaborators: names(collaborators), spaces: names(spaces) };
    });
}

function GraphCanvas({ graph, label }: { graph: UndirectedGraph; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [, navigate] = useLocation();
  useEffect(() => {
    if (!container.current) return;
    let hovered: string | null = null;
    const element = container.current;
    const renderer = new Sigma(graph, element, {
      renderEdgeLabels: false,
      // Labels are drawn after each frame by drawLabels, which never lets two overlap.
      renderLabels: false,
      nodeReducer: (node, data) => {
        if (hovered === null || node === hovered || graph.areNeighbors(node, hovered)) {
          return node === hovered ? { ...data, highlighted: true } : data;
        }
        return { ...data, color: FADED, label: '' };
      },
      edgeReducer: (edge, data) =>
        hovered === null || graph.hasExtremity(edge, hovered) ? data : { ...data, hidden: true },
    });
    renderer.on('afterRender', () => drawLabels(renderer, graph, element));
    drawLabels(renderer, graph, element);
    renderer.on('enterNode', ({ node }) => {
      hovered = node;
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('leaveNode', () => {
      hovered = null;
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('clickNode', ({ node }) => {
      const handle: unknown = graph.getNodeAttribute(node, 'handle');
      if (typeof handle === 'string') navigate(`/members/${encodeURIComponent(handle)}`);
    });
    // kill() loses the WebGL contexts: closing the graph gives them back to the browser.
    return () => renderer.kill();
  }, [graph, navigate]);
  return (
    <div ref={container} className="filiere-graph" role="img" aria-label={label} style={{ height: 420 }} />
  );
}

export default function FiliereGraph({ slug, label }: { slug: string; label: string }) {
  const { t } = useI18n();
  const [result] = useQuery<FiliereGraphData>({
    query: FILIERE_GRAPH,
    variables: { filiere: slug },
    requestPolicy: 'cache-and-network',
  });
  const webgl = useMemo(webglAvailable, []);
  const data = result.data?.filiereGraph;
  const graph = useMemo(() => (data && webgl ? laidOut(data.nodes, data.edges) : null), [data, webgl]);
  const rows = useMemo(() => (data ? memberRows(data.nodes, data.edges) : []), [data]);
  if (result.error) return <ErrorNotice error={result.error} />;
  if (!data) return <Loading />;
  const headingId = `graph-${slug}`;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('conseiller.graph', { name: label })}</h4>
      {rows.length === 0 && <Empty>{t('conseiller.graphEmpty')}</Empty>}
      {rows.length > 0 && graph && (
        <GraphCanvas graph={graph} label={t('conseiller.graphCanvas', { name: label })} />
      )}
      {rows.length > 0 && !webgl && <p>{t('conseiller.graphNoWebgl')}</p>}
      {rows.length > 0 && (
        <table className={webgl ? 'visually-hidden' : 'table'} data-testid="filiere-graph-members">
          <caption>{t('conseiller.graphList', { name: label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conseiller.graphMember')}</th>
              <th scope="col">{t('conseiller.graphCollaborators')}</th>
              <th scope="col">{t('conseiller.graphSpaces')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.member.id}>
                <th scope="row">
                  {row.member.handle ? (
                    <Link href={`/members/${encodeURIComponent(row.member.handle)}`}>{row.member.name}</Link>
                  ) : (
                    row.member.name
                  )}
                </th>
                <td>{row.collaborators.join(', ')}</td>
                <td>{row.spaces.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
