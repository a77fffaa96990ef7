package org.ipgraph.providers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a provider is wanted for, and what in the graph counts as a track record for it.
 */
public enum Need {

	/** Counsel for an accused infringer: defendant in a suit, petitioner at the PTAB. */
	LITIGATION_DEFENSE("litigation-defense", Set.of("defendant", "petitioner"), Set.of("law_firm", "attorney")),

	/**
	 * Filing and recording for an owner: correspondents of recorded assignments, agencies
	 * texts name.
	 */
	PROSECUTION("prosecution", Set.of("correspondent", "agency"), Set.of("agency", "law_firm", "correspondent")),

	/** Value assessment: evaluators and banks (pledges) texts name. */
	VALUATION("valuation", Set.of("evaluator", "bank"), Set.of("evaluator", "bank")),

	/**
	 * Enforcing and licensing for an owner: plaintiff in a suit, patent owner at the
	 * PTAB, correspondent of a recorded licence.
	 */
	LICENSING("licensing", Set.of("plaintiff", "patent_owner", "license"), Set.of("law_firm", "attorney", "agency"));

	private final String value;

	private final Set<String> sides;

	private final Set<String> kinds;

	Need(String value, Set<String> sides, Set<String> kinds) {
		this.value = value;
		this.sides = sides;
		this.kinds = kinds;
	}

	public String value() {
		return this.value;
	}

	/** The sides of a matter that count for this need. */
	Set<String> sides() {
		return this.sides;
	}

	/** Provider kinds that fit this need even without a track record. */
	Set<String> kinds() {
		return this.kinds;
	}

	boolean counts(Matter matter) {
		return this.sides.contains(matter.side()) || this.sides.contains(matter.type());
	}

	/**
	 * The need named on the command line or in a request.
	 * @throws IllegalArgumentException naming the values allowed
	 */
	public static Need of(String value) {
		String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		return Arrays.stream(values())
			.filter(n -> n.value.equals(v))
			.findFirst()
			.orElseThrow(
					() -> new IllegalArgumentException("need must be one of " + names() + ", not '" + value + "'"));
	}

	static String names() {
		return Arrays.stream(values()).map(Need::value).collect(Collectors.joining(", "));
	}

}
