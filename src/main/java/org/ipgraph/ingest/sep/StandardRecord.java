package org.ipgraph.ingest.sep;

import java.time.LocalDate;

/**
 * One version of a specification from a standards list. Versions of one specification are
 * one Standard node, which keeps the list of versions seen and the earliest publication
 * date.
 *
 * @param spec the specification and version
 * @param title title without the version notice
 * @param organization the organization that writes it (3GPP) or publishes it
 * @param project project tags as the list writes them
 * @param generation 2G to 5G, as written ({@code 4G, 3G, 2G})
 * @param publishedOn publication date of this version
 * @param url the document of this version
 */
record StandardRecord(SpecificationId spec, String title, String organization, String project, String generation,
		LocalDate publishedOn, String url) {
}
