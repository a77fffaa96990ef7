package org.ipgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.graph.PatentNumber;

/**
 * The rows a batch of patents gives, one list per statement of {@link PatentWriter}, with
 * every key, id and normalised name decided: the transactional writer sends them to
 * Cypher, the bulk path ({@link BulkGraph}) applies them to the rows of the import files.
 *
 * @param patents one per record: number, jurisdiction, docNumber, the patent's
 * properties, term, stated status and expiry
 * @param organizationOwners one per organization owner: number, key, name, raw, kind,
 * serviceType, country, city, sequence, from
 * @param personOwners one per individual owner: number, id, name, nameKey, first, last,
 * raw, city, state, country, sequence, from
 * @param inventors as personOwners, plus the patent's organization keys and its date
 * @param hierarchy CPC child and parent symbols with their levels, one per child
 * @param classifications number, symbol, level, first
 * @param citations from, to, the cited number's jurisdiction and docNumber, category
 */
record PatentRows(List<Map<String, Object>> patents, List<Map<String, Object>> organizationOwners,
		List<Map<String, Object>> personOwners, List<Map<String, Object>> inventors,
		List<Map<String, Object>> hierarchy, List<Map<String, Object>> classifications,
		List<Map<String, Object>> citations) {

	/**
	 * @param refs each record's reference in its file, kept as
	 * {@code RECORDED_IN.record}; null when the records come from no file
	 * @param organizationName told each raw organization name and the key it is stored
	 * under
	 */
	static PatentRows of(List<PatentRecord> batch, List<String> refs, BiConsumer<String, String> organizationName) {
		if (refs != null && refs.size() != batch.size()) {
			throw new IllegalArgumentException(refs.size() + " record references for " + batch.size() + " records");
		}
		List<Map<String, Object>> patents = new ArrayList<>();
		List<Map<String, Object>> organizationOwners = new ArrayList<>();
		List<Map<String, Object>> personOwners = new ArrayList<>();
		List<Map<String, Object>> inventors = new ArrayList<>();
		List<Map<String, Object>> classifications = new ArrayList<>();
		Map<String, Map<String, Object>> hierarchy = new LinkedHashMap<>();
		List<Map<String, Object>> citations = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			PatentRecord record = batch.get(i);
			String number = record.number().key();
			Map<String, Object> patent = patentRow(record);
			if (refs != null) {
				patent.put("ref", refs.get(i));
			}
			patents.add(patent);
			LocalDate from = firstNonNull(record.filingDate(), record.publicationDate(), record.grantDate());
			// Individual owners and inventors share one anchor, so a self-filer is one
			// person
			List<String> organizations = record.organizationKeys();
			int sequence = 0;
			for (Party owner : record.owners()) {
				if (owner.isPerson()) {
					personOwners.add(personRow(number, owner, anchor(owner, organizations), sequence++, from));
					continue;
				}
				String key = OrganizationNames.key(owner.rawName());
				if (key.isEmpty()) {
					continue;
				}
				organizationName.accept(owner.rawName(), key);
				OrganizationKind kind = OrganizationNames.kind(owner.rawName());
				Map<String, Object> row = new HashMap<>();
				row.put("number", number);
				row.put("key", key);
				row.put("name", OrganizationNames.display(owner.rawName()));
				row.put("raw", owner.rawName());
				row.put("kind", kind.value());
				row.put("serviceType", kind == OrganizationKind.SERVICE_INSTITUTION
						? OrganizationNames.serviceType(owner.rawName()) : null);
				row.put("country", owner.country());
				row.put("city", owner.city());
				row.put("sequence", sequence++);
				row.put("from", from);
				organizationOwners.add(row);
			}
			int position = 0;
			for (Party inventor : record.inventors()) {
				Map<String, Object> row = personRow(number, inventor, anchor(inventor, organizations), position++,
						from);
				row.put("organizations", organizations);
				row.put("date", from);
				inventors.add(row);
			}
			boolean first = true;
			for (CpcSymbol symbol : record.cpc()) {
				classifications
					.add(Map.of("number", number, "symbol", symbol.symbol(), "level", symbol.level(), "first", first));
				first = false;
				for (CpcSymbol child : symbol.lineage()) {
					child.parent()
						.ifPresent(parent -> hierarchy.putIfAbsent(child.symbol(),
								Map.of("child", child.symbol(), "childLevel", child.level(), "parent", parent.symbol(),
										"parentLevel", parent.level())));
				}
			}
			for (PatentRecord.Citation citation : record.citations()) {
				PatentNumber cited = citation.cited();
				if (cited.key().equals(number)) {
					continue;
				}
				Map<String, Object> row = new HashMap<>();
				row.put("from", number);
				row.put("to", cited.key());
				row.put("jurisdiction", cited.jurisdiction());
				row.put("docNumber", cited.docNumber());
				row.put("category", citation.category());
				citations.add(row);
			}
		}
		return new PatentRows(patents, organizationOwners, personOwners, inventors, new ArrayList<>(hierarchy.values()),
				classifications, citations);
	}

	private static Map<String, Object> patentRow(PatentRecord record) {
		Map<String, Object> row = new HashMap<>();
		row.put("number", record.number().key());
		row.put("jurisdiction", record.number().jurisdiction());
		row.put("docNumber", record.number().docNumber());
		row.put("kind", record.number().kind());
		row.put("title", record.title());
		row.put("abstract", record.abstractText());
		row.put("claims", record.claims());
		row.put("filingDate", record.filingDate());
		row.put("publicationDate", record.publicationDate());
		row.put("grantDate", record.grantDate());
		row.put("priorityDate", record.priorityDate());
		row.put("applicationNumber", record.applicationNumber());
		row.put("familyId", record.familyId());
		row.put("type", record.type());
		row.put("governmentInterest", record.governmentInterest());
		row.put("url", record.url());
		if (record.term() != null) {
			row.put("termAdjustmentDays", record.term().adjustmentDays());
			row.put("terminalDisclaimer", record.term().terminalDisclaimer());
		}
		if (record.legalStatus() != null) {
			row.put("legalStatus", record.legalStatus().status());
			row.put("legalStatusSource", record.legalStatus().source());
			row.put("legalStatusRaw", record.legalStatus().raw());
		}
		PatentTerm.of(record).ifPresent(expiry -> {
			row.put("expiry", expiry.expiry());
			row.put("expirySource", expiry.source());
			row.put("expiryBasis", expiry.basis());
		});
		return row;
	}

	private static Map<String, Object> personRow(String number, Party party, String anchor, int sequence,
			LocalDate from) {
		Map<String, Object> row = new HashMap<>();
		row.put("number", number);
		row.put("id", party.externalId() != null ? "pv:" + party.externalId() : personId(party, anchor));
		row.put("name", party.person().display());
		row.put("nameKey", party.person().key());
		row.put("first", party.person().first());
		row.put("last", party.person().last());
		row.put("raw", party.rawName());
		row.put("city", party.city());
		row.put("state", party.state());
		row.put("country", party.country());
		row.put("sequence", sequence);
		row.put("from", from);
		return row;
	}

	/**
	 * A person's key until resolution: the name key at the first organization of the
	 * patent, or at the country when the patent has no organization owner.
	 */
	static String personId(Party party, String anchor) {
		return "person:" + party.person().key() + "@" + anchor;
	}

	private static String anchor(Party party, List<String> organizations) {
		if (!organizations.isEmpty()) {
			return organizations.get(0);
		}
		return party.country() != null ? party.country().toLowerCase(java.util.Locale.ROOT) : "-";
	}

	@SafeVarargs
	private static <T> T firstNonNull(T... values) {
		for (T value : values) {
			if (Objects.nonNull(value)) {
				return value;
			}
		}
		return null;
	}

}
