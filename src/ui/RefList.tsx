import { getReference, type ReferenceId } from '../science/references';
import { useText } from './text';

/**
 * The sources of one statement: citation, kind of study, DOI and PubMed id. Outside kiosks the ids
 * are links a viewer may choose to follow (in a new tab); a kiosk must not lead away, so there they
 * are plain text.
 */
export function RefList({ refs, allowLinks }: { refs: readonly ReferenceId[]; allowLinks: boolean }) {
  const { t } = useText();
  // Identifiers are read like the citation (DOIs carry English journal names: "j.cell", "biopsych").
  const id = (label: string, href: string) =>
    allowLinks ? (
      <>
        {' '}
        <a href={href} target="_blank" rel="noopener noreferrer" lang="en">
          {label}
        </a>
      </>
    ) : (
      <span lang="en"> {label}</span>
    );
  return (
    <ul className="ref-list">
      {refs.map((refId) => {
        const ref = getReference(refId);
        return (
          <li key={refId}>
            {/* Citations are not translated: mark their language for screen readers (WCAG 3.1.2). */}
            <span lang="en">{ref.citation}</span> <span className="ref-list__kind">({t(`ui.refKind.${ref.kind}`)})</span>
            {ref.doi && id(`doi:${ref.doi}`, `https://doi.org/${ref.doi}`)}
            {ref.pmid && id(`PMID ${ref.pmid}`, `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`)}
          </li>
        );
      })}
    </ul>
  );
}
