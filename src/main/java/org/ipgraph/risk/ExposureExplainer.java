package org.ipgraph.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ipgraph.graph.PatentStatus;

/**
 * Says why an NPE-held patent ranks where it does: its factors in words and the graph
 * paths behind them.
 */
final class ExposureExplainer {

	private ExposureExplainer() {
	}

	static ExposureReport.ExposedPatent explain(ExposureRanker.Ranked r, ExposureReport.NpeOwner owner,
			ExposureQueries.Held held, OwnerProfile profile, OwnerProfile.Ref company, Map<String, String> ownTitles,
			List<String> products) {
		ExposureRanker.PatentText patent = r.candidate().patent();
		OwnerProfile.Ref closest = closest(r.closest(), ownTitles, products);
		List<String> reasons = new ArrayList<>();
		Map<String, Double> c = r.components();
		if (closest != null && c.get("text") > 0) {
			reasons.add(String.format(Locale.ROOT, "text similarity %.2f to %s%s", c.get("text"),
					closest.id().startsWith("product:") ? "product description " + closest.id().substring(8)
							: "own patent " + closest.id(),
					r.sharedTerms().isEmpty() ? "" : " (shared terms: " + String.join(", ", r.sharedTerms()) + ")"));
		}
		if (r.sharedCpc() != null) {
			reasons.add(String.format(Locale.ROOT, "CPC %s, where the company works (affinity %.2f)", r.sharedCpc(),
					c.get("cpc")));
		}
		reasons.add(String.format(Locale.ROOT, "owner %s: NPE score %.2f (%s), %d suit%s as plaintiff",
				owner.organization().name() != null ? owner.organization().name() : owner.organization().id(),
				owner.npeScore(), owner.scoredBy(), owner.plaintiffSuits(), owner.plaintiffSuits() == 1 ? "" : "s"));
		if (!held.cases().isEmpty()) {
			reasons.add("already asserted in " + String.join(", ", held.cases().stream().limit(5).toList()));
		}
		if (held.acquiredOn() != null) {
			reasons.add("acquired by its owner on " + held.acquiredOn());
		}
		reasons.add(life(r));
		PatentStatus legal = r.candidate().legal();
		String status = r.ended() && (legal.status() == null || !PatentStatus.ENDED.contains(legal.status()))
				? "expired" : legal.status();
		return new ExposureReport.ExposedPatent(patent.number(), patent.title(), owner, r.score(), c, r.yearsLeft(),
				new PatentStatus(status, legal.expiry(), r.ended()), closest, r.sharedCpc(), r.sharedTerms(),
				held.cases(), reasons, evidence(r, owner, held, profile, company, closest));
	}

	private static String life(ExposureRanker.Ranked r) {
		String status = r.candidate().legal().status();
		if (r.ended() && "withdrawn".equals(status)) {
			return "withdrawn: never enforceable, no exposure left";
		}
		if (r.ended()) {
			String since = r.yearsLeft() != null && r.yearsLeft() <= 0
					? String.format(Locale.ROOT, "expired %.1f years ago", -r.yearsLeft()) : status + ", date unknown";
			return since + ": no future infringement; only damages for the six years before a suit remain "
					+ "(35 U.S.C. 286), life counted as " + r.components().get("life");
		}
		return r.yearsLeft() == null ? "filing date unknown: life counted as half"
				: String.format(Locale.ROOT, "%.1f years of its term left", r.yearsLeft());
	}

	private static OwnerProfile.Ref closest(String key, Map<String, String> ownTitles, List<String> products) {
		if (key == null) {
			return null;
		}
		if (key.startsWith("product:")) {
			String text = products.get(Integer.parseInt(key.substring(8)) - 1);
			return new OwnerProfile.Ref(key, text.length() > 120 ? text.substring(0, 117) + "..." : text);
		}
		return new OwnerProfile.Ref(key, ownTitles.get(key));
	}

	private static List<EvidencePath> evidence(ExposureRanker.Ranked r, ExposureReport.NpeOwner owner,
			ExposureQueries.Held held, OwnerProfile profile, OwnerProfile.Ref company, OwnerProfile.Ref closest) {
		List<EvidencePath> paths = new ArrayList<>();
		ExposureRanker.PatentText patent = r.candidate().patent();
		OwnerProfile.Ref o = owner.organization();
		if (closest != null && !closest.id().startsWith("product:")) {
			EvidencePath.Builder path = company != null
					? EvidencePath.from("Organization", company.id(), company.name())
						.out("OWNS", "Patent", closest.id(), closest.name())
					: EvidencePath.from("Patent", closest.id(), closest.name());
			path.via("similar", "Patent", patent.number(), patent.title()).in("OWNS", "Organization", o.id(), o.name());
			paths.add(path.build("technology",
					String.format(Locale.ROOT, "%s is close to %s (text %.2f%s)", patent.number(), closest.id(),
							r.components().get("text"), r.sharedCpc() == null ? "" : ", CPC " + r.sharedCpc()),
					null, List.of()));
		}
		for (String caseId : held.cases().stream().limit(3).toList()) {
			OwnerProfile.CaseFact suit = profile == null ? null
					: profile.cases().stream().filter(s -> s.id().equals(caseId)).findFirst().orElse(null);
			EvidencePath.Builder path = EvidencePath.from("Patent", patent.number(), patent.title())
				.out("ASSERTED_IN", "LitigationCase", caseId, suit != null ? suit.title() : null);
			if (suit != null) {
				path.in("PLAINTIFF_IN", "Organization", suit.plaintiff(), suit.plaintiffName());
			}
			paths.add(path.build("assertion",
					patent.number() + " asserted in "
							+ (suit != null && suit.title() != null ? suit.title() + " (" + caseId + ")" : caseId),
					suit != null ? suit.source() : null, suit != null ? suit.sentences() : List.of()));
		}
		if (held.cases().isEmpty() && profile != null) {
			profile.cases().stream().limit(2).forEach(s -> paths.add(NpeEvidence.suit(s)));
		}
		if (held.acquiredOn() != null) {
			paths.add(EvidencePath.from("Organization", o.id(), o.name())
				.out("OWNS", "Patent", patent.number(), patent.title())
				.build("acquiredShare", o.id() + " acquired " + patent.number() + " on " + held.acquiredOn(), null,
						List.of()));
		}
		return paths;
	}

}
