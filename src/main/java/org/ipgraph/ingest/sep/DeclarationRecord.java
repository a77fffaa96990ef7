package org.ipgraph.ingest.sep;

import java.time.LocalDate;
import java.util.List;

import org.ipgraph.graph.PatentNumber;

/**
 * A company's declaration that a patent may be essential to a specification.
 *
 * @param patent the declared publication
 * @param declarant the declaring company as written
 * @param declaredOn the declaration date
 * @param spec the specification, with the version declared
 * @param generation 2G to 5G, as written
 * @param releases the releases named ({@code Release 8}...)
 */
record DeclarationRecord(PatentNumber patent, String declarant, LocalDate declaredOn, SpecificationId spec,
		String generation, List<String> releases) {

	DeclarationRecord {
		releases = List.copyOf(releases);
	}

}
