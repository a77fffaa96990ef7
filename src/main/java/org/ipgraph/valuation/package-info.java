/**
 * Patent valuation: an explained value indicator for each patent (forward citations
 * age-normalised within the CPC area, family, claims, remaining term, reassignments,
 * litigation and PTAB history, essentiality declarations, licences), fitted with Smile on
 * the graph's own past, stored in batch as patent properties, and rolled up into an
 * organization's portfolio by CPC area.
 */
package org.ipgraph.valuation;
