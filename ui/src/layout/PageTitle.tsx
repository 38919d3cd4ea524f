import { useEffect, useRef } from 'react';
import { Heading1 } from '@utrecht/component-library-react';

/**
 * The page's one h1, also the document title (WCAG 2.4.2). Focus moves to it when the page changes, so that a
 * screen reader announces the new page after client-side navigation.
 */
export function PageTitle({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · Casusregister`;
    heading.current?.focus();
  }, [children]);
  return (
    <Heading1 ref={heading} tabIndex={-1} className="hgk-title">
      {children}
    </Heading1>
  );
}
