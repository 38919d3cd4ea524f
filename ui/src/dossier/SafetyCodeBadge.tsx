import { term } from '../text/terms';

/**
 * The safety code as a coloured label that always says its colour in words too (WCAG 1.4.1: never colour alone);
 * the colours have a contrast of at least 4.5:1 with their text.
 */
export function SafetyCodeBadge({ code }: { code: string }) {
  return (
    <span className={`hgk-code hgk-code--${code.toLowerCase()}`}>
      <span className="hgk-code__swatch" aria-hidden="true" />
      Code {term('SafetyCode', code)}
    </span>
  );
}
