package org.ipgraph.policies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ipgraph.web.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Matches organizations and demands to the policies and funds whose eligibility facts the
 * text ingest stored, ranked, each with its reasons.
 */
@Service
public class PolicyService {

	private static final Map<String, Integer> ORDER = Map.of("eligible", 0, "possibly", 1, "not-eligible", 2);

	private final PolicyGraph graph;

	private final PoliciesProperties properties;

	PolicyService(Neo4jClient neo4j, PoliciesProperties properties) {
		this.graph = new PolicyGraph(neo4j, properties.largeOwnerPatents());
		this.properties = properties;
	}

	/**
	 * The same matching over another database, e.g. an evaluation's scratch graph.
	 */
	public static PolicyService over(Neo4jClient neo4j, PoliciesProperties properties) {
		return new PolicyService(neo4j, properties);
	}

	/**
	 * Policies and funds for an organization named by key or name.
	 * @param limit at most this many matches (null for the default)
	 */
	public MatchReport match(String organization, Integer limit) {
		if (organization == null || organization.isBlank()) {
			throw new IllegalArgumentException("name an organization");
		}
		String id = this.graph.resolve(organization)
			.orElseThrow(() -> new NotFoundException("Organization", organization));
		Applicant applicant = this.graph.organization(id).orElseThrow(() -> new NotFoundException("Organization", id));
		return report(applicant, limit);
	}

	/**
	 * Policies and funds for a demand.
	 */
	public MatchReport match(DemandRequest demand) {
		Set<String> cpc = new LinkedHashSet<>();
		if (demand.cpc() != null) {
			demand.cpc().forEach(c -> cpc.add(c.strip().toUpperCase(Locale.ROOT).replace(" ", "")));
		}
		if (demand.text() != null) {
			Fields.in(demand.text()).forEach(f -> cpc.addAll(f.cpc()));
		}
		String country = demand.country() == null ? null : demand.country().toUpperCase(Locale.ROOT);
		String subdivision = demand.subdivision() == null ? null : demand.subdivision().toUpperCase(Locale.ROOT);
		if (country == null && subdivision != null) {
			country = subdivision.substring(0, 2);
		}
		Applicant applicant = new Applicant(null, "demand", demand.kind(),
				demand.kind() == null ? "not given" : "given with the demand", country, subdivision,
				country == null ? "not given" : "given with the demand", demand.size(),
				demand.size() == null ? "not given" : "given with the demand", 0, List.copyOf(cpc),
				cpc.isEmpty() ? "no field in the demand" : "the demand's fields");
		return report(applicant, demand.limit());
	}

	/**
	 * A policy or fund with its facts and their evidence.
	 */
	public PolicyDetails policy(String id) {
		List<PolicyFacts> found = this.graph.policies(List.of(id));
		if (found.isEmpty()) {
			throw new NotFoundException("Policy or Fund with eligibility facts", id);
		}
		return new PolicyDetails(found.get(0), this.graph.evidence(id));
	}

	/**
	 * Every policy and fund judged for an applicant, unranked: for evaluations.
	 */
	public List<PolicyMatch> judge(Applicant applicant, List<String> policyIds) {
		return this.graph.policies(policyIds).stream().map(p -> PolicyMatcher.match(applicant, p)).toList();
	}

	/**
	 * What the graph says of an organization named by key or name, for matching.
	 */
	public java.util.Optional<Applicant> applicantNamed(String organization) {
		return this.graph.resolve(organization).flatMap(this.graph::organization);
	}

	private MatchReport report(Applicant applicant, Integer limit) {
		List<PolicyFacts> policies = this.graph.policies(null);
		List<PolicyMatch> matches = new ArrayList<>();
		for (PolicyFacts policy : policies) {
			matches.add(PolicyMatcher.match(applicant, policy));
		}
		matches.sort(Comparator.comparingInt((PolicyMatch m) -> ORDER.get(m.eligible()))
			.thenComparing(Comparator.comparingDouble(PolicyMatch::score).reversed())
			.thenComparing(m -> m.policy().id()));
		int n = limit == null ? this.properties.limit() : Math.max(1, limit);
		List<String> notes = new ArrayList<>();
		notes.add("Eligibility facts are read from the policy texts by rules (rule:eligibility); an unknown "
				+ "criterion is never counted as met: such policies are 'possibly' eligible.");
		if (applicant.size() == null) {
			notes.add("Size is unknown: " + applicant.sizeBasis() + ".");
		}
		if (policies.isEmpty()) {
			notes.add("No policy or fund with eligibility facts in the graph: ingest policy texts with "
					+ "'ipgraph ingest --format text'.");
		}
		return new MatchReport(applicant, List.copyOf(matches.subList(0, Math.min(n, matches.size()))), policies.size(),
				notes);
	}

}
