import { LEARNER_IMPORT_COLUMNS, type LearnerImportColumn } from '@signoff/contracts';
import { useEffect, useState } from 'react';

const COLUMNS = Object.keys(LEARNER_IMPORT_COLUMNS) as LearnerImportColumn[];

/** The header row a file must start with, in this order. */
export const TEMPLATE_CSV = `${COLUMNS.join(',')}\r\n`;

/** A link to download the header row as a file, made in the browser: nothing is fetched. */
export function TemplateDownloadLink() {
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => {
    const made = URL.createObjectURL(new Blob([TEMPLATE_CSV], { type: 'text/csv' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, []);

  if (!url) return null;
  return (
    <a href={url} download="signoff-learners-template.csv" className="button button--secondary">
      Download the template CSV
    </a>
  );
}

/** Every column the import reads, with what goes in it. */
export function ImportColumnsTable() {
  return (
    <table className="table table--columns" role="table" aria-label="Columns of the CSV file">
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">
            Column
          </th>
          <th role="columnheader" scope="col">
            What goes in it
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {COLUMNS.map((column) => (
          <tr role="row" key={column}>
            <th role="rowheader" scope="row">
              <code>{column}</code>
            </th>
            <td role="cell">{LEARNER_IMPORT_COLUMNS[column]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
