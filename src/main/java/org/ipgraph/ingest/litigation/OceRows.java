package org.ipgraph.ingest.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * Turns rows of the OCE tables into records.
 */
final class OceRows {

	/** Values OCE writes where a case has no patent number. */
	private static final Set<String> NO_PATENT = Set.of("NA", "N/A", "NONE", "0");

	private OceRows() {
	}

	static DocketCase docketCase(CsvRow row) throws BadRecordException {
		String cause = row.value("case_cause");
		String lower = cause == null ? "" : cause.toLowerCase(Locale.ROOT);
		return new DocketCase(OceTables.caseKey(row), row.value("case_row_id"),
				row.required("district_id").toLowerCase(Locale.ROOT),
				row.has("court_name") ? row.value("court_name") : null, row.value("case_name"), row.date("date_filed"),
				row.date("date_closed"), cause, lower.contains("2201") || lower.contains("declaratory"));
	}

	/**
	 * Plaintiffs and defendants; counter-claimants, third parties, intervenors and other
	 * roles are skipped (counterclaims name the same parties the other way round).
	 */
	static DocketParty party(CsvRow row) throws BadRecordException {
		String type = row.required("party_type");
		Boolean plaintiff = side(type);
		if (plaintiff == null) {
			return null;
		}
		return new DocketParty(OceTables.caseKey(row), row.value("case_row_id"), plaintiff, type, row.required("name"));
	}

	static DocketCounsel counsel(CsvRow row) throws BadRecordException {
		Boolean plaintiff = side(row.get("party_type"));
		String side = plaintiff == null ? "other" : plaintiff ? "plaintiff" : "defendant";
		String attorney = row.required("attorney_name");
		String firm = row.has("attorney_contactinfo")
				? Representation.firmOfContact(row.value("attorney_contactinfo"), attorney) : null;
		return new DocketCounsel(OceTables.caseKey(row), row.value("case_row_id"), side, attorney, firm);
	}

	static DocketActivity entry(CsvRow row) throws BadRecordException {
		return new DocketActivity(OceTables.caseKey(row), row.value("case_row_id"), 1, row.date("doc_date_filed"));
	}

	/**
	 * A patent in suit. Application serial numbers ({@code 12/910764}) name no
	 * publication and are skipped, as are the "no number" markers; anything else that
	 * does not parse is a bad record.
	 */
	static PatentInSuit patent(CsvRow row) throws BadRecordException {
		String value = row.value("patent");
		String type = row.get("patent_doc_type");
		if (value == null || NO_PATENT.contains(value.toUpperCase(Locale.ROOT))
				|| type.equalsIgnoreCase("Application")) {
			return null;
		}
		PatentNumber number = PatentNumber.parse(value, "US")
			.orElseThrow(() -> new BadRecordException("unparseable patent number '" + value + "'"));
		List<String> caseTypes = new ArrayList<>();
		for (String column : List.of("case_type_1", "case_type_2", "case_type_3")) {
			if (row.has(column) && row.value(column) != null) {
				caseTypes.add(row.value(column));
			}
		}
		return new PatentInSuit(OceTables.caseKey(row), row.value("case_row_id"), number, caseTypes);
	}

	/**
	 * True for plaintiffs, false for defendants, null for any other role.
	 */
	static Boolean side(String partyType) {
		String t = partyType == null ? "" : partyType.toLowerCase(Locale.ROOT);
		if (t.contains("counter") || t.contains("third") || t.contains("cross")) {
			return null;
		}
		if (t.contains("plaintiff")) {
			return true;
		}
		return t.contains("defendant") ? Boolean.FALSE : null;
	}

	/**
	 * Counts consecutive docket entries of one case into one record: OCE groups the
	 * documents table by case, so a case is read in one run.
	 */
	static final class EntryCounter implements RecordSink {

		private final RecordSink sink;

		private DocketActivity current;

		private String ref;

		EntryCounter(RecordSink sink) {
			this.sink = sink;
		}

		@Override
		public void accept(String ref, Object record) {
			DocketActivity entry = (DocketActivity) record;
			if (this.current != null && this.current.caseKey().equals(entry.caseKey())) {
				LocalDate last = later(this.current.lastEntryOn(), entry.lastEntryOn());
				this.current = new DocketActivity(this.current.caseKey(), this.current.rowId(),
						this.current.entries() + 1, last);
				return;
			}
			flush();
			this.current = entry;
			this.ref = ref;
		}

		@Override
		public void reject(String ref, String reason) {
			this.sink.reject(ref, reason);
		}

		void flush() {
			if (this.current != null) {
				this.sink.accept(this.ref, this.current);
				this.current = null;
			}
		}

		private static LocalDate later(LocalDate a, LocalDate b) {
			return a == null ? b : b == null || a.isAfter(b) ? a : b;
		}

	}

}
