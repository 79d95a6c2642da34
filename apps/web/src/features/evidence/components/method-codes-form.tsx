import type { AssessmentMethod } from '@signoff/contracts';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { StatusMessage } from '../../../components/status-message';
import { TextField } from '../../../components/text-field';
import { describeError, fieldErrorsOf } from '../../../lib/error-messages';
import type { CentreMethodCode } from '../api/get-method-codes';
import { useReplaceMethodCodes } from '../api/replace-method-codes';

const CODE = /^[A-Za-z0-9&/+-]{1,8}$/;

export interface MethodCodesFormProps {
  centreId: string;
  centreName: string;
  codes: readonly CentreMethodCode[];
}

/** The short codes a centre's portfolios show for each assessment method. */
export function MethodCodesForm({ centreId, centreName, codes }: MethodCodesFormProps) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(codes.map((entry) => [entry.method, entry.code])),
  );
  const [checks, setChecks] = useState<Record<string, string>>({});
  const replace = useReplaceMethodCodes(centreId);

  // The API names a code by its place in the list sent: `codes.3.code`.
  const serverErrors = fieldErrorsOf(
    replace.error,
    { 'codes.*.code': 'The code' },
    { fullPaths: true },
  );
  function errorOf(method: AssessmentMethod, index: number): string | undefined {
    return checks[method] ?? serverErrors[`codes.${index}.code`] ?? serverErrors[`codes.${index}`];
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (replace.isPending) return;
    const found: Record<string, string> = {};
    for (const entry of codes) {
      const value = (values[entry.method] ?? '').trim();
      if (!CODE.test(value))
        found[entry.method] = 'Use 1 to 8 letters, digits or the signs & / + -.';
    }
    setChecks(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`method-code-${first}`)?.focus();
      return;
    }
    replace.mutate({
      codes: codes.map((entry) => ({
        method: entry.method,
        code: (values[entry.method] ?? '').trim(),
      })),
    });
  }

  const alert =
    Object.keys(checks).length > 0
      ? 'Some codes need correcting. Check the fields marked below.'
      : replace.error
        ? describeError(replace.error)
        : null;

  return (
    <Form
      className="form"
      onSubmit={submit}
      validationBehavior="aria"
      aria-label={`Assessment method codes at ${centreName}`}
    >
      <FormAlert message={alert} />
      <StatusMessage>{replace.isSuccess ? 'The codes are saved.' : null}</StatusMessage>
      <table
        className="table method-codes-table"
        role="table"
        aria-label={`Codes at ${centreName}`}
      >
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Method
            </th>
            <th role="columnheader" scope="col">
              Default code
            </th>
            <th role="columnheader" scope="col">
              Code at your centre
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {codes.map((entry, index) => {
            const error = errorOf(entry.method, index);
            return (
              <tr role="row" key={entry.method}>
                <th role="rowheader" scope="row">
                  {entry.title}
                </th>
                <td role="cell" data-label="Default code">
                  <span className="method-code">{entry.defaultCode}</span>
                </td>
                <td role="cell" data-label="Code at your centre">
                  <TextField
                    id={`method-code-${entry.method}`}
                    label={`Code for ${entry.title}`}
                    className="method-codes-table__field"
                    value={values[entry.method] ?? ''}
                    maxLength={8}
                    onChange={(value) => {
                      setValues((previous) => ({ ...previous, [entry.method]: value }));
                      setChecks(({ [entry.method]: _cleared, ...rest }) => rest);
                      replace.reset();
                    }}
                    isInvalid={Boolean(error)}
                    errorMessage={error}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="button-row">
        <Button type="submit" isPending={replace.isPending}>
          {replace.isPending ? 'Saving…' : 'Save codes'}
        </Button>
        <Button
          variant="secondary"
          onPress={() => {
            setValues(Object.fromEntries(codes.map((entry) => [entry.method, entry.defaultCode])));
            setChecks({});
            replace.reset();
          }}
        >
          Use the default codes
        </Button>
      </div>
    </Form>
  );
}
