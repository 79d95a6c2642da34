import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormTextField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import type { CentreMethodCode } from '../api/get-method-codes';
import { useReplaceMethodCodes } from '../api/replace-method-codes';
import { methodCodeProblems, type MethodCodeAnswers } from '../lib/evidence-forms';

export interface MethodCodesFormProps {
  centreId: string;
  centreName: string;
  codes: readonly CentreMethodCode[];
}

/** The short codes a centre's portfolios show for each assessment method. */
export function MethodCodesForm({ centreId, centreName, codes }: MethodCodesFormProps) {
  const form = useForm<MethodCodeAnswers>({
    defaultValues: {
      codes: Object.fromEntries(codes.map((entry) => [entry.method, entry.code])),
    },
    resolver: resolverFrom(methodCodeProblems),
  });
  const replace = useReplaceMethodCodes(centreId);
  // The API names a code by its place in the list sent: `codes.3.code`.
  const wording = useMemo(
    () => ({
      subjects: { 'codes.*.code': 'The code' },
      fullPaths: true,
      fieldNames: Object.fromEntries(
        codes.flatMap((entry, index) => [
          [`codes.${index}`, `codes.${entry.method}`],
          [`codes.${index}.code`, `codes.${entry.method}`],
        ]),
      ),
    }),
    [codes],
  );
  const { reset: forgetAnswer } = replace;

  useEffect(() => {
    // An edit makes the last answer (saved, or refused) old news.
    const subscription = form.watch(() => forgetAnswer());
    return () => subscription.unsubscribe();
  }, [form, forgetAnswer]);

  return (
    <ValidatedForm
      form={form}
      onValid={(answers) =>
        replace.mutate({
          codes: codes.map((entry) => ({
            method: entry.method,
            code: (answers.codes[entry.method] ?? '').trim(),
          })),
        })
      }
      isPending={replace.isPending}
      serverError={replace.error}
      wording={wording}
      checksSummary="Some codes need correcting. Check the fields marked below."
      aria-label={`Assessment method codes at ${centreName}`}
      status={<StatusMessage>{replace.isSuccess ? 'The codes are saved.' : null}</StatusMessage>}
    >
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
          {codes.map((entry) => (
            <tr role="row" key={entry.method}>
              <th role="rowheader" scope="row">
                {entry.title}
              </th>
              <td role="cell" data-label="Default code">
                <span className="method-code">{entry.defaultCode}</span>
              </td>
              <td role="cell" data-label="Code at your centre">
                <FormTextField
                  control={form.control}
                  name={`codes.${entry.method}`}
                  label={`Code for ${entry.title}`}
                  className="method-codes-table__field"
                  maxLength={8}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <SubmitButton pendingLabel="Saving…">Save codes</SubmitButton>
        <Button
          variant="secondary"
          onPress={() =>
            form.reset({
              codes: Object.fromEntries(codes.map((entry) => [entry.method, entry.defaultCode])),
            })
          }
        >
          Use the default codes
        </Button>
      </div>
    </ValidatedForm>
  );
}
