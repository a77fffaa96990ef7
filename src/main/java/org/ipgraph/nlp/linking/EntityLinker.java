package org.ipgraph.nlp.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.PersonName;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.Link;
import org.ipgraph.nlp.KnownEntity;

/**
 * Links mentions to nodes: exact keys first (graph ids, then graph aliases, then
 * reference names), then acronyms (defined in the document, curated, then initials), then
 * fuzzy matching above a threshold. Several equally good candidates make an ambiguous
 * link, kept with its candidates rather than guessed; nothing good enough makes a new
 * node. Pure: no graph access, the {@link LinkIndex} holds what is known.
 */
public final class EntityLinker {

	private static final Pattern PATENT_PREFIX = Pattern.compile(
			"(?i)^(?:(?:U\\.?\\s?S\\.?|United States)\\s+)?(?:Pat(?:ent)?s?\\.?\\s*(?:Nos?\\.?|Numbers?)?|Patent)\\s*");

	private static final Pattern HONORIFICS = Pattern
		.compile("^(?i:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Judge|Hon|Rep|Sen|Gen|Adm|Col|Capt)\\.?\\s+)+");

	private static final Pattern NAME_SUFFIX = Pattern.compile(",?\\s+(?:Jr|Sr|II|III|IV|Ph\\.?\\s?D|M\\.?D|Esq)\\.?$");

	private static final Set<String> GENERIC = Set.of("government", "the government", "united states", "us government",
			"federal government", "agency", "the agency", "contractor", "grantee", "government support", "secretary",
			"the secretary", "the contractor", "the grantee");

	private final LinkIndex index;

	private final Settings settings;

	public EntityLinker(LinkIndex index, Settings settings) {
		this.index = index;
		this.settings = settings;
	}

	public LinkIndex index() {
		return this.index;
	}

	/**
	 * Thresholds of the linker.
	 *
	 * @param fuzzy similarity at which a fuzzy match links
	 * @param ambiguous similarity at which a fuzzy match is a candidate
	 * @param newNode mention confidence needed to create a node
	 */
	public record Settings(double fuzzy, double ambiguous, double newNode) {

		public static final Settings DEFAULT = new Settings(0.90, 0.80, 0.5);

	}

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/**
	 * Links one mention.
	 * @param mention the mention
	 * @param context what the document has said so far
	 */
	public Link link(Mention mention, DocumentContext context) {
		// a name wrapped over lines in its source is one name: "Geneva\nDeclaration"
		String text = WHITESPACE.matcher(mention.text()).replaceAll(" ");
		String cacheKey = mention.type() + "|" + text;
		Link cached = context.links.get(cacheKey);
		if (cached != null) {
			return cached;
		}
		Link link = switch (mention.type()) {
			case ORGANIZATION -> organization(text, mention.confidence(), context, true);
			case FUND -> fund(text, mention.confidence(), context, true);
			case POLICY -> policy(text, mention.confidence());
			case PERSON -> person(text, mention.confidence(), context);
			case PATENT_NUMBER -> patent(text);
			default -> Link.unlinked();
		};
		context.links.put(cacheKey, link);
		if (link.status() == Link.Status.NEW) {
			this.index.add(link.entity());
		}
		return link;
	}

	/**
	 * Links an organization name on its own, as the agency-linking evaluation does.
	 */
	public Link organization(String text) {
		return organization(text, 1.0, new DocumentContext(Map.of()), true);
	}

