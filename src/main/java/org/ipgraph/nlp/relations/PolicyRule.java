package org.ipgraph.nlp.relations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.EntityType;

/**
 * Policies and funds issued: "The State Intellectual Property Office issued the Patent
 * Promotion Plan on March 3, 2015 to support small firms in Guangdong"; "the Bayh-Dole
 * Act, enacted by Congress". ISSUED carries the date; TARGETS carries the regions
 * (locations in the sentence) and the field the policy aims at.
 */
final class PolicyRule implements RelationRule {

	private static final Set<String> ISSUE = Set.of("issue", "issued", "publish", "published", "release", "released",
			"adopt", "adopted", "announce", "announced", "enact", "enacted", "promulgate", "promulgated", "launch",
			"launched", "introduce", "introduced", "sign", "signed", "pass", "passed", "establish", "established",
			"unveil", "unveiled", "implement", "implemented", "administer", "administers", "administered", "create",
			"created", "set", "start", "started");

	private static final Set<String> AIMS = Set.of("target", "targeting", "targets", "aim", "aimed", "aims", "promote",
			"promoting", "encourage", "encouraging", "boost", "boosting", "support", "supporting", "foster",
			"fostering", "strengthen", "strengthening", "cover", "covering");

	private static final int MAX_GAP = 14;

	@Override
	public void apply(SentenceView view) {
		for (String label : List.of("Policy", "Fund")) {
			for (LinkedMention policy : view.linked(label)) {
				for (LinkedMention issuer : view.linked("Organization")) {
					if (issued(view, issuer, policy)) {
						Map<String, Object> properties = new HashMap<>();
						LinkedMention date = nearest(view.ofType(EntityType.DATE), policy);
						if (date != null) {
							Values.date(date.mention().text()).ifPresent(d -> properties.put("on", d));
							properties.put("onText", date.mention().text());
						}
						view.fact("ISSUED", view.node(issuer), view.node(policy), properties, 0.8, "rule:policy",
								date != null ? new LinkedMention[] { issuer, policy, date }
										: new LinkedMention[] { issuer, policy });
						targets(view, policy, issuer);
					}
				}
			}
		}
	}

	private static boolean issued(SentenceView view, LinkedMention issuer, LinkedMention policy) {
		if (issuer.to() <= policy.from()) {
			return policy.from() - issuer.to() <= MAX_GAP && view.has(issuer.to(), policy.from(), ISSUE);
		}
		// "the X Plan, issued by the Y"
		return issuer.from() - policy.to() <= MAX_GAP && view.has(policy.to(), issuer.from(), ISSUE)
				&& view.has(issuer.from() - 3, issuer.from(), Set.of("by"));
	}

	private static void targets(SentenceView view, LinkedMention policy, LinkedMention issuer) {
		for (LinkedMention location : view.ofType(EntityType.LOCATION)) {
			view.fact("TARGETS", view.node(policy), null, Map.of("region", location.mention().text()), 0.6,
					"rule:policy", policy, location);
		}
		int aim = view.find(policy.to(), view.size(), AIMS);
		if (aim >= 0) {
			String field = view.phraseAfter(aim + 1, 8);
			if (field != null) {
				view.fact("TARGETS", view.node(policy), null, Map.of("field", field), 0.6, "rule:policy", policy);
			}
		}
	}

	private static LinkedMention nearest(List<LinkedMention> mentions, LinkedMention anchor) {
		LinkedMention best = null;
		for (LinkedMention m : mentions) {
			if (best == null || Math.abs(m.from() - anchor.from()) < Math.abs(best.from() - anchor.from())) {
				best = m;
			}
		}
		return best;
	}

}
