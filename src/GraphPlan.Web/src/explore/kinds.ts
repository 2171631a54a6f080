/** How each kind of entity and relationship looks and reads, in both languages. */
export const entityKinds = ['PLAN', 'CHAPTER', 'SECTION', 'GOAL', 'TARGET', 'INDICATOR', 'INDUSTRY', 'PROJECT', 'PLATFORM', 'ORGANIZATION', 'PLACE', 'MEASURE'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const relationshipKinds = ['SUPPORTS', 'MEASURED_BY', 'HAS_TARGET', 'BELONGS_TO_INDUSTRY', 'FOCUSES_ON', 'HOSTED_ON', 'PART_OF', 'LOCATED_IN', 'COOPERATES_WITH', 'DEPENDS_ON', 'MENTIONED_IN'] as const;
export type RelationshipKind = (typeof relationshipKinds)[number];

export type Lang = 'zh' | 'en';

/** Cytoscape node shapes; the legend draws the same outline as an SVG polygon. */
export type Shape = 'star' | 'round-rectangle' | 'rectangle' | 'octagon' | 'diamond' | 'hexagon' | 'pentagon' | 'ellipse' | 'barrel' | 'tag' | 'triangle' | 'rhomboid';

export interface KindLook { color: string; shape: Shape; zh: string; en: string }

// Colours chosen to stay apart for common colour-vision deficiencies; shape carries the kind too.
export const entityLook: Record<EntityKind, KindLook> = {
  PLAN: { color: '#5b3f8f', shape: 'star', zh: '规划', en: 'Plan' },
  CHAPTER: { color: '#7d8797', shape: 'round-rectangle', zh: '章', en: 'Chapter' },
  SECTION: { color: '#a9b1bd', shape: 'rectangle', zh: '节', en: 'Section' },
  GOAL: { color: '#c8324a', shape: 'octagon', zh: '目标', en: 'Goal' },
  TARGET: { color: '#e0701b', shape: 'diamond', zh: '具体目标', en: 'Target' },
  INDICATOR: { color: '#d9a21b', shape: 'hexagon', zh: '指标', en: 'Indicator' },
  INDUSTRY: { color: '#00798c', shape: 'pentagon', zh: '产业', en: 'Industry' },
  PROJECT: { color: '#2e9a4b', shape: 'ellipse', zh: '项目', en: 'Project' },
  PLATFORM: { color: '#2f64b0', shape: 'barrel', zh: '平台', en: 'Platform' },
  ORGANIZATION: { color: '#9b4f86', shape: 'tag', zh: '机构', en: 'Organization' },
  PLACE: { color: '#8a6a45', shape: 'triangle', zh: '地点', en: 'Place' },
  MEASURE: { color: '#5f8f70', shape: 'rhomboid', zh: '举措', en: 'Measure' },
};

export const relationshipLabel: Record<RelationshipKind, { zh: string; en: string }> = {
  SUPPORTS: { zh: '支撑', en: 'supports' },
  MEASURED_BY: { zh: '由…衡量', en: 'measured by' },
  HAS_TARGET: { zh: '设定目标', en: 'has target' },
  BELONGS_TO_INDUSTRY: { zh: '属于产业', en: 'belongs to industry' },
  FOCUSES_ON: { zh: '聚焦', en: 'focuses on' },
  HOSTED_ON: { zh: '落地于', en: 'hosted on' },
  PART_OF: { zh: '属于', en: 'part of' },
  LOCATED_IN: { zh: '位于', en: 'located in' },
  COOPERATES_WITH: { zh: '合作', en: 'cooperates with' },
  DEPENDS_ON: { zh: '依托', en: 'depends on' },
  MENTIONED_IN: { zh: '见于', en: 'mentioned in' },
};

/** SVG polygon points (in a 20×20 box) matching each cytoscape shape, for the legend. */
export const shapePoints: Record<Shape, string> = {
  star: '10,1 12.4,7.2 19,7.4 13.8,11.6 15.6,18.4 10,14.6 4.4,18.4 6.2,11.6 1,7.4 7.6,7.2',
  'round-rectangle': '3,3 17,3 18,4 18,16 17,17 3,17 2,16 2,4',
  rectangle: '2,3 18,3 18,17 2,17',
  octagon: '6.5,2 13.5,2 18,6.5 18,13.5 13.5,18 6.5,18 2,13.5 2,6.5',
  diamond: '10,1 19,10 10,19 1,10',
  hexagon: '5,2 15,2 19,10 15,18 5,18 1,10',
  pentagon: '10,1 19,8 15.5,18.5 4.5,18.5 1,8',
  ellipse: '10,1 14.5,2.2 17.8,5.5 19,10 17.8,14.5 14.5,17.8 10,19 5.5,17.8 2.2,14.5 1,10 2.2,5.5 5.5,2.2',
  barrel: '4,2 16,2 18.5,6 18.5,14 16,18 4,18 1.5,14 1.5,6',
  tag: '1,3 13,3 19,10 13,17 1,17',
  triangle: '10,1 19,18 1,18',
  rhomboid: '6,3 19,3 14,17 1,17',
};
