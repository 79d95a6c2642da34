import type { ReactNode } from 'react';
import { Button as AriaButton, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';

export interface DisclosureCardProps {
  /** Its key within a DisclosureGroup that tracks which are open. */
  id?: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Said first, in the accent colour: a unit's reference, "Version 2". */
  label?: ReactNode;
  title: ReactNode;
  /** The line under the title, e.g. "3 outcomes mapped". */
  meta?: ReactNode;
  metaTone?: 'mapped' | 'problem';
  /** Marks the whole card, e.g. a unit with problems to fix. */
  hasProblem?: boolean;
  defaultExpanded?: boolean;
  children: ReactNode;
}

/**
 * A card that opens on its heading's button: units of a qualification, versions of evidence,
 * parts of an imported document. The heading keeps the page's outline for screen readers.
 */
export function DisclosureCard({
  id,
  headingLevel,
  label,
  title,
  meta,
  metaTone,
  hasProblem = false,
  defaultExpanded,
  children,
}: DisclosureCardProps) {
  return (
    <Disclosure
      id={id}
      defaultExpanded={defaultExpanded}
      className={hasProblem ? 'unit unit--problem' : 'unit'}
    >
      <Heading level={headingLevel} className="unit__heading">
        <AriaButton slot="trigger" className="unit__trigger">
          <span className="unit__chevron" aria-hidden="true" />
          <span className="unit__name">
            {label === undefined ? null : (
              <>
                <span className="unit__reference">{label}</span>{' '}
              </>
            )}
            <span className="unit__title">{title}</span>
            {meta === undefined || meta === null ? null : (
              <span className={metaTone ? `unit__meta unit__meta--${metaTone}` : 'unit__meta'}>
                {meta}
              </span>
            )}
          </span>
        </AriaButton>
      </Heading>
      <DisclosurePanel className="unit__panel">{children}</DisclosurePanel>
    </Disclosure>
  );
}
