package org.ipgraph.ingest.lens;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * Writes rows in the layout of a Lens.org full-field export, the one {@code lens-csv} reads: for
 * generated data such as the load test's concurrent ingests.
 */
@NamedInterface("lens-export")
public final class LensExport {

	/** The export's header line, without a line break. */
	public static final String HEADER = "\"#\",Jurisdiction,Kind,Publication Number,Lens ID,Publication Date,"
			+ "Publication Year,Application Number,Application Date,Priority Numbers,Title,Applicants,Inventors,URL,"
			+ "Type,Full Text,Cited Count,Simple Family Size,Extended Family Size,Sequence Count,CPC Classifications,"
			+ "IPCR Classifications,US Classifications,PubMed Id(s),DOI(s),Non-Patent Citations";

	private LensExport() {
	}

	/**
	 * One granted US patent (kind B2), without a line break.
	 * @param row the export's running number
	 * @param number the patent's digits
	 * @param published its publication date
	 * @param title its title
	 * @param applicants applicants, {@code ;;} between them as Lens writes them
	 * @param inventors inventors, {@code ;;} between them
	 * @param cpc CPC symbols, {@code ;;} between them
	 */
	public static String grantedUs(int row, long number, LocalDate published, String title, String applicants,
			String inventors, String cpc) {
		return String.join(",", String.valueOf(row), "US", "B2", "US " + number + " B2", "lens-" + number,
				published.toString(), String.valueOf(published.getYear()), "", "", "", quote(title), quote(applicants),
				quote(inventors), "", "Granted Patent", "no", "0", "1", "1", "0", quote(cpc), "", "", "", "", "");
	}

	private static String quote(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
