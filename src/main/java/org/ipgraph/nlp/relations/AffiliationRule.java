package org.ipgraph.nlp.relations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipgraph.nlp.NodeRef;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.Link;

/**
 * People at organizations: "Jane Doe, chief technology officer of Acme", "Acme CEO Jane
 * Doe", "Jane Doe is a professor at Stanford University", "Jane Doe of Acme".
 * AFFILIATED_WITH carries the role; a person first met in text is keyed to the
 * organization, as the graph model asks.
 */
final class AffiliationRule implements RelationRule {

	static final List<String> ROLES = List.of("chief executive officer", "chief technology officer",
			"chief financial officer", "chief operating officer", "chief scientist", "chief patent counsel",
			"chief intellectual property officer", "general counsel", "vice president", "senior vice president",
			"executive vice president", "managing director", "executive director", "program director",
			"program manager", "principal investigator", "research scientist", "senior scientist",
			"associate professor", "assistant professor", "full professor", "professor emeritus",
			"postdoctoral researcher", "patent attorney", "patent agent", "patent examiner", "co-founder", "cofounder",
			"founder", "president", "chairman", "chairwoman", "chair", "director", "professor", "researcher",
			"scientist", "engineer", "inventor", "partner", "attorney", "lawyer", "counsel", "head", "dean",
			"commissioner", "secretary", "administrator", "manager", "fellow", "lecturer", "analyst", "consultant",
			"advisor", "adviser", "ceo", "cto", "cfo", "coo", "cso", "employee", "member", "student", "judge");

	private static final Set<String> FILLER = Set.of(",", "the", "a", "an", "of", "at", "for", "with", "in", "and",
			"is", "was", "has", "been", "serves", "served", "as", "currently", "former", "formerly", "senior", "'s",
			"’s", "its", "their", "who", "now", "also", "lead", "leading", "joined", "works", "worked", "u.s.", "then",
			"new", "deputy", "acting", "associate", "assistant", "distinguished");

	@Override
	public void apply(SentenceView view) {
		for (LinkedMention person : view.linked("Person")) {
			for (LinkedMention organization : view.linked("Organization")) {
				String role = role(view, person, organization);
				if (role != null) {
					NodeRef p = rekey(view, person, organization);
					view.fact("AFFILIATED_WITH", p, view.node(organization), Map.of("role", role, "source", "text"),
							0.75, "rule:affiliation", person, organization);
				}
			}
		}
	}

	private static String role(SentenceView view, LinkedMention person, LinkedMention organization) {
		int from = person.to() <= organization.from() ? person.to() : organization.to();
		int to = person.to() <= organization.from() ? organization.from() : person.from();
		if (to - from > 10 || to < from) {
			return null;
		}
		String role = null;
		int i = from;
		while (i < to) {
			String found = roleAt(view, i, to);
			if (found != null) {
				role = role == null ? found : role;
				i += found.split(" ").length;
				continue;
			}
			if (!FILLER.contains(view.lower(i))) {
				return null;
			}
			i++;
		}
		if (role != null) {
			return role;
		}
		// "Jane Doe of Acme", "Jane Doe (Acme)", "Jane Doe joined Acme"
		if (person.to() <= organization.from() && to - from <= 2
				&& view.has(from, to, Set.of("of", "from", "joined", "at"))) {
			return view.has(from, to, Set.of("joined")) ? "employee" : "member";
		}
		return null;
	}

	private static String roleAt(SentenceView view, int i, int limit) {
		for (String role : ROLES) {
			String[] words = role.split(" ");
			if (i + words.length > limit) {
				continue;
			}
			boolean match = true;
			for (int k = 0; k < words.length && match; k++) {
				String token = view.lower(i + k);
				match = token.equals(words[k]) || token.equals(words[k] + "s");
			}
			if (match) {
				return role.length() <= 3 ? role.toUpperCase(java.util.Locale.ROOT) : role;
			}
		}
		return null;
	}

	/**
	 * A person new to the graph is keyed {@code person:<name>@<organization>}.
	 */
	private static NodeRef rekey(SentenceView view, LinkedMention person, LinkedMention organization) {
		NodeRef current = view.node(person);
		if (person.link().status() == Link.Status.NEW && current.id().endsWith("@-")) {
			String id = current.id().substring(0, current.id().length() - 1) + organization.node().id();
			NodeRef rekeyed = new NodeRef("Person", id, current.name(), current.properties());
			view.rename(person.node(), rekeyed);
			return rekeyed;
		}
		return current;
	}

}
