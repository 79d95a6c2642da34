import { evidenceVersionStatusMoves } from '@signoff/domain';
import { EVIDENCE_VERSION_STATUS_MOVES } from '@signoff/migrations';

describe("the database trigger's evidence status moves", () => {
  it('are exactly the moves of the transition table that change a version in place', () => {
    const sorted = (pairs: readonly (readonly string[])[]) =>
      pairs.map((pair) => pair.join(' → ')).sort();
    expect(sorted(EVIDENCE_VERSION_STATUS_MOVES)).toEqual(sorted(evidenceVersionStatusMoves()));
  });
});
