package org.ipgraph.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Judges an applicant against a policy's eligibility facts, criterion by criterion: kind,
 * exclusions, size, region and field. Each criterion says yes, no or unknown with its
 * reason; a single no makes the policy not eligible, and an unknown is never counted as a
 * yes ("possibly"). Pure: plain inputs.
 */
final class PolicyMatcher {

	// Which applicant kinds of a text an organization's kind satisfies
	private static final Map<String, Set<String>> SATISFIES = Map.of("company", Set.of("company"), "university",
			Set.of("university", "nonprofit", "institute"), "institute", Set.of("institute", "nonprofit"), "government",
			Set.of("government", "federal-lab"), "federal-lab", Set.of("federal-lab", "government"), "bank",
			Set.of("bank", "company"), "individual", Set.of("individual"), "nonprofit", Set.of("nonprofit"));

	private PolicyMatcher() {
	}

	static PolicyMatch match(Applicant applicant, PolicyFacts policy) {
		List<Reason> reasons = new ArrayList<>();
		reasons.add(kind(applicant, policy));
		Reason excluded = exclusion(applicant, policy);
		if (excluded != null) {
			reasons.add(excluded);
		}
		reasons.add(size(applicant, policy));
		reasons.add(region(applicant, policy));
		Reason residence = residence(applicant, policy);
		if (residence != null) {
			reasons.add(residence);
		}
		reasons.add(field(applicant, policy));
		long no = reasons.stream().filter(r -> r.verdict().equals(Reason.NO)).count();
		long unknown = reasons.stream().filter(r -> r.verdict().equals(Reason.UNKNOWN)).count();
		long yes = reasons.size() - no - unknown;
		String eligible = no > 0 ? "not-eligible" : unknown > 0 ? "possibly" : "eligible";
		double score = (yes + 0.5 * unknown) / reasons.size();
		if (no > 0) {
			score *= 0.3;
		}
		score += 0.05 * fieldOverlap(applicant, policy);
		return new PolicyMatch(policy, eligible, Math.round(Math.min(1, score) * 1000) / 1000.0, List.copyOf(reasons));
	}

	private static Reason kind(Applicant a, PolicyFacts p) {
		if (p.applicantKinds().isEmpty()) {
			return new Reason("kind", Reason.UNKNOWN, "kind: unknown, the text names no applicants");
		}
		if (p.applicantKinds().contains("any")) {
			return new Reason("kind", Reason.YES, "kind: yes, the text admits any applicant");
		}
		List<String> kinds = p.applicantKinds()
			.stream()
			.filter(k -> !k.equals(EligibilityRules.PATENT_HOLDER))
			.toList();
		if (kinds.isEmpty()) {
			return recipient(a, p);
		}
		if (a.kind() == null) {
			return new Reason("kind", Reason.UNKNOWN,
					"kind: unknown (" + a.kindBasis() + "); the text names " + String.join(", ", kinds));
		}
		boolean ok = SATISFIES.getOrDefault(a.kind(), Set.of(a.kind())).stream().anyMatch(kinds::contains);
		return new Reason("kind", ok ? Reason.YES : Reason.NO, "kind: " + (ok ? "yes" : "no") + ", " + a.kind() + " ("
				+ a.kindBasis() + "); the text names " + String.join(", ", kinds));
	}

	/**
	 * A text whose recipient is a patent role (the applicant, the patentee, the owner of
	 * a patent, a party to): open to any organization that files or holds patents, which
	 * in the graph is one with patents of its own; none there is unknown (the graph holds
	 * a sample). Where the text leaves out a place of residence, an unknown country
	 * leaves the role unknown too.
	 */
	private static Reason recipient(Applicant a, PolicyFacts p) {
		String role = "a patent role (the applicant, the patentee, an owner or a party: any patent holder)";
		if (a.patents() <= 0) {
			return new Reason("recipient", Reason.UNKNOWN,
					"recipient: unknown, " + role + "; no patent of its own in the graph");
		}
		List<String> places = p.excludedKinds().stream().filter(Places::isCode).toList();
		if (!places.isEmpty() && a.country() == null) {
			return new Reason("recipient", Reason.UNKNOWN,
					"recipient: unknown, " + role + "; " + a.patents()
							+ " patents in the graph, but the text leaves out " + "residents of "
							+ String.join(", ", places) + " and the country is unknown (" + a.placeBasis() + ")");
		}
		return new Reason("recipient", Reason.YES,
				"recipient: yes, " + role + "; " + a.patents() + " patents in the graph");
	}

	private static Reason exclusion(Applicant a, PolicyFacts p) {
		for (String kind : p.excludedKinds()) {
			if (Places.isCode(kind)) {
				// a place the text leaves out ("not residing in the United States")
				if (a.country() == null) {
					return new Reason("exclusion", Reason.UNKNOWN,
							"exclusion: unknown (" + a.placeBasis() + "); the text leaves out " + kind);
				}
				if (Boolean.TRUE.equals(Places.contains(kind, a.country(), a.subdivision()))) {
					return new Reason("exclusion", Reason.NO, "exclusion: no, " + a.country() + " (" + a.placeBasis()
							+ ") is in " + kind + ", a place the text leaves out");
				}
			}
			else if (kind.equals("foreign-entity-of-concern")) {
				if (a.country() == null) {
					return new Reason("exclusion", Reason.UNKNOWN,
							"exclusion: unknown, the text excludes foreign entities of concern and the country is unknown");
				}
				if (Places.OF_CONCERN.contains(a.country())) {
					return new Reason("exclusion", Reason.NO, "exclusion: no, the text excludes foreign entities of "
							+ "concern and " + a.country() + " is a foreign country of concern");
				}
			}
			else if (a.kind() != null && SATISFIES.getOrDefault(a.kind(), Set.of(a.kind())).contains(kind)
					&& !p.applicantKinds().contains(a.kind())) {
				return new Reason("exclusion", Reason.NO, "exclusion: no, the text excludes " + kind);
			}
		}
		return null;
	}

