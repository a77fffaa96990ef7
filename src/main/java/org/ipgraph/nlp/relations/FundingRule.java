package org.ipgraph.nlp.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipgraph.nlp.NodeRef;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.EntityType;

/**
 * Funds: "This invention was made with government support under N00014-10-1-0278 awarded
 * by the Office of Naval Research"; "The Department of Energy awarded $2 million to Acme
 * under the SBIR program to develop batteries". Funders ISSUED the fund (the named
 * program, else the funder's own funding), recipients (the patent of a
 * government-interest statement, or whoever receives) are FUNDED_BY it with the grant
 * numbers attached to their funder, the amount, and what the money supports.
 */
final class FundingRule implements RelationRule {

	private static final Set<String> TRIGGERS = Set.of("fund", "funded", "funding", "funds", "sponsor", "sponsored",
			"award", "awarded", "awards", "grant", "grants", "contract", "finance", "financed", "invest", "invested",
			"allocate", "allocated");

	/**
	 * "support" alone is too common: "supported by", "support from", "government support"
	 * are funding.
	 */
	private static final Set<String> SUPPORT = Set.of("support", "supported", "supports");

	private static final Set<String> RECEIVE = Set.of("receive", "received", "win", "won", "obtain", "obtained",
			"secure", "secured", "get", "got");

	private static final Set<String> SUPPORTS = Set.of("develop", "support", "supporting", "advance", "research",
			"study", "commercialize", "build");

	/**
	 * "X awarded Y a grant": the organization right after one of these is the recipient.
	 */
	private static final Set<String> GIVE = Set.of("awarded", "granted", "gave", "awards", "grants", "gives");

	private static final double CONFIDENCE = 0.85;

	@Override
	public void apply(SentenceView view) {
		if (!view.has(0, view.size(), TRIGGERS) && !supported(view)) {
			return;
		}
		List<LinkedMention> organizations = view.linked("Organization");
		List<LinkedMention> programs = view.linked("Fund");
		if (organizations.isEmpty() && programs.isEmpty()) {
			return;
		}
		List<LinkedMention> recipients = new ArrayList<>();
		List<LinkedMention> funders = new ArrayList<>();
		for (LinkedMention o : organizations) {
			boolean to = o.from() > 0 && view.has(o.from() - 2, o.from(), Set.of("to"))
					&& view.has(0, o.from(), TRIGGERS);
			boolean receives = view.has(o.to(), o.to() + 3, RECEIVE);
			boolean given = o.from() > 0 && view.has(o.from() - 1, o.from(), GIVE);
			if (to || receives || given) {
				recipients.add(o);
			}
			else if (funds(view, o)) {
				funders.add(o);
			}
		}
		listedWithFunders(view, organizations, funders, recipients);
		for (LinkedMention p : view.linked("Person")) {
			if (view.has(p.to(), p.to() + 3, RECEIVE) || view.has(p.from() - 2, p.from(), Set.of("to"))) {
				recipients.add(p);
			}
		}
		Map<LinkedMention, List<String>> grants = grants(view, funders);
		Map<String, Object> money = money(view);
		String supports = supports(view);
		for (LinkedMention funder : funders) {
			LinkedMention program = nearest(programs, funder);
			NodeRef fund = program != null ? view.node(program) : agencyFunding(view.node(funder));
			LinkedMention[] evidence = program != null ? new LinkedMention[] { funder, program }
					: new LinkedMention[] { funder };
			view.fact("ISSUED", view.node(funder), fund, Map.of(), CONFIDENCE, "rule:funding", evidence);
			funded(view, recipients, fund, grants.getOrDefault(funder, List.of()), money, evidence);
			if (supports != null) {
				view.fact("TARGETS", fund, null, Map.of("field", supports), 0.6, "rule:funding", evidence);
			}
		}
		if (funders.isEmpty()) {
			for (LinkedMention program : programs) {
				List<String> all = new ArrayList<>();
				grants.values().forEach(all::addAll);
				funded(view, recipients, view.node(program), all, money, program);
			}
		}
	}

	private static final Set<String> FUNDS_AFTER = Set.of("awarded", "awards", "funds", "funded", "granted", "grant",
			"grants", "contract", "award", "sponsored", "provided", "provides", "invested", "invests", "allocated",
			"fellowship", "supports", "supported");

	private static final Set<String> LIST = Set.of(",", "and", "(", ")", "the", "/", ";", "as", "well");

	/**
	 * Whether an organization is written as a funder: "awarded by X", "support from X",
	 * "X grant", "X awarded". Mere presence in a sentence about awards is not enough
	 * (statutes speak of awards all the time).
	 */
	private static boolean funds(SentenceView view, LinkedMention o) {
		int before = o.from();
		if (view.has(before - 3, before, Set.of("by", "from", "through", "via", "of"))
				&& (view.has(before - 12, before, TRIGGERS) || view.has(before - 12, before, SUPPORT))) {
			return true;
		}
		return view.has(o.to(), o.to() + 2, FUNDS_AFTER);
	}

