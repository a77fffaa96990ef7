package org.ipgraph.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.security.AuditLog;
import org.ipgraph.web.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Patent-level assertion risk: reads the patent's owners, suits, trials, transfers and
 * citations, scores its owners as NPEs and combines them with {@link PatentRiskScorer}.
 */
@Service
public class PatentRiskService {

	private static final String PATENT = """
			MATCH (p:Patent {number: $number})
			RETURN p.number AS number, p.title AS title, coalesce(p.filingDate, p.priorityDate) AS filed,
			       [(o:Organization)-[r:OWNS]->(p) WHERE r.to IS NULL | {id: o.id, name: o.name, since: r.from,
			          acquired: r.acquiredOn IS NOT NULL OR (r.from IS NOT NULL AND p.filingDate IS NOT NULL
			                    AND r.from > p.filingDate + duration('P1Y'))}] AS owners,
			       [(o:Organization)-[r:OWNS]->(p) WHERE r.to IS NOT NULL | {id: o.id, name: o.name, to: r.to}] AS former,
			       [(p)-[:ASSERTED_IN]->(c:LitigationCase) | {id: c.id, title: c.title, caseType: coalesce(c.caseType, 'civil'),
			          filedOn: c.filedOn, plaintiff: head([(x:Organization)-[:PLAINTIFF_IN]->(c) | x.id]),
			          petitioner: head([(x:Organization)-[:PETITIONER_IN]->(c) | x.id])}] AS cases,
			       COUNT { (:Patent)-[:CITES]->(p) } AS citations
			""";

	private final Neo4jClient neo4j;

	private final OwnerProfiles profiles;

	private final NpeModels models;

	private final AuditLog audit;

	PatentRiskService(Neo4jClient neo4j, NpeModels models, AuditLog audit) {
		this.neo4j = neo4j;
		this.profiles = new OwnerProfiles(neo4j);
		this.models = models;
		this.audit = audit;
	}

	public PatentRiskReport patent(String number, LocalDate asOf) {
		String key = PatentNumber.parse(number, "US")
			.orElseThrow(() -> new IllegalArgumentException("'" + number + "' is not a patent number"))
			.key();
		Record r = this.neo4j.query(PATENT)
			.bindAll(Map.of("number", key))
			.fetchAs(Record.class)
			.mappedBy((t, x) -> x)
			.one()
			.orElseThrow(() -> new NotFoundException("Patent", key));
		this.audit.record("risk.patent", key, Map.of("number", number));
		LocalDate today = asOf != null ? asOf : LocalDate.now();
		LocalDate filed = OwnerProfiles.date(r.get("filed"));
		Double age = filed == null ? null : ChronoUnit.DAYS.between(filed, today) / 365.25;
		Double left = ExposureRanker.yearsLeft(filed, today);
		List<ExposureReport.NpeOwner> owners = new ArrayList<>();
		List<EvidencePath> evidence = new ArrayList<>();
		boolean acquired = !r.get("former").isEmpty();
		for (Value o : r.get("owners").values()) {
			acquired |= o.get("acquired").asBoolean(false);
			this.profiles.profile(o.get("id").asString()).ifPresent(profile -> {
				NpeScore s = this.models.scorer().score(profile.facts());
				owners.add(new ExposureReport.NpeOwner(profile.organization(), s.probability(), s.method(),
						profile.facts().plaintiffSuits()));
				evidence
					.add(EvidencePath.from("Organization", profile.organization().id(), profile.organization().name())
						.out("OWNS", "Patent", key, r.get("title").asString(null))
						.build("ownerNpeScore",
								profile.organization().id() + " holds it"
										+ (o.get("acquired").asBoolean(false) ? " (acquired)" : "") + "; NPE score "
										+ s.probability() + " by " + s.method(),
								null, List.of()));
			});
		}
		int suits = 0;
		int trials = 0;
		for (Value c : r.get("cases").values()) {
			boolean ptab = OwnerProfiles.PTAB_TYPES.contains(c.get("caseType").asString());
			suits += ptab ? 0 : 1;
			trials += ptab ? 1 : 0;
			EvidencePath.Builder path = EvidencePath.from("Patent", key, r.get("title").asString(null))
				.out("ASSERTED_IN", "LitigationCase", c.get("id").asString(), c.get("title").asString(null));
			String party = c.get(ptab ? "petitioner" : "plaintiff").asString(null);
			if (party != null) {
				path.in(ptab ? "PETITIONER_IN" : "PLAINTIFF_IN", "Organization", party, null);
			}
			evidence.add(path.build(ptab ? "ptabChallenges" : "priorAssertions",
					(ptab ? "challenged in " : "asserted in ") + c.get("id").asString()
							+ (c.get("filedOn").isNull() ? "" : " filed " + c.get("filedOn").asLocalDate())
							+ (party != null ? (ptab ? " by " : " by plaintiff ") + party : ""),
					null, List.of()));
		}
		for (Value f : r.get("former").values()) {
			evidence.add(EvidencePath.from("Organization", f.get("id").asString(), f.get("name").asString(null))
				.out("OWNS", "Patent", key, null)
				.build("acquisitionHistory", f.get("id").asString() + " held it until " + f.get("to").asLocalDate(),
						null, List.of()));
		}
		Double npe = owners.stream().map(ExposureReport.NpeOwner::npeScore).max(Double::compare).orElse(null);
		PatentRiskScorer.Score score = PatentRiskScorer
			.score(new PatentRiskScorer.Facts(npe, age, left, suits, trials, r.get("citations").asInt(), acquired));
		List<String> notes = new ArrayList<>();
		notes.add("Weights are hand-set, not fitted; see docs/risk.md.");
		if (score.expired()) {
			notes.add("Expired: no future infringement, though suits for the last six years of its term remain "
					+ "possible (35 U.S.C. 286).");
		}
		return new PatentRiskReport(key, r.get("title").asString(null), filed,
				left == null ? null : ExposureRanker.round(left), owners, score, evidence, notes);
	}

}
