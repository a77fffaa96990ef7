package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;

import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.nlp.evidence.EvidenceReport;
import org.ipgraph.nlp.evidence.EvidenceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evidence", mixinStandardHelpOptions = true,
		description = "Show the sentences behind a node (ENTITY: organization id or name, acronym, person id, patent "
				+ "number, policy or fund id) or behind a relationship (--from A --type FUNDED_BY --to B).")
class EvidenceCommand extends ReportCommand<EvidenceReport> {

	@Parameters(arity = "0..1", paramLabel = "ENTITY")
	String entity;

	@Option(names = "--from", paramLabel = "ENTITY", description = "Start node of a relationship.")
	String from;

	@Option(names = "--type", paramLabel = "TYPE", description = "Relationship type, e.g. FUNDED_BY, ISSUED.")
	String type;

	@Option(names = "--to", paramLabel = "ENTITY", description = "End node of a relationship.")
	String to;

	@Option(names = "--limit", defaultValue = "50", description = "At most this many sentences of each kind.")
	int limit;

	@Override
	List<Class<?>> thinBeans() {
		return List.of(EvidenceService.class, HiddenPersons.class);
	}

	@Override
	ApiRequest<EvidenceReport> apiRequest() {
		// arguments the service refuses get their error from the application path
		if (this.limit < 1 || this.limit > EvidenceService.MAX_LIMIT) {
			return null;
		}
		if (this.entity != null && this.from == null && this.type == null && this.to == null) {
			return new ApiRequest<>("/api/v1/evidence?entity=" + LocalApi.encode(this.entity) + "&limit=" + this.limit,
					EvidenceReport.class);
		}
		if (this.entity == null && this.from != null && this.type != null && this.to != null) {
			return new ApiRequest<>("/api/v1/evidence?from=" + LocalApi.encode(this.from) + "&type="
					+ LocalApi.encode(this.type) + "&to=" + LocalApi.encode(this.to) + "&limit=" + this.limit,
					EvidenceReport.class);
		}
		return null;
	}

	@Override
	EvidenceReport report(Application application) {
		boolean relationship = this.from != null || this.type != null || this.to != null;
		if (relationship == (this.entity != null)
				|| relationship && (this.from == null || this.type == null || this.to == null)) {
			throw new IllegalArgumentException("Give ENTITY, or --from, --type and --to for a relationship.");
		}
		EvidenceService service = application.bean(EvidenceService.class);
		return relationship ? service.forRelationship(this.from, this.type, this.to, this.limit)
				: service.forEntity(this.entity, this.limit);
	}

	@Override
	void print(EvidenceReport report, PrintStream out) {
		EvidenceReport.EntityRef e = report.entity();
		if (report.type() == null) {
			out.printf("%s %s (%s)%n", e.label(), e.key(), e.name());
		}
		else {
			out.printf("%s %s -[%s]-> %s %s%n", e.label(), e.key(), report.type(), report.to().label(),
					report.to().key());
			if (report.relationship() != null) {
				out.println("  relationship: " + report.relationship());
			}
		}
		if (!report.mentions().isEmpty()) {
			out.println("Mentioned in:");
			report.mentions()
				.forEach(m -> out.printf("  %s [%d-%d] %s (%s, %.2f)%n    \"%s\"%n", m.document(), m.start(), m.end(),
						m.text(), m.extractor(), m.confidence(), m.sentence()));
		}
		if (!report.facts().isEmpty()) {
			out.println("Facts:");
			report.facts()
				.forEach(f -> out.printf("  %s -[%s]-> %s %s (%s, %.2f, %s)%n    \"%s\"%n",
						f.from() != null ? f.from().key() : "?", f.type(), f.to() != null ? f.to().key() : "-",
						f.properties(), f.evidence().extractor(), f.evidence().confidence(), f.evidence().document(),
						f.evidence().sentence()));
		}
		if (report.mentions().isEmpty() && report.facts().isEmpty()) {
			out.println("No sentences in the graph state this.");
		}
	}

}
