import { Paragraph } from '@utrecht/component-library-react';

/** Shown while the API answers; announced politely to screen readers. */
export function Loading({ what = 'Gegevens' }: { what?: string }) {
  return (
    <Paragraph role="status" aria-live="polite" className="hgk-loading">
      {what} worden geladen…
    </Paragraph>
  );
}
