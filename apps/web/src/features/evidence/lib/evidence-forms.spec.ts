import { declarationProblems, methodCodeProblems } from './evidence-forms';

describe('methodCodeProblems', () => {
  it.each([
    ['WT', false],
    [' Q&A ', false],
    ['A/B+C-1', false],
    ['', true],
    ['TOO-LONG-1', true],
    ['W T', true],
  ])('judges the code %j (refused: %s)', (code, refused) => {
    expect(methodCodeProblems({ codes: { observation: code } })).toEqual(
      refused ? { 'codes.observation': 'Use 1 to 8 letters, digits or the signs & / + -.' } : {},
    );
  });
});

describe('declarationProblems', () => {
  it('asks for the box to be ticked', () => {
    expect(declarationProblems({ agreed: false })).toEqual({
      agreed: 'Tick the box to confirm the declaration.',
    });
    expect(declarationProblems({ agreed: true })).toEqual({});
  });
});
