package org.ipgraph.experts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns ranked people into what one caller may read. A person is shown by name only if
 * every Person node they were resolved from has consent, or the caller sees hidden
 * persons (analysts, admins); contact only with consent, whoever asks. Anonymous people
 * keep their handle, profile, affiliation, counts, areas and the year and classes of
 * their evidence, but no patent numbers or document ids, which would name them.
 */
final class Suggestions {

	private final ExpertIndex index;

	private final Handles handles;

	private final Map<String, ExpertQueries.Consent> consent;

	private final boolean seesHidden;

	private final Map<String, Double> weights;

	Suggestions(ExpertIndex index, Handles handles, Map<String, ExpertQueries.Consent> consent, boolean seesHidden) {
		this.index = index;
		this.handles = handles;
		this.consent = consent;
		this.seesHidden = seesHidden;
		RankerSettings s = index.ranker.settings();
		this.weights = new LinkedHashMap<>();
		this.weights.put("text", s.textWeight());
		this.weights.put("organization", s.organizationWeight());
		this.weights.put("profile", s.profileWeight());
		this.weights.put("cpc", s.cpcWeight());
		this.weights.put("expertise", s.expertiseWeight());
	}

	/**
	 * Whether every Person node of the identity with this key has consented.
	 */
	boolean consented(String identityKey) {
		int person = this.index.corpus.person(this.index.resolution.identityOf(identityKey));
		List<String> members = person < 0 ? List.of(identityKey) : this.index.members(person);
		return members.stream().allMatch(id -> this.consent.containsKey(id) && this.consent.get(id).consent());
	}

	boolean visible(int person) {
		return this.seesHidden || consented(this.index.key(person));
	}

	String handle(int person) {
		return this.handles.of(this.index.key(person));
	}

	String name(int person) {
		return visible(person) ? this.index.identity(person).name() : null;
	}

	ExpertSuggestion of(int rank, ExpertRanker.Ranked ranked) {
		Identity identity = this.index.identity(ranked.person());
		boolean visible = visible(ranked.person());
		boolean consented = consented(identity.key());
		String contact = consented ? identity.members()
			.stream()
			.map(id -> this.consent.get(id).contact())
			.filter(c -> c != null && !c.isBlank())
			.sorted()
			.findFirst()
			.orElse(null) : null;
		ExpertRanker.Components c = ranked.components();
		ExpertSuggestion.ScoreComponents components = new ExpertSuggestion.ScoreComponents(round(c.text()),
				round(c.organization()), round(c.profile()), round(c.cpc()), round(c.expertise()), this.weights);
		List<ExpertSuggestion.EvidenceItem> evidence = ranked.evidence()
			.stream()
			.sorted(Comparator.comparingDouble(ExpertRanker.Evidence::match)
				.reversed()
				.thenComparingInt(ExpertRanker.Evidence::item))
			.map(e -> {
				ExpertCorpus corpus = this.index.corpus;
				int item = e.item();
				return new ExpertSuggestion.EvidenceItem(visible ? corpus.key(item) : null,
						corpus.kind(item).name().toLowerCase(), corpus.year(item), List.copyOf(corpus.cpc(item)),
						round(e.match()), this.index.ended[item]);
			})
			.toList();
		List<String> variants = visible
				? identity.names().stream().filter(n -> !n.equals(identity.name())).distinct().sorted().toList()
				: List.of();
		return new ExpertSuggestion(rank, this.handles.of(identity.key()), !visible, visible ? identity.key() : null,
				visible ? identity.name() : null, variants, contact, identity.anonymousProfile(), round(ranked.score()),
				components, affiliation(identity, visible), identity.patents(), identity.documents(),
				identity.firstYear(), identity.lastYear(), identity.areas(), evidence);
	}

	// a stated affiliation's source may be a biography that names the person
	private static Affiliation affiliation(Identity identity, boolean visible) {
		Affiliation a = identity.latestAffiliation();
		return a == null || visible ? a : new Affiliation(a.organization(), a.name(), a.role(), null, a.from(), a.to());
	}

	static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
