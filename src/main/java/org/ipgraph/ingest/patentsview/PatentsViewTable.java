package org.ipgraph.ingest.patentsview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.PersonName;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;

/**
 * The PatentsView tables this reader knows, with their published columns
 * (PatentsView-DB's {@code patentsview_export_granted} views). Required columns are the
 * ones the reader uses; the other published ones are accepted and ignored.
 */
enum PatentsViewTable {

	G_PATENT("g_patent", null,
			List.of("patent_id", "patent_type", "patent_date", "patent_title", "patent_abstract", "wipo_kind"),
			List.of("num_claims", "withdrawn", "filename")) {

		@Override
		Contribution parse(Row row) {
			PatentNumber id = row.number("patent_id");
			PatentNumber number = new PatentNumber(id.jurisdiction(), id.docNumber(), row.get("wipo_kind"));
			var date = row.date("patent_date");
			String type = row.text("patent_type").map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
			String title = row.get("patent_title");
			String abstractText = row.get("patent_abstract");
			String withdrawn = "1".equals(row.get("withdrawn")) ? "withdrawn" : null;
			return new Contribution(number, 0,
					b -> b.title(title)
						.abstractText(abstractText)
						.grantDate(date)
						.publicationDate(date)
						.type(type)
						.legalStatus(withdrawn, "patentsview", "withdrawn=1"));
		}

	},

	G_ASSIGNEE_DISAMBIGUATED("g_assignee_disambiguated", "assignee_sequence",
			List.of("patent_id", "assignee_sequence", "assignee_id", "disambig_assignee_individual_name_first",
					"disambig_assignee_individual_name_last", "disambig_assignee_organization"),
			List.of("assignee_type", "location_id")) {

		@Override
		Contribution parse(Row row) {
			Optional<String> organization = row.text("disambig_assignee_organization");
			PersonName person = new PersonName(row.get("disambig_assignee_individual_name_first"),
					row.get("disambig_assignee_individual_name_last"));
			if (organization.isEmpty() && person.isBlank()) {
				throw new BadRowException("neither disambig_assignee_organization nor an individual name is given");
			}
			// assignee ids are not person ids: only inventors are keyed pv:<id>
			Party owner = organization.map(Party::organization).orElseGet(() -> Party.person(person));
			return new Contribution(row.number("patent_id"), row.sequence("assignee_sequence"), b -> b.owner(owner));
		}

	},

	G_INVENTOR_DISAMBIGUATED(
			"g_inventor_disambiguated", "inventor_sequence", List.of("patent_id", "inventor_sequence", "inventor_id",
					"disambig_inventor_name_first", "disambig_inventor_name_last"),
			List.of("gender_code", "location_id")) {

		@Override
		Contribution parse(Row row) {
			PersonName name = new PersonName(row.get("disambig_inventor_name_first"),
					row.get("disambig_inventor_name_last"));
			if (name.isBlank()) {
				throw new BadRowException("the inventor has no name");
			}
			Party inventor = Party.person(name).withExternalId(row.required("inventor_id"));
			return new Contribution(row.number("patent_id"), row.sequence("inventor_sequence"),
					b -> b.inventor(inventor));
		}

	},

	G_CPC_CURRENT("g_cpc_current", "cpc_sequence",
			List.of("patent_id", "cpc_sequence", "cpc_section", "cpc_class", "cpc_subclass", "cpc_group"),
			List.of("cpc_type")) {

		@Override
		Contribution parse(Row row) {
			String group = row.required("cpc_group");
			CpcSymbol symbol = CpcSymbol.parse(group)
				.orElseThrow(() -> new BadRowException("cpc_group '" + group + "' is not a CPC symbol"));
			return new Contribution(row.number("patent_id"), row.sequence("cpc_sequence"), b -> b.cpc(symbol));
		}

	},

	G_US_PATENT_CITATION("g_us_patent_citation", "citation_sequence",
			List.of("patent_id", "citation_sequence", "citation_patent_id", "citation_category"),
			List.of("citation_date", "record_name", "wipo_kind")) {

		@Override
		Contribution parse(Row row) {
			PatentNumber cited = row.number("citation_patent_id");
			PatentNumber withKind = new PatentNumber(cited.jurisdiction(), cited.docNumber(), row.get("wipo_kind"));
			String category = row.get("citation_category");
			return new Contribution(row.number("patent_id"), row.sequence("citation_sequence"),
					b -> b.cites(withKind, category));
		}

	};

	private final String tableName;

	private final String sequenceColumn;

	private final List<String> required;

	private final List<String> published;

	PatentsViewTable(String tableName, String sequenceColumn, List<String> required, List<String> optional) {
		this.tableName = tableName;
		this.sequenceColumn = sequenceColumn;
		this.required = required;
		List<String> all = new ArrayList<>(required);
		all.addAll(optional);
		this.published = List.copyOf(all);
	}

	/**
	 * What one row adds to its patent's record.
	 * @throws BadRowException when a value is unusable
	 */
	abstract Contribution parse(Row row);

	String tableName() {
		return this.tableName;
	}

	List<String> required() {
		return this.required;
	}

	List<String> published() {
		return this.published;
	}

	boolean hasSequence() {
		return this.sequenceColumn != null;
	}

	List<String> missing(Collection<String> columns) {
		return this.required.stream().filter(c -> !columns.contains(c)).toList();
	}

	List<String> unknown(Collection<String> columns) {
		return columns.stream().filter(c -> !this.published.contains(c)).toList();
	}

	/**
	 * The table a file name names: {@code g_patent.tsv}, {@code g_patent.tsv.zip}.
	 */
	static Optional<PatentsViewTable> byFileName(String fileName) {
		String base = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.zip$", "").replaceFirst("\\.(tsv|txt)$", "");
		return Arrays.stream(values()).filter(t -> t.tableName.equals(base)).findFirst();
	}

	/**
	 * The table whose required columns a header has.
	 */
	static Optional<PatentsViewTable> byHeader(Collection<String> columns) {
		return Arrays.stream(values()).filter(t -> t.missing(columns).isEmpty()).findFirst();
	}

	/**
	 * A patent's share of one row.
	 *
	 * @param number the patent
	 * @param sequence the row's order among the patent's rows
	 * @param apply what it sets on the record
	 */
	record Contribution(PatentNumber number, int sequence, Consumer<PatentRecord.Builder> apply) {
	}

}
