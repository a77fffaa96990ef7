package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One ecosystem being generated: its parts and the order they are emitted in. Nodes come
 * first, then the patent stream, then the relationships among keyed nodes.
 */
final class Ecosystem {

	final DemoParameters parameters;

	final World world;

	final Technologies technologies = new Technologies();

	final Plan plan;

	final Funding funding;

	final Agenda agenda;

	final Experts experts;

	final Stories stories;

	final Inventions inventions;

	final PatentFactory patents;

	/**
	 * Standards beside the pooled ones: published, but nobody plants a pool around them.
	 */
	final List<Standard> standards = new ArrayList<>();

	record Standard(String id, Field field, int year, Org body) {
	}

	Ecosystem(DemoParameters parameters) {
		this.parameters = parameters;
		this.world = new World(parameters);
		this.plan = new Plan(this.world, this.technologies);
		long seed = parameters.seed();
		this.funding = new Funding(this.world, new SplittableRandom(seed * 0xD6E8FEB86659FD93L + 3));
		this.agenda = new Agenda(this.world, new SplittableRandom(seed * 0xA0761D6478BD642FL + 5));
		this.experts = new Experts(this.world, new SplittableRandom(seed * 0xE7037ED1A0B428DBL + 9));
		this.inventions = new Inventions(parameters.patents());
		this.patents = new PatentFactory(this.plan, this.funding, this.inventions);
		for (Pools.Planted pool : this.plan.pools.planted) {
			this.standards.add(new Standard(pool.standard, pool.field, pool.year, pool.body));
		}
		Map<Field, Org> bodies = this.world.standardsBodies;
		this.standards.add(new Standard("DEMO-BAT 1", Field.BATTERIES, 2016, bodies.get(Field.BATTERIES)));
		this.standards.add(new Standard("DEMO-WBAN 1", Field.WEARABLES, 2015, bodies.get(Field.WEARABLES)));
		this.stories = new Stories(parameters.documentId());
		writeStories(new SplittableRandom(seed * 0x8EBC6AF09C88C6E3L + 11));
	}

	private void writeStories(SplittableRandom random) {
		this.experts.experts.forEach(expert -> this.stories.biography(expert, random));
		this.funding.funds.forEach(this.stories::fund);
		this.agenda.policies.forEach(this.stories::policy);
		this.plan.partners.partnerships.forEach(this.stories::partnership);
		for (Litigation.Case civil : this.plan.litigation.cases) {
			if ("civil".equals(civil.caseType()) && random.nextInt(10) < 3) {
				this.stories.lawsuit(civil);
			}
		}
	}

	void emitNodes(DemoSink sink) {
		sink.node(new DemoNode("Document", this.parameters.documentId(),
				Props.of("title", "SYNTHETIC demo ecosystem (" + this.parameters.describe() + ")", "name",
						"ipgraph demo generator", "format", "demo", "synthetic", true)));
		this.technologies.emitNodes(sink);
		for (Org org : this.world.orgs) {
			sink.node(new DemoNode("Organization", org.key,
					Props.of("name", org.name, "kind", org.kind.value(), "kindSource", "curated", "serviceType",
							org.serviceType, "acronyms", org.acronyms, "country", org.city.country(), "city",
							org.city.name(), "address", org.address, "sector", sector(org), "synthetic", true)));
		}
		for (Standard standard : this.standards) {
			sink.node(new DemoNode("Standard", standard.id(),
					Props.of("title", "Synthetic " + standard.field().label + " specification " + standard.id(),
							"organization", standard.body().acronyms.get(0), "project",
							standard.id().substring(0, standard.id().indexOf(' ')), "release",
							standard.id().substring(standard.id().indexOf(' ') + 1), "publishedOn",
							LocalDate.of(standard.year(), 6, 30), "synthetic", true)));
		}
		for (Funding.Fund fund : this.funding.funds) {
			sink.node(new DemoNode("Fund", fund.id(),
					Props.of("name", fund.name(), "amount", fund.amount(), "currency", fund.currency(), "program",
							fund.program(), "grantNumbers",
							fund.awards().stream().map(Funding.Award::grantNumber).toList(), "synthetic", true)));
		}
		for (Agenda.Policy policy : this.agenda.policies) {
			sink.node(new DemoNode("Policy", policy.id(),
					Props.of("title", policy.title(), "kind", policy.kind(), "issuedOn", policy.issuedOn(),
							"jurisdiction", policy.jurisdiction(), "region", policy.region(), "synthetic", true)));
		}
		for (Agenda.Demand demand : this.agenda.demands) {
			sink.node(new DemoNode("Demand", demand.id(), Props.of("text", demand.text(), "createdAt",
					demand.createdAt(), "createdBy", "demo", "region", demand.region(), "synthetic", true)));
		}
		for (Litigation.Case c : this.plan.litigation.cases) {
			sink.node(new DemoNode("LitigationCase", c.id(),
					Props.of("title", title(c), "court", c.court(), "caseType", c.caseType(), "filedOn", c.filed(),
							"closedOn", c.closed(), "status", c.closed() == null ? "open" : "closed", "outcome",
							c.outcome(), "synthetic", true)));
		}
		for (Experts.Expert expert : this.experts.experts) {
			sink.node(new DemoNode("Person", expert.id(),
					Props.of("name", expert.name().display(), "nameKey", expert.name().key(), "firstName",
							expert.name().first(), "lastName", expert.name().last(), "expert", true, "consent",
							expert.consent(), "contact", expert.contact(), "city", expert.home().name(), "state",
							expert.home().state(), "country", expert.home().country(), "synthetic", true)));
		}
		for (Stories.Story story : this.stories.stories) {
			sink.node(new DemoNode("Document", story.id(),
					Props.of("title", story.title(), "name", story.title(), "format", "text", "type", story.type(),
							"language", "en", "publishedOn", story.publishedOn(), "text", story.text(), "synthetic",
							true)));
		}
	}

	void emitPatents(DemoSink sink) {
		for (int index = 0; index < this.parameters.patents(); index++) {
			sink.patent(this.patents.make(index));
		}
	}

	void emitRelationships(DemoSink sink) {
		this.technologies.emitRelationships(sink);
		Relationships relationships = new Relationships(sink);
		for (Org org : this.world.orgs) {
			if (org.parent != null) {
				relationships.add("SUBSIDIARY_OF", "Organization", org.key, "Organization", org.parent.key, "relation",
						org.relation, "since", org.since, "source", "demo");
			}
		}
		new StructureRelationships(this, relationships).emit();
	}

	private static String sector(Org org) {
		if (org.npe) {
			return null;
		}
		return switch (org.kind) {
			case COMPANY -> org.field.sector;
			case UNIVERSITY -> "education";
			case RESEARCH_INSTITUTE -> "research";
			case GOVERNMENT_AGENCY -> "government";
			default -> null;
		};
	}

	private static String title(Litigation.Case c) {
		if ("ipr".equals(c.caseType())) {
			return c.petitioner().name + " v. owner of US " + (Plan.FIRST_NUMBER + c.patents().get(0).index);
		}
		return c.plaintiff().name + " v. " + c.defendants().get(0).name + (c.defendants().size() > 1 ? " et al." : "");
	}

}
