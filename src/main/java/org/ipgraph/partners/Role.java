package org.ipgraph.partners;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the requester looks for. Each role ranks with the model of its link (who will
 * collaborate, who will build on whom) and admits only candidates that fit the role.
 */
public enum Role {

	/** Any future collaborator: co-owner of a patent or employer of a shared inventor. */
	ANY("any", LinkEvents.Kind.CO_APPLICATION,
			"any organization likely to co-apply or share inventors with the requester"),

	/** Works on or cites the requester's technology but owns little of it. */
	LICENSEE("licensee", LinkEvents.Kind.CITED_BY,
			"works on or cites the requester's technology and owns less than a quarter as much of it"),

	/** Owns what the requester builds on or cites. */
	LICENSOR("licensor", LinkEvents.Kind.CITES, "owns technology the requester builds on (cites) or works close to"),

	/** Complementary CPC areas without head-on overlap. */
	CO_DEVELOPMENT("co-development", LinkEvents.Kind.CO_APPLICATION,
			"works in CPC areas combined with the requester's, with a subgroup overlap below one half"),

	/** A university or research institute with matching expertise. */
	RESEARCH("research", LinkEvents.Kind.CO_APPLICATION,
			"a university or research institute working in the requester's technology");

	/**
	 * Licensee candidates own less than this share of the requester's core technology.
	 */
	static final double LICENSEE_MAX_SHARE = 0.25;

	/**
	 * Co-development candidates overlap less than this (cosine of CPC subgroup profiles).
	 */
	static final double HEAD_ON_OVERLAP = 0.5;

	final String key;

	final LinkEvents.Kind link;

	final String rule;

	Role(String key, LinkEvents.Kind link, String rule) {
		this.key = key;
		this.link = link;
		this.rule = rule;
	}

	public String key() {
		return this.key;
	}

	/**
	 * A role by its key ({@code technology-source} and {@code source} are licensor).
	 */
	public static Role of(String key) {
		String k = key == null ? "any" : key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		if (k.equals("technology-source") || k.equals("source")) {
			return LICENSOR;
		}
		if (k.equals("codevelopment") || k.equals("co-dev")) {
			return CO_DEVELOPMENT;
		}
		return Arrays.stream(values())
			.filter(r -> r.key.equals(k))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown role '" + key + "'. Known: any, licensee, "
					+ "licensor (technology-source), co-development, research"));
	}

	/**
	 * Whether a candidate with these features fits the role.
	 */
	boolean admits(double[] x, boolean academic) {
		boolean related = x[Feature.CPC_BROAD_SIMILARITY.ordinal()] > 0 || x[Feature.TEXT_SIMILARITY.ordinal()] > 0;
		return switch (this) {
			case ANY -> true;
			case LICENSEE -> x[Feature.CANDIDATE_SHARE.ordinal()] < LICENSEE_MAX_SHARE
					&& (related || x[Feature.CITED_BY_CANDIDATE.ordinal()] > 0);
			case LICENSOR -> related || x[Feature.CITES_CANDIDATE.ordinal()] > 0;
			case CO_DEVELOPMENT ->
				x[Feature.CPC_SIMILARITY.ordinal()] < HEAD_ON_OVERLAP && x[Feature.COMPLEMENTARITY.ordinal()] > 0;
			case RESEARCH -> academic && related;
		};
	}

}
