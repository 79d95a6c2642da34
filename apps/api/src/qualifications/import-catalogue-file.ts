import { readFile } from 'node:fs/promises';
import { DomainError } from '../errors/domain-error';
import type { QualificationsService } from './qualifications.service';

/** `npm run catalogue:import -- FILE [--publish]`: the same checks as the API, reported as lines. */
export async function importCatalogueFile(
  catalogue: QualificationsService,
  file: string,
  publish: boolean,
): Promise<string[]> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${file} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  try {
    const { qualificationId, version } = await catalogue.import(null, document);
    const lines = [
      `Imported ${version.document.title} as draft version ${version.number} (qualification ${qualificationId})`,
    ];
    lines.push(
      ...version.problems.map((problem) => `  warning: ${problem.path}: ${problem.message}`),
    );
    if (publish) {
      const published = await catalogue.publish(null, qualificationId);
      lines.push(`Published version ${published.number}`);
    }
    return lines;
  } catch (error) {
    if (error instanceof DomainError && error.errors) {
      throw new Error(
        [
          error.message,
          ...error.errors.map((problem) => `  ${problem.path}: ${problem.message}`),
        ].join('\n'),
        { cause: error },
      );
    }
    throw error;
  }
}