	private static Reason size(Applicant a, PolicyFacts p) {
		List<String> sizes = p.sizes().stream().filter(s -> !s.equals("any")).toList();
		if (sizes.isEmpty() || p.sizes().contains("any")) {
			return new Reason("size", Reason.YES, p.sizes().contains("any") ? "size: yes, any size may apply"
					: "size: yes, the text sets no size condition");
		}
		String wanted = String.join(", ", sizes).toUpperCase(Locale.ROOT);
		if (a.kind() != null && !a.kind().equals("company") && !a.kind().equals("bank")) {
			return new Reason("size", Reason.YES,
					"size: yes, the " + wanted + " condition is for companies; this is a " + a.kind());
		}
		if (a.size() == null) {
			return new Reason("size", Reason.UNKNOWN, wanted + ": unknown (" + a.sizeBasis() + ")");
		}
		boolean ok = !a.size().equals("large");
		return new Reason("size", ok ? Reason.YES : Reason.NO,
				wanted + ": " + (ok ? "yes" : "no") + ", " + a.size() + " (" + a.sizeBasis() + ")");
	}

	private static Reason region(Applicant a, PolicyFacts p) {
		if (p.regions().isEmpty()) {
			return new Reason("region", Reason.YES, "region: yes, the text sets no region");
		}
		String wanted = String.join(", ", p.regions());
		if (a.country() == null) {
			return new Reason("region", Reason.UNKNOWN,
					"region: unknown (" + a.placeBasis() + "); the text names " + wanted);
		}
		String where = a.subdivision() != null ? a.subdivision() : a.country();
		boolean undecided = false;
		for (String region : p.regions()) {
			Boolean in = Places.contains(region, a.country(), a.subdivision());
			if (Boolean.TRUE.equals(in)) {
				return new Reason("region", Reason.YES,
						"region: yes, " + where + " (" + a.placeBasis() + ") is in " + region);
			}
			undecided |= in == null;
		}
		return undecided
				? new Reason("region", Reason.UNKNOWN,
						"region: unknown, the text names " + wanted + " and the province or state of " + where
								+ " is unknown")
				: new Reason("region", Reason.NO,
						"region: no, " + where + " (" + a.placeBasis() + ") is not in " + wanted);
	}

	/**
	 * A tax relief is claimed by those who pay the tax it relieves: the text's own
	 * country's. The named entity must be resident there; a foreign group's local
	 * companies are other organizations. Null for a policy that is no tax relief.
	 */
	private static Reason residence(Applicant a, PolicyFacts p) {
		if (p.taxResidence().isEmpty()) {
			return null;
		}
		String wanted = String.join(", ", p.taxResidence());
		if (a.country() == null) {
			return new Reason("residence", Reason.UNKNOWN, "tax residence: unknown (" + a.placeBasis()
					+ "); a tax relief of " + wanted + " is for those who pay tax there");
		}
		boolean ok = p.taxResidence().contains(a.country());
		return new Reason("residence", ok ? Reason.YES : Reason.NO,
				"tax residence: " + (ok ? "yes" : "no") + ", " + a.country() + " (" + a.placeBasis()
						+ "); a tax relief of " + wanted + " is for those who pay tax there");
	}

	private static Reason field(Applicant a, PolicyFacts p) {
		List<String> fields = p.fieldCpc().stream().filter(f -> !f.equals("any")).toList();
		if (fields.isEmpty()) {
			String examples = overlap(a, p.exampleCpc());
			return new Reason("field", Reason.YES, "field: yes, the text sets no field" + (examples.isEmpty() ? ""
					: "; " + examples + " matches a field it names as an example or in passing"));
		}
		if (a.cpc().isEmpty()) {
			return new Reason("field", Reason.UNKNOWN,
					"field: unknown (" + a.fieldBasis() + "); the text names " + String.join(", ", fields));
		}
		String match = overlap(a, fields);
		return match.isEmpty()
				? new Reason("field", Reason.NO,
						"field: no, the text names " + String.join(", ", fields) + "; " + a.fieldBasis() + " "
								+ String.join(", ", a.cpc().subList(0, Math.min(5, a.cpc().size()))))
				: new Reason("field", Reason.YES, "field: " + match + " matches");
	}

	private static String overlap(Applicant a, List<String> prefixes) {
		List<String> hits = new ArrayList<>();
		for (String cpc : a.cpc()) {
			if (prefixes.stream().anyMatch(prefix -> Fields.covers(prefix, cpc) || Fields.covers(cpc, prefix))
					&& !hits.contains(cpc)) {
				hits.add(cpc);
			}
		}
		return String.join(", ", hits.subList(0, Math.min(3, hits.size())));
	}

	private static int fieldOverlap(Applicant a, PolicyFacts p) {
		List<String> all = new ArrayList<>(p.fieldCpc());
		all.addAll(p.exampleCpc());
		return overlap(a, all).isEmpty() ? 0 : 1;
	}

}
