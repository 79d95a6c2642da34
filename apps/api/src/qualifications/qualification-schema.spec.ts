import { QUALIFICATION_SCHEMA, SEED_QUALIFICATIONS } from '@signoff/catalogue';
import { ENGLISH_TEST_IDS, ENGLISH_TESTS, RAW_VALIDATOR_PHRASES } from '@signoff/contracts';
import { schemaProblems } from './qualification-schema';

// Deliberately loose: these tests break the document in ways its type forbids.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const l6 = () => structuredClone(SEED_QUALIFICATIONS.qualCertL6) as unknown as Record<string, any>;

describe('schemaProblems', () => {
  it.each(Object.entries(SEED_QUALIFICATIONS))(
    'accepts the seed catalogue file %s',
    (_name, document) => {
      expect(schemaProblems(document)).toEqual([]);
    },
  );

  it('names a wrong type by its path', () => {
    const doc = l6();
    doc.units[2].credits = 'twenty';
    expect(schemaProblems(doc)).toEqual([
      { path: 'units.2.credits', message: 'must be a whole number or null' },
    ]);
  });

  it('names every problem at once: missing, unknown, out of range, unknown method, bad criterion number', () => {
    const doc = l6();
    delete doc.title;
    doc.colour = 'blue';
    doc.level = 9;
    doc.units[0].outcomes[0].requiredMethods = ['telepathy'];
    doc.units[1].outcomes[0].criteria = [{ number: 'one', title: 'x', requiredMethods: [] }];
    expect(schemaProblems(doc)).toEqual([
      { path: 'title', message: 'is required' },
      { path: 'colour', message: 'is not a field of this format' },
      { path: 'level', message: 'must be 8 or less' },
      {
        path: 'units.0.outcomes.0.requiredMethods.0',
        message: expect.stringMatching(/^must be one of direct_observation, /),
      },
      {
        path: 'units.1.outcomes.0.criteria.0.number',
        message: 'must be numbered like 1.2 or 1.2a',
      },
    ]);
  });

  it('names only the matching kind of entry requirement', () => {
    const doc = l6();
    doc.entryRequirements[2].accepted[0].overall = 'six';
    doc.entryRequirements.push({ kind: 'horoscope', description: 'x', advisory: true });
    expect(schemaProblems(doc)).toEqual([
      { path: 'entryRequirements.2.accepted.0.overall', message: 'must be a number' },
      { path: 'entryRequirements.3.kind', message: 'is not a known kind' },
    ]);
  });

  it('names the English tests of ENGLISH_TESTS, each threshold within its test’s range', () => {
    interface Shape {
      properties: Record<string, { const?: string; minimum?: number; maximum?: number }>;
    }
    const schema = QUALIFICATION_SCHEMA as unknown as {
      $defs: { entryRequirement: { oneOf: { properties: Record<string, unknown> }[] } };
    };
    const english = schema.$defs.entryRequirement.oneOf.find(
      (kind) => 'accepted' in kind.properties,
    )?.properties['accepted'] as { items: { oneOf: Shape[] } };
    const tests = english.items.oneOf.map(({ properties }) => {
      const { test, ...thresholds } = properties;
      const ranges = Object.values(thresholds).filter((field) => field.minimum !== undefined);
      return [
        test?.const,
        ranges.map(({ minimum, maximum }) => ({ min: minimum, max: maximum })),
      ] as const;
    });
    expect(tests).toEqual(
      ENGLISH_TEST_IDS.map((test) => {
        const range = ENGLISH_TESTS[test].range;
        // IELTS has two thresholds (overall and lowest band), each within the bands.
        const count = test === 'ielts_academic' ? 2 : range === null ? 0 : 1;
        return [test, Array.from({ length: count }, () => ({ min: range?.min, max: range?.max }))];
      }),
    );
  });

  it('refuses something that is not a document at all', () => {
    expect(schemaProblems([1, 2])).toEqual([{ path: '(document)', message: 'must be an object' }]);
    expect(schemaProblems(null)).toEqual([{ path: '(document)', message: 'must be an object' }]);
  });

  it('words every problem for a person, never in the validator’s own terms', () => {
    const doc = l6();
    doc.title = '';
    doc.code = '-x';
    doc.level = 0;
    doc.units[0].number = 'one';
    doc.units[1].outcomes[0].criteria = [
      { number: 'one', title: 'x'.repeat(400), requiredMethods: [] },
    ];
    doc.units.push(...Array.from({ length: 600 }, () => doc.units[0]));
    const messages = schemaProblems(doc).map((problem) => problem.message);
    expect(messages.length).toBeGreaterThan(4);
    expect(
      messages.filter((message) => RAW_VALIDATOR_PHRASES.some((raw) => raw.test(message))),
    ).toEqual([]);
  });
});