	private Link organization(String text, double confidence, DocumentContext context, boolean crossType) {
		String name = text.strip();
		boolean acronym = NameTokens.isAcronym(name);
		if (acronym || looksLikeWrittenAcronym(name)) {
			String form = acronym ? name : name.toUpperCase(java.util.Locale.ROOT);
			Optional<Link> byAcronym = acronym("Organization", form, context);
			if (byAcronym.isPresent()) {
				return byAcronym.get();
			}
			if (crossType) {
				Optional<Link> asFund = acronym("Fund", form, context).filter(Link::resolved);
				if (asFund.isPresent()) {
					return asFund.get();
				}
			}
			if (acronym) {
				return confidence >= this.settings.newNode() ? newOrganization(name, name.toLowerCase())
						: Link.unlinked();
			}
		}
		List<String> keys = LinkKeys.organization(name);
		if (keys.isEmpty() || GENERIC.contains(keys.get(0)) || Gazetteer.GENERIC.contains(keys.get(0))
				|| keys.get(0).length() < 2) {
			return Link.unlinked();
		}
		Optional<Link> exact = exact("Organization", keys);
		if (exact.isPresent()) {
			return exact.get();
		}
		if (crossType) {
			Optional<Link> asFund = exact("Fund", List.of(LinkKeys.fund(name)));
			if (asFund.isPresent()) {
				return asFund.get();
			}
		}
		Fuzzy fuzzy = fuzzyMatch("Organization", keys);
		if (fuzzy.strong().isPresent()) {
			return fuzzy.strong().get();
		}
		Optional<Link> part = part(name, context);
		if (part.isPresent()) {
			return part.get();
		}
		String unglued = LinkKeys.unglued(name);
		if (unglued != null) {
			Fuzzy split = fuzzyMatch("Organization", List.of(unglued));
			Optional<Link> found = exact("Organization", List.of(unglued)).or(split::strong)
				.or(split::prefix)
				.filter(Link::resolved);
			if (found.isPresent()) {
				return found.get();
			}
		}
		if (fuzzy.prefix().isPresent()) {
			return fuzzy.prefix().get();
		}
		if (fuzzy.ambiguous().isPresent()) {
			return fuzzy.ambiguous().get();
		}
		if (confidence < this.settings.newNode() || Gazetteer.isTooCommon(keys.get(keys.size() - 1))) {
			return Link.unlinked();
		}
		// the graph's own key, so a name first met in text and later on a patent is one
		// node
		return newOrganization(OrganizationNames.display(name), OrganizationNames.key(keys.get(keys.size() - 1)));
	}

	/**
	 * A single word of at most seven letters written like a word but meant as an acronym
	 * ("Darpa", "Nhlbi").
	 */
	private static boolean looksLikeWrittenAcronym(String name) {
		return name.length() >= 3 && name.length() <= 7 && name.chars().allMatch(Character::isLetter)
				&& Character.isUpperCase(name.charAt(0)) && name.substring(1).chars().allMatch(Character::isLowerCase);
	}

	/**
	 * A name that holds a known one: an acronym heading noise ("NSF CHE", "Nih Es"), or
	 * an agency after "of", "at", "for" ("Intramural Research Program of the NIH").
	 */
	private Optional<Link> part(String name, DocumentContext context) {
		String[] words = name.split("\\s+");
		if (words.length >= 2) {
			String head = words[0];
			String upper = head.toUpperCase(java.util.Locale.ROOT);
			boolean restIsNoise = true;
			for (int i = 1; i < words.length; i++) {
				String w = words[i];
				restIsNoise &= w.length() <= 6 || w.chars().anyMatch(Character::isDigit)
						|| Set.of("grant", "grants", "contract", "award", "program").contains(w.toLowerCase());
			}
			if (restIsNoise && head.length() >= 2 && head.length() <= 7 && head.chars().allMatch(Character::isLetter)) {
				Optional<Link> byHead = acronym("Organization", upper, context).filter(Link::resolved);
				if (byHead.isPresent()) {
					return Optional.of(Link.linked(byHead.get().entity(), 0.75, "head-acronym"));
				}
			}
		}
		for (int i = words.length - 1; i >= 1; i--) {
			String previous = words[i - 1].toLowerCase(java.util.Locale.ROOT);
			if (!Set.of("of", "at", "for", "from", "the").contains(previous)) {
				continue;
			}
			String tail = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
			Optional<Link> byTail = NameTokens.isAcronym(tail) || looksLikeWrittenAcronym(tail)
					? acronym("Organization", tail.toUpperCase(java.util.Locale.ROOT), context)
					: exact("Organization", LinkKeys.organization(tail)).filter(l -> tail.contains(" "));
			if (byTail.isPresent() && byTail.get().resolved()) {
				return Optional.of(Link.linked(byTail.get().entity(), 0.75, "tail"));
			}
		}
		return Optional.empty();
	}

	private Link newOrganization(String name, String id) {
		String kind = OrganizationNames.kind(name).value();
		return new Link(Link.Status.NEW,
				new KnownEntity("Organization", id, name, kind, List.of(), List.of(name), "text"), 0.7, "new",
				List.of());
	}

