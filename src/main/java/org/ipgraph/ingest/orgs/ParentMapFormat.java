package org.ipgraph.ingest.orgs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvHead;
import org.ipgraph.ingest.csv.CsvHeader;
import org.ipgraph.ingest.csv.CsvRow;
import org.ipgraph.ingest.csv.CsvTable;

import org.springframework.stereotype.Component;

/**
 * The hand-reviewed maps of the Dyèvre–Seager Compustat-patent match, told apart by
 * header: subsidiary remaps ({@code clean_name_child, clean_name_parent}), joint ventures
 * ({@code jv, clean_name_parent}), reviewed substring matches
 * ({@code match_name, match_pc,
 * clean_name, cn_pc}), name-prefix rules ({@code vacuum_name, clean_name}) and
 * acquisitions of private firms ({@code gvkey_primary, name_secondary, year}). Names are
 * compact clean names; see {@link CompactNames}.
 */
@Component
class ParentMapFormat extends NamedFormat {

	private static final Pattern CLEAN_NAME = Pattern.compile("^[A-Z0-9]+$");

	private static final List<Layout> LAYOUTS = List.of(
			new Layout(List.of("clean_name_child", "clean_name_parent"), "subsidiaryManualRemap"),
			new Layout(List.of("jv", "clean_name_parent"), "jvManualRemap"),
			new Layout(List.of("match_name", "match_pc", "clean_name", "cn_pc"), "substringMatch_manuallyReviewed"),
			new Layout(List.of("vacuum_name", "clean_name"), ParentMapWriter.PREFIX_SOURCE),
			new Layout(List.of("gvkey_primary", "name_secondary", "year"), "effectiveAcq_listedPrivate"));

	ParentMapFormat() {
		super("parent-map", "Compustat-match parent, joint-venture and acquisition maps (compact clean names)");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		CsvHead lines = CsvHead.of(head);
		return LAYOUTS.stream().anyMatch(l -> lines.hasColumns(0, ',', l.columns().toArray(String[]::new)));
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		try (CsvTable table = CsvTable.open(in, ',', sink.limits())) {
			CsvHeader header = table.header();
			Layout layout = LAYOUTS.stream()
				.filter(l -> header != null && header.missing(l.columns()).isEmpty())
				.findFirst()
				.orElse(null);
			if (layout == null) {
				sink.reject("file",
						"header fits none of the parent-map layouts " + LAYOUTS.stream().map(Layout::columns).toList()
								+ "; found columns " + (header == null ? "none (empty file)" : header.names()));
				return;
			}
			table.read(sink, layout.columns(), row -> parse(layout, row));
		}
	}

	private static Object parse(Layout layout, CsvRow row) throws BadRecordException {
		String source = layout.source();
		return switch (source) {
			case "subsidiaryManualRemap" -> new ParentMapping(clean(row, "clean_name_child"),
					clean(row, "clean_name_parent"), "subsidiary", false, source);
			case "jvManualRemap" ->
				new ParentMapping(clean(row, "jv"), clean(row, "clean_name_parent"), "joint_venture", false, source);
			case "substringMatch_manuallyReviewed" -> substring(row, source);
			case ParentMapWriter.PREFIX_SOURCE ->
				new ParentMapping(clean(row, "vacuum_name"), clean(row, "clean_name"), "subsidiary", true, source);
			default -> acquisition(row, source);
		};
	}

	private static ParentMapping substring(CsvRow row, String source) throws BadRecordException {
		Double firm = number(row, "match_pc");
		Double name = number(row, "cn_pc");
		return new ParentMapping(clean(row, "clean_name"), clean(row, "match_name"), "subsidiary", false, source, name,
				firm);
	}

	private static Acquisition acquisition(CsvRow row, String source) throws BadRecordException {
		String gvkey = row.required("gvkey_primary");
		if (!gvkey.matches("\\d{1,6}")) {
			throw new BadRecordException("unparseable gvkey '" + gvkey + "' in column 'gvkey_primary'");
		}
		Integer year = row.integer("year");
		if (year == null) {
			throw new BadRecordException("missing value in column 'year'");
		}
		return new Acquisition(row.required("name_secondary"), gvkey, year, source);
	}

	private static String clean(CsvRow row, String column) throws BadRecordException {
		String value = row.required(column);
		if (!CLEAN_NAME.matcher(value).matches()) {
			throw new BadRecordException("'" + value + "' in column '" + column + "' is not a clean name "
					+ "(upper-case letters and digits only)");
		}
		return value;
	}

	// patent counts (fractional: shared patents count in part), sometimes blank
	private static Double number(CsvRow row, String column) throws BadRecordException {
		String value = row.value(column);
		if (value == null) {
			return null;
		}
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRecordException("unparseable number '" + value + "' in column '" + column + "'");
		}
	}

	private record Layout(List<String> columns, String source) {
	}

}
