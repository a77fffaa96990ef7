package org.ipgraph.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.security.AuditLog;
import org.ipgraph.web.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * NPE scores of owners, explained, for legal teams. Every report is recorded in the audit
 * log.
 */
@Service
public class NpeService {

	private final OwnerProfiles profiles;

	private final NpeModels models;

	private final AuditLog audit;

	NpeService(Neo4jClient neo4j, NpeModels models, AuditLog audit) {
		this.profiles = new OwnerProfiles(neo4j);
		this.models = models;
		this.audit = audit;
	}

	/**
	 * The NPE report of an organization, named by key or name.
	 */
	public NpeReport report(String organization) {
		String id = this.profiles.resolve(organization)
			.orElseThrow(() -> new NotFoundException("Organization", organization));
		this.audit.record("risk.npe", id, Map.of("organization", organization));
		OwnerProfile profile = this.profiles.profile(id).orElseThrow(() -> new NotFoundException("Organization", id));
		return report(profile, this.models.scorer());
	}

	static NpeReport report(OwnerProfile profile, NpeRiskScorer scorer) {
		NpeScore score = scorer.score(profile.facts());
		Map<String, List<EvidencePath>> paths = NpeEvidence.of(profile);
		List<String> notes = new ArrayList<>();
		if (profile.members().size() > 1) {
			notes.add("Counted with its " + (profile.members().size() - 1) + " subsidiar"
					+ (profile.members().size() == 2 ? "y" : "ies") + " (SUBSIDIARY_OF, three levels down).");
		}
		if (profile.facts().plaintiffSuits() == 0) {
			notes.add("No infringement suit as plaintiff in the graph: litigation signals are absent, not negative "
					+ "evidence (the graph holds only the litigation that was ingested).");
		}
		if ("rules".equals(score.method())) {
			notes.add("Scored by the hand-set rules: " + score.reason() + ".");
		}
		return new NpeReport(profile.organization(), profile.members(), score, NpeEvidence.shown(paths),
				new LinkedHashMap<>(NpeEvidence.counts(paths)), notes);
	}

}
