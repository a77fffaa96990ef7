package org.ipgraph.providers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which side an outcome favours, by its words. Settled, pending, instituted or unknown
 * outcomes favour neither: they are not counted.
 */
final class Outcomes {

	private static final Set<String> OWNER_SIDES = Set.of("plaintiff", "patent_owner");

	private static final Set<String> ACCUSED_SIDES = Set.of("defendant", "petitioner");

	// checked in order: the first phrase found decides
	private static final List<String> FOR_ACCUSED = List.of("judgment for defendant", "verdict for defendant",
			"non-infringement", "noninfringement", "not infringed", "unpatentable", "invalid", "dismissed",
			"claims cancelled");

	private static final List<String> FOR_OWNER = List.of("judgment for plaintiff", "verdict for plaintiff",
			"infringed", "infringement found", "institution denied", "denied", "patentable", "claims upheld");

	private Outcomes() {
	}

	static int forSide(String outcome, String side) {
		if (outcome == null || side == null || !(OWNER_SIDES.contains(side) || ACCUSED_SIDES.contains(side))) {
			return 0;
		}
		String o = outcome.toLowerCase(Locale.ROOT);
		int accused = 0;
		if (FOR_ACCUSED.stream().anyMatch(o::contains)) {
			accused = 1;
		}
		else if (FOR_OWNER.stream().anyMatch(o::contains)) {
			accused = -1;
		}
		return ACCUSED_SIDES.contains(side) ? accused : -accused;
	}

}
