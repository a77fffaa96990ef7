/**
 * Reader for PatentsView bulk download tables (g_patent, g_assignee_disambiguated,
 * g_inventor_disambiguated, g_cpc_current, g_us_patent_citation), tab-separated, plain or
 * zipped, with their published column names.
 */
package org.ipgraph.ingest.patentsview;