	/**
	 * Organizations listed with a funder fund too: "supported by the ODNI, IARPA and
	 * AFRL".
	 */
	private static void listedWithFunders(SentenceView view, List<LinkedMention> organizations,
			List<LinkedMention> funders, List<LinkedMention> recipients) {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (LinkedMention o : organizations) {
				if (funders.contains(o) || recipients.contains(o)) {
					continue;
				}
				for (LinkedMention f : List.copyOf(funders)) {
					int from = Math.min(o.to(), f.to());
					int to = Math.max(o.from(), f.from());
					if (to - from <= 4 && view.all(from, to, LIST::contains)) {
						funders.add(o);
						changed = true;
						break;
					}
				}
			}
		}
	}

	private static boolean supported(SentenceView view) {
		for (int i = 0; i < view.size(); i++) {
			if (SUPPORT.contains(view.lower(i)) && (view.has(i + 1, i + 3, Set.of("by", "from", "under"))
					|| i > 0 && view.has(i - 1, i, Set.of("government", "federal", "financial")))) {
				return true;
			}
		}
		return false;
	}

	private static void funded(SentenceView view, List<LinkedMention> recipients, NodeRef fund, List<String> grants,
			Map<String, Object> money, LinkedMention... evidence) {
		Map<String, Object> properties = new HashMap<>(money);
		properties.put("grantNumbers", grants);
		for (LinkedMention recipient : recipients) {
			List<LinkedMention> all = new ArrayList<>(List.of(evidence));
			all.add(recipient);
			view.fact("FUNDED_BY", view.node(recipient), fund, properties, CONFIDENCE, "rule:funding",
					all.toArray(LinkedMention[]::new));
		}
		if (recipients.isEmpty() && view.subject() != null) {
			view.fact("FUNDED_BY", view.subject(), fund, properties, CONFIDENCE, "rule:funding", evidence);
		}
	}

	/**
	 * What an agency funds when no program is named.
	 */
	static NodeRef agencyFunding(NodeRef agency) {
		String name = agency.name() + " funding";
		return new NodeRef("Fund", "fund:" + agency.id(), name, Map.of("name", name, "generic", true));
	}

	/**
	 * Each grant number goes to the funder it is written with: the next one when
	 * "by"/"from" follows ("N00014-.. awarded by ONR"), else the nearest.
	 */
	private static Map<LinkedMention, List<String>> grants(SentenceView view, List<LinkedMention> funders) {
		Map<LinkedMention, List<String>> out = new LinkedHashMap<>();
		if (funders.isEmpty()) {
			return out;
		}
		List<Mention> mentions = view.mentions().stream().map(LinkedMention::mention).toList();
		for (GrantNumbers.Found grant : GrantNumbers.find(view.sentence(), mentions)) {
			LinkedMention best = null;
			int bestDistance = Integer.MAX_VALUE;
			for (LinkedMention f : funders) {
				int distance;
				if (f.from() >= grant.tokenEnd()) {
					int gap = f.from() - grant.tokenEnd();
					boolean by = view.has(grant.tokenEnd(), f.from(), Set.of("by", "from"));
					boolean separated = view.has(grant.tokenEnd(), f.from(), Set.of(";"));
					distance = by && !separated ? gap : gap + 50;
				}
				else {
					distance = grant.token() - f.to() + 5;
				}
				if (distance < bestDistance) {
					bestDistance = distance;
					best = f;
				}
			}
			out.computeIfAbsent(best, f -> new ArrayList<>()).add(grant.text());
		}
		return out;
	}

	private static Map<String, Object> money(SentenceView view) {
		for (LinkedMention m : view.ofType(EntityType.MONEY)) {
			var money = Values.money(m.mention().text());
			if (money.isPresent()) {
				return Map.of("amount", money.get().amount(), "currency", money.get().currency(), "amountText",
						m.mention().text());
			}
		}
		return Map.of();
	}

	private static String supports(SentenceView view) {
		for (int i = 0; i + 1 < view.size(); i++) {
			if (view.lower(i).equals("to") && SUPPORTS.contains(view.lemma(i + 1))
					|| view.lower(i).equals("supporting")) {
				int from = view.lower(i).equals("to") ? i + 2 : i + 1;
				return view.phraseAfter(from, 8);
			}
		}
		return null;
	}

	private static LinkedMention nearest(List<LinkedMention> programs, LinkedMention funder) {
		LinkedMention best = null;
		for (LinkedMention p : programs) {
			if (best == null || Math.abs(p.from() - funder.from()) < Math.abs(best.from() - funder.from())) {
				best = p;
			}
		}
		return best;
	}

}
