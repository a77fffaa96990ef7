package org.ipgraph.nlp.relations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.EntityType;

/**
 * Transactions between organizations: "X acquired 300 patents from Y", "Y assigned its
 * patents to X" (ACQUIRED_FROM, X to Y), "X licensed its portfolio to Y", "Y took a
 * license from X" (LICENSED_TO, X to Y), "X and Y jointly launched Z", "X partnered with
 * Y to develop Z" (PARTNERED_WITH with what). Patent numbers and the date in the sentence
 * are attached.
 */
final class TransactionRule implements RelationRule {

	private static final Set<String> ACQUIRE = Set.of("acquire", "acquired", "purchase", "purchased", "buy", "bought",
			"obtain", "obtained");

	private static final Set<String> ASSIGN = Set.of("assign", "assigned", "sell", "sold", "transfer", "transferred",
			"divest", "divested");

	private static final Set<String> LICENSE = Set.of("license", "licensed", "licence", "licenced", "licensing");

	private static final Set<String> LAUNCH = Set.of("launch", "launched", "establish", "established", "form", "formed",
			"create", "created", "found", "founded", "co-develop", "co-developed", "develop", "developed", "unveil",
			"unveiled", "set", "start", "started", "introduce", "introduced", "build", "built");

	private static final Set<String> PARTNER = Set.of("partner", "partnered", "team", "teamed", "collaborate",
			"collaborated", "cooperate", "cooperated", "ally", "allied", "join", "joined");

	private static final int MAX_GAP = 15;

	@Override
	public void apply(SentenceView view) {
		List<LinkedMention> organizations = view.linked("Organization");
		for (int i = 0; i < organizations.size(); i++) {
			for (int j = i + 1; j < organizations.size(); j++) {
				LinkedMention a = organizations.get(i);
				LinkedMention b = organizations.get(j);
				if (b.from() - a.to() <= MAX_GAP && !a.node().id().equals(b.node().id())) {
					pair(view, a, b);
				}
			}
		}
	}

	private static void pair(SentenceView view, LinkedMention a, LinkedMention b) {
		int from = a.to();
		int to = b.from();
		boolean fromB = view.has(to - 2, to, Set.of("from"));
		boolean toB = view.has(to - 2, to, Set.of("to"));
		Map<String, Object> properties = details(view);
		if (view.has(from, to, LICENSE) && (toB || view.has(from, to, Set.of("granted", "grant", "grants")))) {
			view.fact("LICENSED_TO", view.node(a), view.node(b), properties, 0.8, "rule:transaction", a, b);
		}
		else if (view.has(from, to, LICENSE) && fromB) {
			view.fact("LICENSED_TO", view.node(b), view.node(a), properties, 0.8, "rule:transaction", a, b);
		}
		else if (view.has(from, to, ACQUIRE) && fromB) {
			view.fact("ACQUIRED_FROM", view.node(a), view.node(b), properties, 0.8, "rule:transaction", a, b);
		}
		else if (view.has(from, to, ASSIGN) && toB) {
			view.fact("ACQUIRED_FROM", view.node(b), view.node(a), properties, 0.8, "rule:transaction", a, b);
		}
		else if (view.has(from, to, PARTNER) && view.has(to - 2, to, Set.of("with"))) {
			partnered(view, a, b, view.find(b.to(), view.size(), LAUNCH), properties);
		}
		else if (view.all(from, to, t -> t.equals("and") || t.equals(","))) {
			int launch = view.find(b.to(), Math.min(view.size(), b.to() + 4), LAUNCH);
			boolean jointly = view.has(0, view.size(), Set.of("jointly", "joint", "together", "co-developed"));
			if (launch >= 0 && jointly) {
				partnered(view, a, b, launch, properties);
			}
		}
	}

	private static void partnered(SentenceView view, LinkedMention a, LinkedMention b, int verb,
			Map<String, Object> properties) {
		Map<String, Object> props = new HashMap<>(properties);
		if (verb >= 0) {
			props.put("what", view.phraseAfter(verb + 1, 8));
		}
		view.fact("PARTNERED_WITH", view.node(a), view.node(b), props, 0.75, "rule:transaction", a, b);
	}

	private static Map<String, Object> details(SentenceView view) {
		Map<String, Object> properties = new HashMap<>();
		List<String> patents = view.linked("Patent").stream().map(m -> m.node().id()).toList();
		properties.put("patents", patents);
		for (LinkedMention date : view.ofType(EntityType.DATE)) {
			Values.date(date.mention().text()).ifPresent(d -> properties.put("on", d));
			properties.put("onText", date.mention().text());
			break;
		}
		return properties;
	}

}
