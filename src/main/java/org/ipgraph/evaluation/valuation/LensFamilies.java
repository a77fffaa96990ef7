package org.ipgraph.evaluation.valuation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.valuation.Cohorts;
import org.ipgraph.valuation.PatentFacts;
import org.ipgraph.valuation.PatentTerm;

/**
 * The Lens drones export read as valuation examples. The cut of each family is its
 * publication date: the features are what the publication shows (the filings it claims
 * priority from and their offices, its term left) plus Lens's forward-citation count; the
 * label is whether the family had grown to a large family when Lens exported it. Families
 * already large at publication are left out (nothing is left to predict).
 */
final class LensFamilies {

	static final String FILE = "lens-drones-patents/drones_fulltext_families_5884.csv";

	private LensFamilies() {
	}

	/**
	 * One family: its facts at publication and what Lens showed at export.
	 *
	 * @param facts features at publication ({@code later.largeFamily}: the label)
	 * @param published the publication date
	 * @param citations Lens's forward-citation count at export
	 * @param extendedFamily Lens's extended family size at export
	 */
	record Family(PatentFacts facts, LocalDate published, int citations, int extendedFamily) {
	}

	/**
	 * The families of the export with a publication date, a filing date and a family
	 * still below {@code large} at publication; {@code skipped[0]} counts the others.
	 */
	static List<Family> read(Path file, int large, int[] skipped) {
		List<Family> families = new ArrayList<>();
		for (Map<String, String> row : CsvTable.readAll(file)) {
			LocalDate published = date(row.get("Publication Date"));
			LocalDate filed = date(row.get("Application Date"));
			if (published == null || filed == null) {
				skipped[0]++;
				continue;
			}
			Set<String> members = new LinkedHashSet<>();
			Set<String> offices = new LinkedHashSet<>();
			offices.add(row.getOrDefault("Jurisdiction", ""));
			members.add(application(row.getOrDefault("Application Number", "")));
			for (String priority : row.getOrDefault("Priority Numbers", "").split(";;")) {
				if (!priority.isBlank()) {
					members.add(application(priority));
					offices.add(priority.trim().split("\\s+")[0]);
				}
			}
			int extended = integer(row.get("Extended Family Size"));
			if (members.size() >= large) {
				skipped[0]++;
				continue;
			}
			String cpc = row.getOrDefault("CPC Classifications", "").split(";;")[0].trim();
			String type = "Design right".equals(row.get("Type")) ? "design" : "utility";
			double yearsLeft = PatentTerm.yearsLeft(PatentTerm.expiry(null, type, filed, published), published);
			int citations = integer(row.get("Cited Count"));
			PatentFacts facts = new PatentFacts(row.get("Publication Number"),
					Cohorts.key(cpc.isEmpty() ? null : cpc, published.getYear()), citations, members.size(),
					offices.size(), -1, yearsLeft, 0, 0, 0, 0, 0,
					new PatentFacts.Outcomes(false, false, false, extended >= large));
			families.add(new Family(facts, published, citations, extended));
		}
		return families;
	}

	// "FR 1051751 A 20100311" and "AT 33585 A" are the application FR 1051751, AT 33585
	private static String application(String number) {
		String[] parts = number.trim().split("\\s+");
		return parts.length >= 2 ? parts[0] + parts[1] : parts[0];
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static int integer(String text) {
		try {
			return text == null || text.isBlank() ? 0 : Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
