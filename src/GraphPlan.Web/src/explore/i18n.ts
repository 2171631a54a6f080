import type { Lang } from './kinds';

const strings = {
  searchPlaceholder: { zh: '搜索实体（中文或英文）…', en: 'Search an entity (Chinese or English)…' },
  view: { zh: '视图', en: 'View' },
  neighbors: { zh: '邻域', en: 'Neighbors' },
  supporters: { zh: '支撑路径', en: 'Supporters' },
  depth: { zh: '深度', en: 'Depth' },
  relationships: { zh: '关系类型', en: 'Relationships' },
  entityKinds: { zh: '实体类型（图例）', en: 'Entity kinds (legend)' },
  edges: { zh: '边', en: 'Edges' },
  stated: { zh: '原文明确', en: 'stated' },
  inferred: { zh: '推断', en: 'inferred' },
  path: { zh: '支撑路径', en: 'supporter path' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  fit: { zh: '适应窗口', en: 'Fit' },
  expand: { zh: '展开邻居', en: 'Expand neighbors' },
  showSupporters: { zh: '查看支撑路径', en: 'Show supporters' },
  focus: { zh: '以此为中心', en: 'Center on this' },
  attributes: { zh: '属性', en: 'Attributes' },
  aliases: { zh: '别名', en: 'Also called' },
  values: { zh: '数值', en: 'Values' },
  provenance: { zh: '原文出处', en: 'In the plan' },
  supportersList: { zh: '支撑者', en: 'Supporters' },
  relationship: { zh: '关系', en: 'Relationship' },
  emptyTitle: { zh: '嘉兴港区“十四五”规划图谱', en: 'The Jiaxing Port Area plan, as a graph' },
  emptyHelp: {
    zh: '在上方搜索一个实体，例如“液氢”或“氢能”，或打开示例：',
    en: 'Search an entity above, e.g. “液氢” or “hydrogen”, or open an example:',
  },
  loading: { zh: '加载中…', en: 'Loading…' },
  noResults: { zh: '没有匹配的实体', en: 'No matching entity' },
  truncated: { zh: '结果已截断：只显示前 {n} 个节点', en: 'Cut short: only the first {n} nodes are shown' },
  nodesEdges: { zh: '{n} 个节点，{e} 条边', en: '{n} nodes, {e} edges' },
  notTarget: { zh: '支撑路径只适用于目标和具体目标', en: 'Supporters exist for goals and targets only' },
  clickHint: { zh: '点击节点查看详情，双击展开。', en: 'Click a node for details, double-click to expand it.' },
  home: { zh: '首页', en: 'Home' },
  depthHops: { zh: '跳', en: 'hops' },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof strings;

export function t(lang: Lang, key: StringKey, args: Record<string, string | number> = {}): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ''));
}
