import { Alert, Paragraph } from '@utrecht/component-library-react';
import { describeProblem } from '../api/problem';

/** A refusal or failure of the API, in plain Dutch, announced to screen readers. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{describeProblem(error)}</Paragraph>
    </Alert>
  );
}
