/**
 * Page numbers on printed pages (the memo and the comparison, issue 21 item 5): CSS page-margin
 * boxes, "Page n of m" at the bottom right of every page. Rendered only with a print view, so
 * the rule is in the document only while it prints.
 */
export const PAGE_NUMBERS_CSS =
  '@page { margin: 14mm 12mm 16mm 12mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; font-family: Segoe UI, Helvetica, Arial, sans-serif; } }';

export function PageNumbers({ landscape = false }: { landscape?: boolean }) {
  return (
    <style data-testid="page-numbers">
      {landscape ? `${PAGE_NUMBERS_CSS} @page { size: landscape; }` : PAGE_NUMBERS_CSS}
    </style>
  );
}
