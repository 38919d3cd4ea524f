import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { formatNumber } from '../format/dutch';

/** "26–50 van 63" with previous and next; the range is announced when it changes */
export function Paging({ page, size, total, what, onPage }: {
  page: number;
  size: number;
  total: number;
  /** the things counted, plural: "casussen" */
  what: string;
  onPage: (page: number) => void;
}) {
  const first = page * size + 1;
  const last = Math.min(total, (page + 1) * size);
  const lastPage = Math.max(0, Math.ceil(total / size) - 1);
  return (
    <nav className="hgk-paging" aria-label={`Pagina's ${what}`}>
      <Paragraph role="status" aria-live="polite">
        {total === 0 ? `0 ${what}` : `${what[0].toUpperCase()}${what.substring(1)} ${formatNumber(first)}–${formatNumber(last)} van ${formatNumber(total)}`}
      </Paragraph>
      {(page > 0 || total > size) && (
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={page === 0} onClick={() => onPage(page - 1)}>
          Vorige
        </Button>
        <Button appearance="secondary-action-button" disabled={page >= lastPage} onClick={() => onPage(page + 1)}>
          Volgende
        </Button>
      </ButtonGroup>
      )}
    </nav>
  );
}
