import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphEdge, GraphNode } from './api';
import { entityKinds, entityLook, relationshipLabel, type Lang } from './kinds';

cytoscape.use(fcose);

/** Above this many nodes the view trades detail for speed (plain edges, labels only when zoomed in, textures while panning). */
const largeGraph = 150;

function nodeLabel(node: GraphNode, lang: Lang): string {
  return lang === 'zh' ? node.label : node.labelEn || node.label;
}

export function nodeElement(node: GraphNode, lang: Lang): ElementDefinition {
  return { group: 'nodes', data: { id: node.id, kind: node.kind, label: node.label, labelEn: node.labelEn, display: nodeLabel(node, lang) } };
}

export function edgeElement(edge: GraphEdge, lang: Lang): ElementDefinition {
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind, basis: edge.basis, display: relationshipLabel[edge.kind][lang] },
    classes: edge.basis === 'INFERRED' ? 'inferred' : '',
  };
}

function style(): StylesheetJson {
  const kindStyles = entityKinds.map(kind => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': entityLook[kind].color, shape: entityLook[kind].shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        width: 26,
        height: 26,
        'font-size': 11,
        'font-family': 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...kindStyles,
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(display)',
        'font-size': 9,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'node.focus', style: { width: 42, height: 42, 'border-width': 4, 'border-color': '#102a43', 'font-size': 13, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f0b429', 'overlay-opacity': 0 } },
    { selector: 'node.supporter', style: { 'border-width': 3, 'border-color': '#e0701b' } },
    { selector: 'edge.path', style: { width: 3.5, 'line-color': '#e0701b', 'target-arrow-color': '#e0701b', color: '#8a3d06', 'z-index': 5 } },
    { selector: '.dim', style: { opacity: 0.18 } },
    { selector: 'node.active-path', style: { 'border-width': 5, 'border-color': '#c8324a', opacity: 1 } },
    { selector: 'edge.active-path', style: { width: 5, 'line-color': '#c8324a', 'target-arrow-color': '#c8324a', opacity: 1, 'z-index': 9 } },
    { selector: '.hidden-kind', style: { display: 'none' } },
    // Big neighborhoods: straight edges without labels (relationship kinds show on the selected node's edges).
    { selector: 'edge.bulk', style: { 'curve-style': 'straight', label: '', width: 1 } },
    { selector: 'node.bulk', style: { 'min-zoomed-font-size': 16, 'text-background-opacity': 0 } },
    { selector: 'node.bulk.focus', style: { 'min-zoomed-font-size': 0 } },
    { selector: 'node:selected', style: { 'min-zoomed-font-size': 0 } },
  ];
}

export function createGraph(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: style(),
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
}

/** Faster rendering for big neighborhoods: plain edges, fewer labels, textures while panning, no edges while zooming. */
export function tuneForSize(cy: Core): void {
  const large = cy.nodes().length > largeGraph;
  cy.batch(() => {
    if (large) cy.elements().addClass('bulk');
    else cy.elements().removeClass('bulk');
  });
  const renderer = (cy as unknown as { renderer(): { textureOnViewport?: boolean; hideEdgesOnViewport?: boolean } }).renderer();
  renderer.textureOnViewport = large;
  renderer.hideEdgesOnViewport = large;
}

export function neighborhoodLayout(cy: Core, incremental: boolean): LayoutOptions {
  const n = cy.nodes(':visible').length;
  return {
    name: 'fcose',
    quality: 'default',
    randomize: !incremental,
    animate: !incremental || n > largeGraph ? false : true,
    animationDuration: 400,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: n <= largeGraph,
    nodeRepulsion: () => (n > largeGraph ? 6500 : 9000),
    idealEdgeLength: () => (n > largeGraph ? 45 : 110),
    uniformNodeDimensions: n > largeGraph,
    edgeElasticity: () => 0.45,
    numIter: n > largeGraph ? 800 : 2500,
    sampleSize: n > largeGraph ? 15 : 25,
    tile: true,
  } as LayoutOptions;
}

export function relabel(cy: Core, lang: Lang): void {
  cy.batch(() => {
    cy.nodes().forEach(n => {
      n.data('display', lang === 'zh' ? n.data('label') : n.data('labelEn') || n.data('label'));
    });
    cy.edges().forEach(e => {
      e.data('display', relationshipLabel[e.data('kind') as keyof typeof relationshipLabel][lang]);
    });
  });
}
