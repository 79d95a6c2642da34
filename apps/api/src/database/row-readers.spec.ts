import { ENROLMENT_STATUSES } from '@signoff/contracts';
import {
  bool,
  float,
  int,
  jsonTimestamp,
  nullableInt,
  nullableJsonTimestamp,
  nullableText,
  nullableTimestamp,
  objectList,
  oneOf,
  RowShapeError,
  storedJson,
  text,
  textList,
  timestamp,
} from './row-readers';

describe('row readers', () => {
  const at = new Date('2026-11-29T10:00:00Z');
  const row = {
    name: 'Jordan Ellis',
    uln: null,
    tries: 3,
    years: 2.5,
    disabled: false,
    createdAt: at,
    endedAt: null,
    status: 'active',
    units: ['QC28074-1', 'QC28074-2'],
    roles: [{ centreId: 'c1', role: 'admin' }],
    document: { units: [] },
  };

  it('reads each column as the type its reader names', () => {
    expect({
      name: text(row, 'name'),
      uln: nullableText(row, 'uln'),
      tries: int(row, 'tries'),
      none: nullableInt(row, 'uln'),
      years: float(row, 'years'),
      disabled: bool(row, 'disabled'),
      createdAt: timestamp(row, 'createdAt'),
      endedAt: nullableTimestamp(row, 'endedAt'),
      status: oneOf(row, 'status', ENROLMENT_STATUSES),
      units: textList(row, 'units'),
      roles: objectList(row, 'roles', (role) => ({
        centreId: text(role, 'centreId'),
        role: text(role, 'role'),
      })),
      document: storedJson<{ units: unknown[] }>(row, 'document'),
    }).toEqual({
      name: 'Jordan Ellis',
      uln: null,
      tries: 3,
      none: null,
      years: 2.5,
      disabled: false,
      createdAt: at,
      endedAt: null,
      status: 'active',
      units: ['QC28074-1', 'QC28074-2'],
      roles: [{ centreId: 'c1', role: 'admin' }],
      document: { units: [] },
    });
  });

  it.each([
    [() => text(row, 'tries'), 'Column "tries" should hold text but holds a number'],
    [() => text(row, 'uln'), 'Column "uln" should hold text but holds null'],
    [
      () => nullableText(row, 'tries'),
      'Column "tries" should hold text or null but holds a number',
    ],
    [() => int(row, 'years'), 'Column "years" should hold an integer but holds a number'],
    // A count(*) without ::int arrives from the driver as a string.
    [
      () => int({ total: '12' }, 'total'),
      'Column "total" should hold an integer but holds a string',
    ],
    [() => bool(row, 'name'), 'Column "name" should hold a boolean but holds a string'],
    [() => timestamp(row, 'name'), 'Column "name" should hold a timestamp but holds a string'],
    [
      () => oneOf(row, 'name', ENROLMENT_STATUSES),
      'Column "name" should hold one of active, break_in_learning, withdrawn, completed, certificated but holds a string',
    ],
    [() => textList(row, 'roles'), 'Column "roles" should hold a list of text but holds an array'],
    [
      () => objectList(row, 'units', (unit) => text(unit, 'code')),
      'Column "units[0]" should hold a JSON object but holds a string',
    ],
    [() => storedJson(row, 'name'), 'Column "name" should hold a JSON document but holds a string'],
    [
      () => text(row, 'displayName'),
      'Column "displayName" should hold text but holds nothing (no such column)',
    ],
  ])('refuses a column that holds something else, naming the column (%#)', (readIt, message) => {
    expect(readIt).toThrow(RowShapeError);
    expect(readIt).toThrow(message);
  });

  it.each([
    ['2026-11-29T22:10:00.123456+00:00', '2026-11-29T22:10:00.123Z'],
    ['2026-11-29T22:10:00+00:00', '2026-11-29T22:10:00.000Z'],
    ['2026-11-29T23:10:00.5+01:00', '2026-11-29T22:10:00.500Z'],
    ['2026-11-29T16:40:00.1234-05:30', '2026-11-29T22:10:00.123Z'],
  ])('reads %s from JSON as the API answers every timestamp: %s', (stored, answered) => {
    expect(jsonTimestamp({ at: stored }, 'at')).toBe(answered);
    expect(nullableJsonTimestamp({ at: stored }, 'at')).toBe(answered);
    expect(nullableJsonTimestamp({ at: null }, 'at')).toBeNull();
  });

  it.each(['2026-11-29', 'yesterday', '2026-13-45T25:00:00+00:00'])(
    'refuses JSON text that is no timestamp: %s',
    (stored) => {
      expect(() => jsonTimestamp({ at: stored }, 'at')).toThrow(
        'Column "at" should hold a timestamp as JSON text but holds a string',
      );
    },
  );

  it('never puts the value it refused into the message', () => {
    expect(() => int(row, 'name')).toThrow(/^((?!Jordan).)*$/);
  });
});
