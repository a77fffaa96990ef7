/**
 * The sentences behind a node or relationship ({@code GET /api/v1/evidence},
 * {@code ipgraph
 * evidence}). A named interface: the CLI asks it.
 */
@NamedInterface("evidence")
package org.ipgraph.nlp.evidence;

import org.springframework.modulith.NamedInterface;
