package org.ipgraph.db;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Columns of the {@code neo4j-admin database import} files: for each node label its key
 * as {@code key:ID(Label)} (one id space per label) and typed properties; for each
 * relationship type its typed properties. A property the schema does not know is an
 * error, so the CSV cannot drift from the model unnoticed.
 */
public final class CsvSchema {

	/**
	 * A column: property name and import type ({@code string}, {@code long},
	 * {@code double}, {@code boolean}, {@code date}, {@code datetime}, {@code string[]}).
	 */
	public record Column(String name, String type) {

		String header() {
			return this.type.equals("string") ? this.name : this.name + ":" + this.type;
		}

	}

	static final Map<String, String> KEYS = Map.of("Patent", "number", "Technology", "symbol");

	private static final Map<String, List<Column>> NODES = new LinkedHashMap<>();

	private static final Map<String, List<Column>> RELATIONSHIPS = new LinkedHashMap<>();

	static {
		defineNode("Patent", "jurisdiction", "docNumber", "kind", "title", "abstract", "claims", "filingDate:date",
				"publicationDate:date", "grantDate:date", "priorityDate:date", "applicationNumber", "familyId", "type",
				"governmentInterest", "url", "synthetic:boolean", "stub:boolean", "termAdjustmentDays:long",
				"terminalDisclaimer:boolean", "legalStatus", "legalStatusSource", "legalStatusRaw", "expiry:date",
				"expirySource", "expiryBasis", "status", "statusSource", "inForce:boolean");
		defineNode("Organization", "name", "aliases:string[]", "acronyms:string[]", "kind", "kindSource", "serviceType",
				"owner:boolean", "country", "city", "address", "sector", "synthetic:boolean");
		defineNode("Person", "name", "nameKey", "firstName", "lastName", "inventor:boolean", "owner:boolean",
				"expert:boolean", "consent:boolean", "contact", "city", "state", "country", "synthetic:boolean");
		defineNode("Technology", "title", "level", "synthetic:boolean");
		defineNode("Policy", "title", "kind", "issuedOn:date", "jurisdiction", "region", "synthetic:boolean");
		defineNode("Fund", "name", "amount:double", "currency", "program", "grantNumbers:string[]",
				"synthetic:boolean");
		defineNode("Standard", "title", "organization", "project", "generation", "release", "publishedOn:date",
				"synthetic:boolean");
		defineNode("LitigationCase", "title", "court", "caseType", "filedOn:date", "closedOn:date", "status", "outcome",
				"synthetic:boolean");
		defineNode("Demand", "text", "createdAt:date", "createdBy", "region", "synthetic:boolean");
		defineNode("Document", "title", "name", "format", "type", "language", "publishedOn:date", "text",
				"synthetic:boolean", "path", "bytes:long", "ingestedAt:datetime", "lastSeenAt:datetime");
		defineRelationship("OWNS", "from:date", "to:date", "raw", "sequence:long", "source");
		defineRelationship("INVENTED", "sequence:long", "rawName", "city", "state", "country");
		defineRelationship("CITES", "category");
		defineRelationship("CLASSIFIED_AS", "first:boolean");
		defineRelationship("PART_OF");
		defineRelationship("RECORDED_IN", "record");
		defineRelationship("AFFILIATED_WITH", "role", "source", "from:date", "to:date");
		defineRelationship("EXPERT_IN", "score:double", "source");
		defineRelationship("SUBSIDIARY_OF", "source", "relation", "since:date");
		defineRelationship("MEMBER_OF", "source");
		defineRelationship("DECLARED_ESSENTIAL_TO", "declarant", "declaredOn:date", "source");
		defineRelationship("DECLARED", "declaredOn:date", "patents:long");
		defineRelationship("PLAINTIFF_IN", "role");
		defineRelationship("DEFENDANT_IN", "role");
		defineRelationship("PETITIONER_IN", "role");
		defineRelationship("ASSERTED_IN");
		defineRelationship("ISSUED", "on:date");
		defineRelationship("FUNDED_BY", "grantNumbers:string[]", "amount:double", "source");
		defineRelationship("TARGETS", "source");
		defineRelationship("ACQUIRED_FROM", "on:date", "patents:long", "source");
		defineRelationship("LICENSED_TO", "on:date", "source");
		defineRelationship("PARTNERED_WITH", "on:date", "what", "source");
		defineRelationship("MENTIONED_IN", "sentence", "start:long", "end:long", "extractor", "confidence:double");
	}

	private CsvSchema() {
	}

	public static String key(String label) {
		return KEYS.getOrDefault(label, "id");
	}

	static List<Column> node(String label) {
		List<Column> columns = NODES.get(label);
		if (columns == null) {
			throw new IllegalArgumentException("no CSV schema for label " + label);
		}
		return columns;
	}

	static List<Column> relationship(String type) {
		List<Column> columns = RELATIONSHIPS.get(type);
		if (columns == null) {
			throw new IllegalArgumentException("no CSV schema for relationship type " + type);
		}
		return columns;
	}

	private static void defineNode(String label, String... columns) {
		NODES.put(label, columns(columns));
	}

	private static void defineRelationship(String type, String... columns) {
		RELATIONSHIPS.put(type, columns(columns));
	}

	private static List<Column> columns(String... specs) {
		return Arrays.stream(specs).map(spec -> {
			int colon = spec.indexOf(':');
			return colon < 0 ? new Column(spec, "string")
					: new Column(spec.substring(0, colon), spec.substring(colon + 1));
		}).toList();
	}

}
