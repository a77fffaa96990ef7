package org.ipgraph.risk;

import java.io.Serializable;
import java.util.List;

/**
 * What the graph says about an owner (with its subsidiaries), reduced to counts: the
 * plain input of {@link NpeFeatures}.
 *
 * @param name the owner's name
 * @param aliases its other spellings
 * @param patents patents it holds now
 * @param acquiredPatents of those, how many it acquired (ownership starting more than a
 * year after filing, or recorded as an acquisition)
 * @param acquisitions acquisitions recorded as ACQUIRED_FROM (counted when no patent list
 * is known)
 * @param patentsWithOwnInventor patents with at least one inventor affiliated with the
 * owner
 * @param ownInventors inventors affiliated with the owner
 * @param plaintiffSuits infringement suits as plaintiff (declaratory-judgment actions and
 * PTAB trials not counted)
 * @param defendantGroups distinct defendants of those suits, rolled up to their parents
 * @param assertedPatentAges age in years of each asserted patent when the suit was filed
 * @param ptabChallenges PTAB trials against the owner's patents
 * @param holdingLinks holding-like organizations sharing its parent or address, or below
 * it
 * @param hasParentOrAddress whether the graph knows a parent, subsidiary or address at
 * all
 * @param describingDocuments documents with a sentence that describes the owner as a
 * patent-assertion or licensing company, or as suing many companies
 */
public record OwnerFacts(String name, List<String> aliases, int patents, int acquiredPatents, int acquisitions,
		int patentsWithOwnInventor, int ownInventors, int plaintiffSuits, int defendantGroups,
		List<Double> assertedPatentAges, int ptabChallenges, int holdingLinks, boolean hasParentOrAddress,
		int describingDocuments) implements Serializable {

	public OwnerFacts(String name, List<String> aliases, int patents, int acquiredPatents, int acquisitions,
			int patentsWithOwnInventor, int ownInventors, int plaintiffSuits, int defendantGroups,
			List<Double> assertedPatentAges, int ptabChallenges, int holdingLinks, boolean hasParentOrAddress) {
		this(name, aliases, patents, acquiredPatents, acquisitions, patentsWithOwnInventor, ownInventors,
				plaintiffSuits, defendantGroups, assertedPatentAges, ptabChallenges, holdingLinks, hasParentOrAddress,
				0);
	}

	public OwnerFacts {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		assertedPatentAges = assertedPatentAges == null ? List.of() : List.copyOf(assertedPatentAges);
	}

	/**
	 * How many of the signals rest on data the graph has: the portfolio signals when it
	 * holds patents, the litigation signals when it has sued or been challenged, the
	 * network when links are known, and its name.
	 */
	public int observedSignals() {
		int observed = 1;
		if (this.patents > 0 || this.acquisitions > 0) {
			observed += 3;
		}
		if (this.plaintiffSuits > 0) {
			observed += 3;
		}
		if (this.ptabChallenges > 0) {
			observed += 1;
		}
		if (this.hasParentOrAddress) {
			observed += 1;
		}
		if (this.describingDocuments > 0) {
			observed += 1;
		}
		return observed;
	}

}
