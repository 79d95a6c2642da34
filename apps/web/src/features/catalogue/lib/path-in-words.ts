/** Words for the document's fields, for naming a problem's place: "Unit 3 (QC28074-3), credits". */
const FIELD_WORDS: Record<string, string> = {
  formatVersion: 'format version',
  awardingBody: 'awarding body',
  code: 'code',
  title: 'title',
  level: 'level',
  totalCredits: 'total credits',
  tqt: 'TQT',
  glh: 'GLH',
  minimumAge: 'minimum age',
  entryRequirements: 'entry requirements',
  targetHours: 'target hours',
  supervised: 'supervised hours',
  work: 'work hours',
  pathways: 'pathways',
  units: 'units',
  rules: 'rules of combination',
  source: 'source',
  reference: 'reference',
  credits: 'credits',
  outcomes: 'learning outcomes',
  criteria: 'assessment criteria',
  number: 'number',
  requiredMethods: 'required methods',
  minimumCredits: 'minimum credits',
  maximumCredits: 'maximum credits',
  minimumUnits: 'minimum units',
  maximumUnits: 'maximum units',
  groups: 'unit groups',
  requiredUnits: 'required units',
  minimumCreditsAtLevel: 'minimum credits at a level',
  barredCombinations: 'barred combinations',
  key: 'key',
  kind: 'kind',
  pathway: 'pathway',
  description: 'description',
  advisory: 'advisory',
  options: 'options',
  accepted: 'accepted evidence',
  minimumYears: 'minimum years',
  subjects: 'subjects',
  minimumLevel: 'minimum level',
  reason: 'reason',
};

export function fieldWords(key: string): string {
  return FIELD_WORDS[key] ?? key;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** How an item of a list is named, from the list's key, e.g. "unit 2 (QC28074-2)". */
export function itemWords(listKey: string, item: unknown, index: number): string {
  const fields = record(item);
  const position = index + 1;
  switch (listKey) {
    case 'units': {
      const reference = text(fields?.['reference']);
      return reference ? `unit ${position} (${reference})` : `unit ${position}`;
    }
    case 'outcomes':
      return `learning outcome ${text(fields?.['number']) ?? position}`;
    case 'criteria':
      return `assessment criterion ${text(fields?.['number']) ?? position}`;
    case 'groups':
      return `unit group ${position}${text(fields?.['title']) ? ` (${String(fields?.['title'])})` : ''}`;
    case 'pathways':
      return `pathway ${position}`;
    case 'entryRequirements':
      return `entry requirement ${position}`;
    default:
      return `${fieldWords(listKey)}, item ${position}`;
  }
}

/** A dotted path in words, walking the document for the names of units and outcomes. */
export function pathInWords(path: string, document: unknown): string {
  const segments = path.split('.').filter((segment) => segment !== '');
  if (segments.length === 0) return 'The document';
  const words: string[] = [];
  let node: unknown = document;
  let listKey = '';
  for (const segment of segments) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      const item: unknown = node[index];
      // "units, unit 3 (…)": the list's own name adds nothing once the item is named.
      if (words.length > 0 && words[words.length - 1] === fieldWords(listKey)) words.pop();
      words.push(itemWords(listKey, item, index));
      node = item;
    } else {
      words.push(fieldWords(segment));
      listKey = segment;
      node = record(node)?.[segment];
    }
  }
  const joined = words.join(', ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
