/** The JSON a catalogue import sends, read from a file or pasted. */
export type ParsedDocument =
  { document: unknown; problem: null } | { document: null; problem: string };

/** The document in `content`, or why it is not JSON in words naming where it came from. */
export function parseImportDocument(content: string, from: string): ParsedDocument {
  try {
    return { document: JSON.parse(content) as unknown, problem: null };
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    const subject = from.charAt(0).toUpperCase() + from.slice(1);
    return {
      document: null,
      problem: `${subject} is not JSON${detail}. Check it is the catalogue file, or correct it below.`,
    };
  }
}

export interface PastedDocumentAnswers {
  document: string;
}

export function pastedDocumentProblems({
  document,
}: PastedDocumentAnswers): Record<string, string> {
  if (document.trim() === '')
    return { document: 'Paste the JSON of a qualification, or choose a file above.' };
  const { problem } = parseImportDocument(document, 'the pasted JSON');
  return problem ? { document: problem } : {};
}
