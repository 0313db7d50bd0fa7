import type { ReactNode } from 'react';
import { useId } from 'react';
import { ScrollRegion } from './scroll-region';
import './table.css';

interface RestackTableProps {
  readonly caption: string;
  /** Adds a line under the caption saying what the rows marked by the person's answers mean. */
  readonly marksYours?: boolean;
  /** More classes for the frame, such as the width at which it restacks. */
  readonly className?: string;
  readonly tableClassName?: string;
  /** The first column's heading: what the rows are. */
  readonly corner: ReactNode;
  /** The other column headings, one `<th>` per option. */
  readonly columns: ReactNode;
  /** The table's `<tbody>` elements. */
  readonly bodies: ReactNode;
  /** The same rows as `<li>` cards. */
  readonly cards: ReactNode;
}

/**
 * Options against rules: a table in a region that scrolls sideways, and the
 * same rows as cards that replace it on narrow screens (table.css shows one).
 */
export function RestackTable({ caption, marksYours = false, className, tableClassName, corner, columns, bodies, cards }: RestackTableProps) {
  const captionId = useId();
  return (
    <div className={className === undefined ? 'restack stack' : `restack ${className} stack`}>
      <ScrollRegion className="table-scroll panel" labelledBy={captionId}>
        <table className={tableClassName === undefined ? 'table' : `table ${tableClassName}`}>
          <caption id={captionId}>
            {caption}
            {marksYours ? <span className="block fs-13 fw-400 muted">Rows marked “Applies to you” or “Your answer goes against” are set off by your answers.</span> : null}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="table-corner">
                {corner}
              </th>
              {columns}
            </tr>
          </thead>
          {bodies}
        </table>
      </ScrollRegion>
      <ul className="table-cards plain-list" aria-label={caption}>
        {cards}
      </ul>
    </div>
  );
}