	private Link fund(String text, double confidence, DocumentContext context, boolean crossType) {
		String name = text.strip();
		if (NameTokens.isAcronym(name)) {
			Optional<Link> byAcronym = acronym("Fund", name, context);
			if (byAcronym.isPresent()) {
				return byAcronym.get();
			}
		}
		String key = LinkKeys.fund(name);
		if (key.isEmpty()) {
			return Link.unlinked();
		}
		Optional<Link> exact = exact("Fund", List.of(key));
		if (exact.isPresent()) {
			return exact.get();
		}
		if (crossType) {
			Optional<Link> asOrganization = exact("Organization", LinkKeys.organization(name));
			if (asOrganization.isPresent()) {
				return asOrganization.get();
			}
		}
		Optional<Link> fuzzy = fuzzy("Fund", List.of(key));
		if (fuzzy.isPresent()) {
			return fuzzy.get();
		}
		if (confidence < this.settings.newNode() || Gazetteer.isTooCommon(key)) {
			return Link.unlinked();
		}
		return new Link(Link.Status.NEW,
				new KnownEntity("Fund", "fund:" + key, name, null, List.of(), List.of(name), "text"), 0.7, "new",
				List.of());
	}

	private Link policy(String text, double confidence) {
		String name = text.strip();
		String key = LinkKeys.policy(name);
		if (key.isEmpty()) {
			return Link.unlinked();
		}
		Optional<Link> exact = exact("Policy", List.of(key));
		if (exact.isPresent()) {
			return exact.get();
		}
		Optional<Link> fuzzy = fuzzy("Policy", List.of(key));
		if (fuzzy.isPresent()) {
			return fuzzy.get();
		}
		if (confidence < this.settings.newNode() || Gazetteer.isTooCommon(key) || !key.contains(" ")) {
			return Link.unlinked();
		}
		return new Link(Link.Status.NEW,
				new KnownEntity("Policy", "policy:" + key, name, null, List.of(), List.of(name), "text"), 0.7, "new",
				List.of());
	}

	private Link person(String text, double confidence, DocumentContext context) {
		String clean = NAME_SUFFIX.matcher(HONORIFICS.matcher(text.strip()).replaceFirst("")).replaceFirst("");
		PersonName name = PersonName.parse(clean);
		String key = name.key();
		if (!key.contains(" ")) {
			// a surname alone: the person this document named in full before, if any
			KnownEntity earlier = context.surnames.get(key);
			return earlier != null ? Link.linked(earlier, 0.8, "document") : Link.unlinked();
		}
		List<KnownEntity> people = this.index.people(key);
		Link link;
		if (people.size() == 1) {
			link = Link.linked(people.get(0), 0.9, "exact");
		}
		else if (people.size() > 1) {
			link = new Link(Link.Status.AMBIGUOUS, null, 1.0 / people.size(), "exact",
					people.stream().map(p -> new Link.Candidate(p, 1.0 / people.size())).toList());
		}
		else if (confidence >= this.settings.newNode()) {
			link = new Link(Link.Status.NEW, new KnownEntity("Person", "person:" + key + "@-", name.display(), null,
					List.of(), List.of(), "text"), 0.7, "new", List.of());
		}
		else {
			return Link.unlinked();
		}
		if (link.entity() != null) {
			context.surnames.put(PersonName.parse(key).last(), link.entity());
		}
		return link;
	}

	private static Link patent(String text) {
		String number = PATENT_PREFIX.matcher(text.strip()).replaceFirst("");
		return PatentNumber.parse(number, "US")
			.map(p -> Link.linked(new KnownEntity("Patent", p.key(), p.key(), null, List.of(), List.of(), "key"), 0.99,
					"patent-number"))
			.orElse(Link.unlinked());
	}

	private Optional<Link> acronym(String label, String acronym, DocumentContext context) {
		String longForm = context.definitions.get(acronym);
		if (longForm != null && !longForm.equals(acronym)) {
			Link resolved = label.equals("Fund") ? fund(longForm, 1.0, context, false)
					: organization(longForm, 1.0, context, false);
			if (resolved.resolved()) {
				return Optional.of(new Link(resolved.status(), withAcronym(resolved.entity(), acronym),
						Math.min(0.95, resolved.confidence()), "document-acronym", List.of()));
			}
		}
		List<KnownEntity> curated = this.index.byAcronym(label, acronym);
		if (curated.size() == 1) {
			return Optional.of(Link.linked(curated.get(0), 0.93, "acronym"));
		}
		if (curated.size() > 1) {
			return Optional.of(ambiguous(curated, 0.9, "acronym"));
		}
		List<KnownEntity> initials = this.index.byInitials(label, acronym.toUpperCase());
		if (initials.size() == 1) {
			return Optional.of(Link.linked(withAcronym(initials.get(0), acronym), 0.85, "initials"));
		}
		if (initials.size() > 1) {
			return Optional.of(ambiguous(initials, 0.6, "initials"));
		}
		return Optional.empty();
	}

