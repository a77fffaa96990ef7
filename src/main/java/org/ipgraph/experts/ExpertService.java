package org.ipgraph.experts;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.security.AuditLog;
import org.ipgraph.security.Callers;
import org.ipgraph.security.Role;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.stereotype.Service;

/**
 * Expert suggestions for a topic, a patent or a demand text: ranks people on the
 * precomputed {@link ExpertIndex}, leaves out people tied to conflicting parties, and
 * shows people without consent as anonymous profiles to callers who may not see them.
 */
@Service
public class ExpertService {

	private static final Log logger = LogFactory.getLog(ExpertService.class);

	private final ExpertIndexHolder indexes;

	private final ExpertQueries queries;

	private final AuditLog audit;

	private final ExpertsProperties properties;

	private volatile Handles handles;

	ExpertService(ExpertIndexHolder indexes, ExpertQueries queries, AuditLog audit, ExpertsProperties properties) {
		this.indexes = indexes;
		this.queries = queries;
		this.audit = audit;
		this.properties = properties;
	}

	public ExpertResults forTopic(String topic, List<String> exclude, PageRequest page) {
		return forTopic(topic, exclude, page, false);
	}

	/**
	 * @param includeExpired whether patents that have ended (expired, lapsed, withdrawn)
	 * count as evidence (flagged); by default only those in force, pending or of unknown
	 * status do
	 */
	public ExpertResults forTopic(String topic, List<String> exclude, PageRequest page, boolean includeExpired) {
		requireText(topic, "topic");
		return answer("topic:" + topic.strip(), ExpertTerms.of(topic), Map.of(), Set.of(), exclude, page,
				includeExpired);
	}

	public ExpertResults forDemand(String text, List<String> exclude, PageRequest page) {
		return forDemand(text, exclude, page, false);
	}

	public ExpertResults forDemand(String text, List<String> exclude, PageRequest page, boolean includeExpired) {
		requireText(text, "demand text");
		return answer("demand", ExpertTerms.of(text), Map.of(), Set.of(), exclude, page, includeExpired);
	}

	public ExpertResults forPatent(String number, List<String> exclude, PageRequest page) {
		return forPatent(number, exclude, page, false);
	}

	/**
	 * People for a patent, from its title, abstract and CPC classes; the patent itself is
	 * no evidence.
	 */
	public ExpertResults forPatent(String number, List<String> exclude, PageRequest page, boolean includeExpired) {
		String key = PatentNumber.parse(number, "US")
			.map(PatentNumber::key)
			.orElseThrow(() -> new IllegalArgumentException("'" + number + "' is not a patent number"));
		ExpertQueries.PatentQuery patent = this.queries.patent(key)
			.orElseThrow(() -> new NotFoundException("Patent", key));
		Map<String, Double> cpc = new LinkedHashMap<>();
		patent.cpc().stream().map(GraphReader::subclass).filter(c -> c != null).sorted().forEach(c -> cpc.put(c, 1.0));
		return answer("patent:" + key, ExpertTerms.of(patent.text()), cpc, Set.of(key), exclude, page, includeExpired);
	}

	/**
	 * Rebuilds the expert profiles now and waits (after a bulk load, or in tests),
	 * instead of leaving it to the next check in the background.
	 */
	public void rebuildProfiles() {
		this.indexes.refresh();
	}

	/**
	 * Sets consent for the person and every Person node resolved to be them. Admins may
	 * set anyone's; any other user only their own (the Person their account is linked
	 * to). Analysts read everything but change nothing.
	 * @param personId a Person id
	 * @param self the Person the caller's account is linked to, if any
	 */
	public ConsentChange setConsent(String personId, boolean consent, String self) {
		ExpertIndex index = this.indexes.current();
		Identity identity = index.identityOf(personId);
		Set<String> members = new TreeSet<>(identity == null ? List.of(personId) : identity.members());
		members.add(personId);
		boolean own = self != null && (members.contains(self));
		if (!own && !Callers.hasAnyRole(Role.ADMIN)) {
			throw new ConsentForbiddenException(personId);
		}
		List<String> changed = this.queries.setConsent(members, consent, Callers.name());
		if (changed.isEmpty()) {
			throw new NotFoundException("Person", personId);
		}
		this.audit.record("experts.consent", personId, Map.of("consent", consent, "persons", changed));
		return new ConsentChange(personId, consent, changed);
	}

