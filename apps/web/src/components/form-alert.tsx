export interface FormAlertProps {
  message: string | null | undefined;
}

/**
 * The live region stays in the document so that a message placed into it is announced;
 * it only takes up space when it has something to say.
 */
export function FormAlert({ message }: FormAlertProps) {
  return (
    <div role="alert" className={message ? 'alert alert--error' : 'alert alert--empty'}>
      {message ?? null}
    </div>
  );
}
