import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RAW_VALIDATOR_PHRASES } from '@signoff/contracts';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { fieldErrors, VALIDATOR_OPTIONS } from './validation';

/** Every request DTO of the API: each class with validation rules in a `*.dto.ts` file. */
function dtoClasses(): [string, ClassConstructor<object>][] {
  const root = join(__dirname, '..');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.dto.ts'),
  );
  return files.flatMap((file) =>
    Object.entries(require(join(root, file)) as Record<string, unknown>).filter(
      (entry): entry is [string, ClassConstructor<object>] =>
        typeof entry[1] === 'function' &&
        propertiesOf(entry[1] as ClassConstructor<object>).length > 0,
    ),
  );
}

function propertiesOf(dto: ClassConstructor<object>): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return [...new Set(metadata.map((meta) => meta.propertyName))];
}

/** Values no form would send, each given to every field at once. */
const WRONG_VALUES: unknown[] = [
  12345,
  -5,
  1.5,
  100001,
  '',
  'x'.repeat(3000),
  'not a value of any kind',
  true,
  [],
  [12345],
  ['x'.repeat(3000)],
  Array.from({ length: 600 }, () => 'x'),
  [{}],
  {},
  null,
];

async function messagesFor(dto: ClassConstructor<object>, body: unknown): Promise<string[]> {
  const errors = await validate(plainToInstance(dto, body), VALIDATOR_OPTIONS);
  return fieldErrors(errors).map((error) => `${error.path}: ${error.message}`);
}

describe('validation messages', () => {
  const dtos = dtoClasses();

  it('finds the DTOs', () => {
    expect(dtos.map(([name]) => name)).toEqual(
      expect.arrayContaining(['CreateUserDto', 'EvidenceContentDto', 'CreateLearnerDto']),
    );
  });

  it.each(dtos)(
    '%s answers every wrong value in words, not in raw validator text',
    async (_, dto) => {
      const bodies = [
        {},
        { unexpectedField: 'x' },
        ...WRONG_VALUES.map((value) =>
          Object.fromEntries(propertiesOf(dto).map((property) => [property, value])),
        ),
      ];
      const messages = (await Promise.all(bodies.map((body) => messagesFor(dto, body)))).flat();
      expect(messages.length).toBeGreaterThan(0);
      const raw = messages.filter((message) =>
        RAW_VALIDATOR_PHRASES.some((phrase) => phrase.test(message)),
      );
      expect(raw).toEqual([]);
    },
  );
});