	private ExpertResults answer(String label, List<String> terms, Map<String, Double> cpc, Set<String> excludedItems,
			List<String> exclude, PageRequest page, boolean includeExpired) {
		String asked = includeExpired ? label + " (including expired patents)" : label;
		ExpertIndex index = this.indexes.current();
		Handles handles = handles();
		ExpertRanker.Query query = new ExpertRanker.Query(terms, cpc, excludedItems, Year.now().getValue(),
				includeExpired);
		long started = System.nanoTime();
		ExpertRanker.Result result = index.ranker.run(query);
		long rankedAt = System.nanoTime();
		List<ExpertRanker.Ranked> ranked = new ArrayList<>(result.people());
		// a handle is a keyed hash: computed once per person, and only for equal scores
		Map<Integer, String> tieKeys = new HashMap<>();
		ranked.sort(ExpertRanker.order(p -> tieKeys.computeIfAbsent(p, x -> handles.of(index.key(x)))));
		long sortedAt = System.nanoTime();
		Conflict conflict = conflict(exclude);
		List<ExpertRanker.Ranked> kept = new ArrayList<>();
		List<ExpertRanker.Ranked> excluded = new ArrayList<>();
		Map<Integer, List<String>> ties = new LinkedHashMap<>();
		for (ExpertRanker.Ranked r : ranked) {
			List<String> tied = conflict.tiesOf(index, r.person());
			if (tied.isEmpty()) {
				kept.add(r);
			}
			else {
				excluded.add(r);
				ties.put(r.person(), tied);
			}
		}
		int from = (int) Math.min(kept.size(), page.skip());
		List<ExpertRanker.Ranked> window = kept.subList(from, Math.min(kept.size(), from + page.size() + 1));
		Set<String> members = new HashSet<>();
		window.forEach(r -> members.addAll(index.members(r.person())));
		excluded.forEach(r -> members.addAll(index.members(r.person())));
		Suggestions suggestions = new Suggestions(index, handles, this.queries.consent(members),
				Callers.seesHiddenPersons());
		List<ExpertSuggestion> items = new ArrayList<>(window.size());
		for (int i = 0; i < window.size(); i++) {
			items.add(suggestions.of(from + i + 1, window.get(i)));
		}
		Page<ExpertSuggestion> results = Page.of(items, page);
		if (logger.isDebugEnabled()) {
			ExpertRanker.Trace t = result.trace();
			logger.debug(String.format(Locale.ROOT,
					"Experts %s: %,d items matched, %,d candidates, %,d scored in full; match %d ms, people %d ms, "
							+ "select %d ms, full scoring %d ms, order %d ms (%d handles), page %d ms; total %d ms",
					label.length() > 60 ? label.substring(0, 60) + "..." : label, t.items(), t.candidates(), t.scored(),
					t.match() / 1_000_000, t.people() / 1_000_000, t.select() / 1_000_000, t.full() / 1_000_000,
					(sortedAt - rankedAt) / 1_000_000, tieKeys.size(), (System.nanoTime() - sortedAt) / 1_000_000,
					(System.nanoTime() - started) / 1_000_000));
		}
		if (results.items().stream().anyMatch(s -> !s.anonymous() && !suggestions.consented(s.personId()))) {
			// queued: written within the next batch's write, not on this request's time
			this.audit.recordSoon("experts.hidden", label,
					Map.of("page", page.page(), "size", page.size(), "exclude", exclude == null ? List.of() : exclude));
		}
		return new ExpertResults(asked, rounded(result.areas()), results, conflict.report(excluded, ties, suggestions));
	}

	private Conflict conflict(List<String> parties) {
		if (parties == null || parties.stream().allMatch(p -> p == null || p.isBlank())) {
			return Conflict.NONE;
		}
		List<String> named = parties.stream()
			.filter(p -> p != null && !p.isBlank())
			.map(String::strip)
			.distinct()
			.toList();
		List<String> unknown = new ArrayList<>();
		Set<String> found = new TreeSet<>();
		for (String party : named) {
			List<String> ids = this.queries.party(party);
			if (ids.isEmpty()) {
				unknown.add(party);
			}
			found.addAll(ids);
		}
		Set<String> organizations = new TreeSet<>(found);
		if (!found.isEmpty()) {
			organizations.addAll(this.queries.groups(found));
		}
		return new Conflict(named, List.copyOf(unknown), organizations);
	}

	// strongest first, scaled to the strongest, at most ten
	private static Map<String, Double> rounded(Map<String, Double> areas) {
		double top = areas.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
		Map<String, Double> result = new LinkedHashMap<>();
		areas.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(10)
			.forEach(e -> result.put(e.getKey(), Suggestions.round(e.getValue() / top)));
		return result;
	}

	private Handles handles() {
		Handles current = this.handles;
		if (current == null) {
			String secret = this.properties.handleSecret();
			current = new Handles(secret != null && !secret.isBlank()
					? secret.getBytes(java.nio.charset.StandardCharsets.UTF_8) : this.queries.handleSecret());
			this.handles = current;
		}
		return current;
	}

	private static void requireText(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("the " + what + " must not be blank");
		}
	}

	/**
	 * A consent change.
	 *
	 * @param personId the Person asked for
	 * @param consent the new value
	 * @param persons every Person node changed (the person's resolved name variants)
	 */
	public record ConsentChange(String personId, boolean consent, List<String> persons) {
	}

}