	private static KnownEntity withAcronym(KnownEntity entity, String acronym) {
		if (entity.acronyms().contains(acronym)) {
			return entity;
		}
		List<String> acronyms = new ArrayList<>(entity.acronyms());
		acronyms.add(acronym);
		return new KnownEntity(entity.label(), entity.id(), entity.name(), entity.kind(), acronyms, entity.aliases(),
				entity.origin());
	}

	private Optional<Link> exact(String label, List<String> keys) {
		for (int i = 0; i < keys.size(); i++) {
			List<KnownEntity> hits = this.index.byKey(label, keys.get(i));
			if (hits.size() == 1) {
				return Optional.of(Link.linked(hits.get(0), i == 0 ? 0.98 : 0.95, i == 0 ? "exact" : "variant"));
			}
			if (hits.size() > 1) {
				return Optional.of(ambiguous(hits, 1.0, "exact"));
			}
		}
		return Optional.empty();
	}

	/**
	 * Fuzzy matching: a clear winner above the threshold links; a known name that begins
	 * this one (a unit of it) is a weaker link; close candidates make an ambiguous link.
	 */
	private record Fuzzy(Optional<Link> strong, Optional<Link> prefix, Optional<Link> ambiguous) {

		Optional<Link> any() {
			return this.strong.or(() -> this.prefix).or(() -> this.ambiguous);
		}

	}

	private Optional<Link> fuzzy(String label, List<String> keys) {
		return fuzzyMatch(label, keys).any();
	}

	private Fuzzy fuzzyMatch(String label, List<String> keys) {
		Map<String, Link.Candidate> best = new LinkedHashMap<>();
		Link.Candidate prefix = null;
		for (String key : keys) {
			for (KnownEntity candidate : this.index.sharingWords(label, key)) {
				for (String candidateKey : this.index.keysOf(candidate)) {
					double score = FuzzyNames.similarity(key, candidateKey);
					String ref = LinkIndex.ref(candidate.label(), candidate.id());
					if (score >= this.settings.ambiguous()
							&& (!best.containsKey(ref) || best.get(ref).score() < score)) {
						best.put(ref, new Link.Candidate(candidate, score));
					}
					double coverage = FuzzyNames.prefixCoverage(key, candidateKey);
					boolean distinctive = candidateKey.split(" ").length >= 3;
					if ((coverage >= 0.6 || distinctive && coverage > 0)
							&& (prefix == null || prefix.score() < coverage)) {
						prefix = new Link.Candidate(candidate, coverage);
					}
				}
			}
		}
		List<Link.Candidate> ranked = new ArrayList<>(best.values());
		ranked.sort(Comparator.comparingDouble(Link.Candidate::score).reversed());
		Optional<Link> strong = Optional.empty();
		Optional<Link> ambiguous = Optional.empty();
		if (!ranked.isEmpty()) {
			Link.Candidate top = ranked.get(0);
			boolean clear = ranked.size() == 1 || ranked.get(1).score() < top.score() - 0.02;
			boolean alone = ranked.size() == 1 || ranked.get(1).score() < top.score() - 0.05;
			if (top.score() >= this.settings.fuzzy() && clear || top.score() >= this.settings.fuzzy() - 0.05 && alone) {
				strong = Optional.of(Link.linked(top.entity(), top.score() * 0.95, "fuzzy"));
			}
			else {
				ambiguous = Optional.of(new Link(Link.Status.AMBIGUOUS, null, top.score() * 0.8, "fuzzy",
						List.copyOf(ranked.subList(0, Math.min(5, ranked.size())))));
			}
		}
		Optional<Link> weak = prefix == null ? Optional.empty()
				: Optional.of(Link.linked(prefix.entity(), 0.7 + 0.2 * prefix.score(), "prefix"));
		return new Fuzzy(strong, weak, ambiguous);
	}

	private static Link ambiguous(List<KnownEntity> entities, double score, String method) {
		List<Link.Candidate> candidates = entities.stream()
			.sorted(Comparator.comparing(KnownEntity::id))
			.limit(5)
			.map(e -> new Link.Candidate(e, score))
			.toList();
		return new Link(Link.Status.AMBIGUOUS, null, score / entities.size(), method, candidates);
	}

	/**
	 * What a document has said so far: its acronym definitions, the links made, the
	 * people named in full.
	 */
	public static final class DocumentContext {

		private final Map<String, String> definitions;

		private final Map<String, Link> links = new java.util.HashMap<>();

		private final Map<String, KnownEntity> surnames = new java.util.HashMap<>();

		public DocumentContext(Map<String, String> definitions) {
			this.definitions = definitions;
		}

	}

}
