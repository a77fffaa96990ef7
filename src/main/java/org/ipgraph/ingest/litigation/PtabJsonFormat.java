package org.ipgraph.ingest.litigation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.ingest.csv.BadRecordException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * PTAB API responses: proceedings
 * ({@code {"results": [{"proceedingNumber": "IPR2022-00037", "petitionerPartyName": ...,
 * "respondentPartyName": ..., "respondentPatentNumber": ...}]}}) and document listings,
 * whose entries repeat their proceeding's fields. Entries of one proceeding are merged
 * into one record; dates are written {@code MM-dd-yyyy}.
 */
@Component
class PtabJsonFormat extends NamedFormat {

	// readTree reads one entry at a time out of the results array
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM-dd-uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	PtabJsonFormat() {
		super("ptab-json", "PTAB proceedings and document listings (USPTO PTAB API JSON)");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8).stripLeading();
		return (text.startsWith("{") || text.startsWith("[")) && text.contains("\"proceedingNumber\"");
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		Map<String, Entry> proceedings = new LinkedHashMap<>();
		try (JsonParser parser = JSON.createParser(in)) {
			JsonToken first = parser.nextToken();
			int index = 0;
			if (first == JsonToken.START_ARRAY) {
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					add(JSON.readTree(parser), ++index, proceedings, sink);
				}
			}
			else if (first == JsonToken.START_OBJECT) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					JsonToken value = parser.nextToken();
					if ("results".equals(name) && value == JsonToken.START_ARRAY) {
						while (parser.nextToken() == JsonToken.START_OBJECT) {
							add(JSON.readTree(parser), ++index, proceedings, sink);
						}
					}
					else if ("proceedingNumber".equals(name)) {
						sink.reject("file",
								"a single proceeding object is not an API response; wrap it in {\"results\": [...]}");
						return;
					}
					else {
						parser.skipChildren();
					}
				}
			}
			else {
				sink.reject("file", "not a PTAB API response: expected a JSON object with \"results\"");
				return;
			}
		}
		catch (JacksonException ex) {
			sink.reject("file", "not well-formed JSON: " + ex.getOriginalMessage());
		}
		proceedings.values().forEach(entry -> sink.accept(entry.ref, entry.build()));
	}

	private static void add(JsonNode result, int index, Map<String, Entry> proceedings, RecordSink sink) {
		String ref = "result " + index;
		try {
			String number = required(result, "proceedingNumber").toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
			Entry entry = proceedings.get(number);
			if (entry == null) {
				entry = new Entry(ref, result, number);
				proceedings.put(number, entry);
			}
			String document = text(result, "documentIdentifier");
			if (document != null && !entry.documents.contains(document)) {
				entry.documents.add(document);
			}
			entry.check();
		}
		catch (BadRecordException ex) {
			proceedings.values().removeIf(e -> e.ref.equals(ref));
			sink.reject(ref, ex.getMessage());
		}
	}

	private static String required(JsonNode node, String field) throws BadRecordException {
		String value = text(node, field);
		if (value == null) {
			throw new BadRecordException("missing " + field);
		}
		return value;
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() || text.equalsIgnoreCase("null") ? null : text;
	}

	static LocalDate date(JsonNode node, String field) throws BadRecordException {
		String value = text(node, field);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, DATE);
		}
		catch (DateTimeParseException ex) {
			throw new BadRecordException("unparseable date '" + value + "' in " + field + " (expected MM-dd-yyyy)");
		}
	}

	/**
	 * The first entry of a proceeding, with the documents of every entry.
	 */
	private static final class Entry {

		final String ref;

		final JsonNode result;

		final String number;

		final List<String> documents = new ArrayList<>();

		private PtabProceeding proceeding;

		Entry(String ref, JsonNode result, String number) {
			this.ref = ref;
			this.result = result;
			this.number = number;
		}

		void check() throws BadRecordException {
			if (this.proceeding == null) {
				this.proceeding = parse(this.result, this.number, List.of());
			}
		}

		PtabProceeding build() {
			PtabProceeding p = this.proceeding;
			return new PtabProceeding(p.number(), p.caseType(), p.filedOn(), p.institutedOn(), p.decidedOn(),
					p.statusCategory(), p.petitioner(), p.petitionerCounsel(), p.respondents(), p.respondentCounsel(),
					p.patent(), p.applicationNumber(), p.grantDate(), List.copyOf(this.documents));
		}

	}

	static PtabProceeding parse(JsonNode r, String number, List<String> documents) throws BadRecordException {
		String type = text(r, "subproceedingTypeCategory");
		if (type == null) {
			type = number.replaceAll("[^A-Z].*$", "");
		}
		type = type.toLowerCase(Locale.ROOT);
		if (!List.of("ipr", "pgr", "cbm", "der").contains(type)) {
			throw new BadRecordException("unknown PTAB trial type '" + type + "' (expected IPR, PGR, CBM or DER)");
		}
		LocalDate filed = date(r, "accordedFilingDate");
		if (filed == null) {
			filed = date(r, "proceedingFilingDate");
		}
		List<String> respondents = new ArrayList<>();
		String respondent = text(r, "respondentPartyName");
		if (respondent != null) {
			respondents.add(respondent);
		}
		JsonNode more = r.get("additionalRespondentPartyDataBag");
		if (more != null && more.isArray()) {
			for (JsonNode party : more.values()) {
				String name = party.isObject() ? text(party, "additionalRespondentPartyName") : null;
				if (name == null && party.isObject()) {
					name = text(party, "respondentPartyName");
				}
				if (name != null && !respondents.contains(name)) {
					respondents.add(name);
				}
			}
		}
		String patentText = text(r, "respondentPatentNumber");
		PatentNumber patent = null;
		if (patentText != null) {
			patent = PatentNumber.parse(patentText, "US")
				.orElseThrow(() -> new BadRecordException("unparseable respondentPatentNumber '" + patentText + "'"));
		}
		return new PtabProceeding(number, type, filed, date(r, "institutionDecisionDate"), date(r, "decisionDate"),
				text(r, "proceedingStatusCategory"), text(r, "petitionerPartyName"), text(r, "petitionerCounselName"),
				List.copyOf(respondents), text(r, "respondentCounselName"), patent,
				text(r, "respondentApplicationNumberText"), date(r, "respondentGrantDate"), documents);
	}

}
