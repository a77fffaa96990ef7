package org.ipgraph.ingest.patentsview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small PatentsView tables with the published headers, written by the tests. Rows are
 * made up; fields are separated by {@code |} here and by tabs in the file.
 */
public final class Tables {

	static final String G_PATENT = "patent_id|patent_type|patent_date|patent_title|patent_abstract|wipo_kind|num_claims|withdrawn|filename";

	static final String G_ASSIGNEE = "patent_id|assignee_sequence|assignee_id|disambig_assignee_individual_name_first|disambig_assignee_individual_name_last|disambig_assignee_organization|assignee_type|location_id";

	static final String G_INVENTOR = "patent_id|inventor_sequence|inventor_id|disambig_inventor_name_first|disambig_inventor_name_last|gender_code|location_id";

	static final String G_CPC = "patent_id|cpc_sequence|cpc_section|cpc_class|cpc_subclass|cpc_group|cpc_type";

	static final String G_CITATION = "patent_id|citation_sequence|citation_patent_id|citation_date|record_name|wipo_kind|citation_category";

	private Tables() {
	}

	static String tsv(String... lines) {
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			out.append(line.replace('|', '\t')).append('\n');
		}
		return out.toString();
	}

	static Path write(Path dir, String name, String... lines) throws IOException {
		return Files.writeString(dir.resolve(name), tsv(lines));
	}

	static Path zip(Path dir, String name, String entry, String... lines) throws IOException {
		Path file = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(tsv(lines).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

	/**
	 * The five tables of two patents, one citing the other.
	 */
	public static void writeAll(Path dir) throws IOException {
		write(dir, "g_patent.tsv", G_PATENT,
				"10000001|utility|2018-06-19|\"Coherent ranging with \"\"quadrature\"\" pixels\"|\"A ranging system,|with a tab.\"|B2|20|0|ipg180619.xml",
				"10000002|design|2018-06-19|Drone housing||S1|1|0|ipg180619.xml");
		write(dir, "g_assignee_disambiguated.tsv", G_ASSIGNEE, "10000001|1|a-2|||Raytheon Co.|3|loc1",
				"10000001|0|a-1|||RAYTHEON COMPANY|2|loc1", "10000002|0|a-3|Ann|Lee||4|loc2");
		write(dir, "g_inventor_disambiguated.tsv", G_INVENTOR, "10000001|0|fl:ja_ln:crouch-1|Jason|Crouch|M|loc1",
				"10000001|1|fl:ro_ln:smith-3|Robert|Smith|M|loc1", "10000002|0|fl:an_ln:lee-7|Ann|Lee|F|loc2");
		write(dir, "g_cpc_current.tsv", G_CPC, "10000001|1|G|G01|G01S|G01S7/4917|additional",
				"10000001|0|G|G01|G01S|G01S17/32|inventional");
		write(dir, "g_us_patent_citation.tsv", G_CITATION, "10000001|0|10000002|2018-06-01|Lee|S1|cited by examiner",
				"10000001|1|D612345|2010-03-01|Old|S|cited by applicant");
	}

}
