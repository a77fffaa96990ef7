package org.ipgraph.ingest.cpc;

import org.ipgraph.graph.CpcSymbol;

/**
 * A CPC symbol of the title list with its exact parent.
 *
 * @param symbol the symbol
 * @param depth the dot level for groups and subgroups (0 for main groups), else null
 * @param title the title
 * @param parent the exact parent, null for a section
 */
record TechnologyRecord(CpcSymbol symbol, Integer depth, String title, CpcSymbol parent) {
}
