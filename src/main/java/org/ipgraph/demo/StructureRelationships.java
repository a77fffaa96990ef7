package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relationships among keyed nodes that the planted structure, funding, agenda,
 * experts and documents produce. Patent-level facts (owners, inventors, classes,
 * citations) come with the patents instead.
 */
record StructureRelationships(Ecosystem ecosystem, Relationships out) {

	void emit() {
		standards();
		funding();
		agenda();
		acquisitions();
		litigation();
		partnerships();
		experts();
		mentions();
	}

	private void standards() {
		for (Pools.Planted pool : this.ecosystem.plan.pools.planted) {
			Map<Org, LocalDate> firstDeclaration = new LinkedHashMap<>();
			Map<Org, Integer> declaredCount = new LinkedHashMap<>();
			pool.declared.forEach((patent, on) -> {
				Org owner = patent.owners.get(0);
				this.out.add("DECLARED_ESSENTIAL_TO", "Patent", number(patent), "Standard", pool.standard, "declarant",
						owner.key, "declaredOn", on, "source", "demo");
				firstDeclaration.merge(owner, on, (a, b) -> a.isBefore(b) ? a : b);
				declaredCount.merge(owner, 1, Integer::sum);
			});
			firstDeclaration.forEach((owner, on) -> this.out.add("DECLARED", "Organization", owner.key, "Standard",
					pool.standard, "declaredOn", on, "patents", (long) declaredCount.get(owner)));
			for (Org owner : pool.owners) {
				this.out.add("MEMBER_OF", "Organization", owner.key, "Organization", pool.body.key, "source", "demo");
			}
		}
	}

	private void funding() {
		for (Funding.Fund fund : this.ecosystem.funding.funds) {
			this.out.add("ISSUED", "Organization", fund.agency().key, "Fund", fund.id(), "on", fund.announced());
			this.out.add("TARGETS", "Fund", fund.id(), "Technology", subclass(fund.field()), "source", "demo");
			for (Funding.Award award : fund.awards()) {
				this.out.add("FUNDED_BY", "Organization", award.org().key, "Fund", fund.id(), "grantNumbers",
						List.of(award.grantNumber()), "amount", award.amount(), "source", "demo");
			}
		}
		this.ecosystem.patents.funded.forEach((number, award) -> this.out.add("FUNDED_BY", "Patent", number, "Fund",
				award.fundId(), "grantNumbers", List.of(award.grantNumber()), "source", "demo:government-interest"));
	}

	private void agenda() {
		for (Agenda.Policy policy : this.ecosystem.agenda.policies) {
			this.out.add("ISSUED", "Organization", policy.agency().key, "Policy", policy.id(), "on", policy.issuedOn());
			policy.targets()
				.forEach(symbol -> this.out.add("TARGETS", "Policy", policy.id(), "Technology", symbol, "source",
						"demo"));
		}
		for (Agenda.Demand demand : this.ecosystem.agenda.demands) {
			demand.targets()
				.forEach(symbol -> this.out.add("TARGETS", "Demand", demand.id(), "Technology", symbol, "source",
						"demo"));
		}
	}

	// The assignee's OWNS starts at the assignment; the seller's ends there (set with the
	// patent)
	private void acquisitions() {
		Map<String, LocalDate> first = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (PlannedPatent patent : this.ecosystem.plan.patents) {
			if (patent.acquiredBy == null) {
				continue;
			}
			this.out.add("OWNS", "Organization", patent.acquiredBy.key, "Patent", number(patent), "from",
					patent.acquiredOn, "raw", patent.acquiredBy.name, "source", "demo:assignment");
			String pair = patent.acquiredBy.key + "\u0000" + patent.owners.get(0).key;
			first.merge(pair, patent.acquiredOn, (a, b) -> a.isBefore(b) ? a : b);
			counts.merge(pair, 1, Integer::sum);
		}
		first.forEach((pair, on) -> {
			String[] keys = pair.split("\u0000");
			this.out.add("ACQUIRED_FROM", "Organization", keys[0], "Organization", keys[1], "on", on, "patents",
					(long) counts.get(pair), "source", "demo:assignment");
		});
	}

	private void litigation() {
		for (Litigation.Case c : this.ecosystem.plan.litigation.cases) {
			if (c.plaintiff() != null) {
				this.out.add("PLAINTIFF_IN", "Organization", c.plaintiff().key, "LitigationCase", c.id(), "role",
						"plaintiff");
			}
			if (c.petitioner() != null) {
				this.out.add("PETITIONER_IN", "Organization", c.petitioner().key, "LitigationCase", c.id(), "role",
						"petitioner");
			}
			for (Org defendant : c.defendants()) {
				this.out.add("DEFENDANT_IN", "Organization", defendant.key, "LitigationCase", c.id(), "role",
						"defendant");
			}
			for (PlannedPatent patent : c.patents()) {
				this.out.add("ASSERTED_IN", "Patent", number(patent), "LitigationCase", c.id());
			}
		}
		this.ecosystem.plan.litigation.licences.forEach((pair, c) -> {
			String licensee = pair.substring(pair.indexOf(':') + 1);
			this.out.add("LICENSED_TO", "Organization", c.plaintiff().key, "Organization", licensee, "on", c.closed(),
					"source", "demo:settlement");
		});
	}

	private void partnerships() {
		for (Partners.Partnership p : this.ecosystem.plan.partners.partnerships) {
			this.out.add("PARTNERED_WITH", "Organization", p.a().key, "Organization", p.b().key, "on", p.on(), "what",
					p.what(), "source", "demo:news");
		}
	}

	private void experts() {
		for (Experts.Expert expert : this.ecosystem.experts.experts) {
			this.out.add("AFFILIATED_WITH", "Person", expert.id(), "Organization", expert.org().key, "role",
					expert.role(), "source", "demo:biography");
			for (int i = 0; i < expert.technologies().size(); i++) {
				this.out.add("EXPERT_IN", "Person", expert.id(), "Technology", expert.technologies().get(i), "score",
						expert.scores().get(i), "source", "demo:biography");
			}
		}
	}

	private void mentions() {
		for (Stories.Story story : this.ecosystem.stories.stories) {
			for (Stories.Mention mention : story.mentions()) {
				this.out.add("MENTIONED_IN", mention.label(), mention.key(), "Document", story.id(), "sentence",
						mention.sentence(), "start", (long) mention.start(), "end", (long) mention.end(), "extractor",
						"demo", "confidence", 1.0);
			}
		}
	}

	private static String number(PlannedPatent patent) {
		return Plan.number(patent.index);
	}

	private static String subclass(Field field) {
		return field.topics.get(0).symbol().substring(0, 4);
	}

}
