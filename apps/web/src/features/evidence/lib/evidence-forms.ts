/** Problems found before sending, as sentences keyed by form field. */
export type FormProblems = Record<string, string>;

const METHOD_CODE = /^[A-Za-z0-9&/+-]{1,8}$/;

export interface MethodCodeAnswers {
  /** The code typed for each assessment method, by method. */
  codes: Record<string, string>;
}

export function methodCodeProblems({ codes }: MethodCodeAnswers): FormProblems {
  const found: FormProblems = {};
  for (const [method, code] of Object.entries(codes))
    if (!METHOD_CODE.test(code.trim()))
      found[`codes.${method}`] = 'Use 1 to 8 letters, digits or the signs & / + -.';
  return found;
}

export interface DeclarationAnswers {
  agreed: boolean;
}

export function declarationProblems({ agreed }: DeclarationAnswers): FormProblems {
  return agreed ? {} : { agreed: 'Tick the box to confirm the declaration.' };
}
