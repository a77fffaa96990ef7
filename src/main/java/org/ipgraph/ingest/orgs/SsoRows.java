package org.ipgraph.ingest.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * A row of the SSO organization list ({@code organization_categories.csv}).
 */
final class SsoRows {

	static final List<String> COLUMNS = List.of("name", "category", "subsidiary of / alias of", "stakeholdergroup",
			"nationality", "Membership Organization");

	// the regional standards bodies of 3GPP, as the list names them
	private static final Map<String, String> BODIES = Map.of("ETSI", "European Telecommunications Standards Institute",
			"ATIS", "Alliance for Telecommunications Industry Solutions", "CCSA",
			"China Communications Standards Association", "TSDSI",
			"Telecommunications Standards Development Society, India", "ARIB",
			"Association of Radio Industries and Businesses", "TTA", "Telecommunications Technology Association", "TTC",
			"The Telecommunication Technology Committee");

	private static final Pattern TRAILING_ACRONYM = Pattern.compile("^(.*\\S)\\s*\\(([\\p{L}\\p{N}&\\-]{2,10})\\)$");

	private SsoRows() {
	}

	static CuratedOrganization parse(CsvRow row) throws BadRecordException {
		String raw = tidy(row.required("name"));
		String name = withoutAcronym(raw);
		String acronym = name.equals(raw) ? null : raw.substring(raw.lastIndexOf('(') + 1, raw.length() - 1);
		if (OrganizationNames.key(name).isEmpty()) {
			throw new BadRecordException("name '" + raw + "' has no letters or digits");
		}
		List<CuratedOrganization.Parent> parents = new ArrayList<>();
		for (String parent : parents(tidy(row.get("subsidiary of / alias of")))) {
			String parentName = withoutAcronym(parent);
			parents.add(new CuratedOrganization.Parent(parent, parentName, ParentRelation.of(name, parentName)));
		}
		String code = row.get("Membership Organization").toUpperCase(Locale.ROOT);
		String body = code.isEmpty() || code.equals("OTHER") ? null : BODIES.getOrDefault(code, code);
		String sector = tidy(row.get("category")).replaceAll("\\s*,\\s*", ", ");
		return new CuratedOrganization(raw, name, acronym,
				CuratedKinds.of(name, row.get("stakeholdergroup"), row.get("category")),
				sector.isEmpty() ? null : sector, Countries.code(row.value("nationality")), parents, body,
				body == null ? null : code);
	}

	/**
	 * The name without a trailing acronym in parentheses:
	 * {@code China Mobile Communications
	 * Corporation (CMCC)} keys as {@code China Mobile Communications Corporation}, which
	 * is how other sources write it.
	 */
	static String withoutAcronym(String name) {
		Matcher m = TRAILING_ACRONYM.matcher(name);
		return m.matches() && m.group(2).chars().filter(Character::isUpperCase).count() >= 2 ? m.group(1) : name;
	}

	/**
	 * The parents in the column: one name, or several separated by commas when no part is
	 * a bare legal form ({@code China Spacesat Co., Ltd.} is one name,
	 * {@code SITA, Airbus} two).
	 */
	static List<String> parents(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		List<String> parts = List.of(text.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		boolean legalForm = parts.stream().anyMatch(p -> OrganizationNames.key("x " + p).equals("x"));
		return legalForm || parts.size() == 1 ? List.of(text) : parts;
	}

	private static String tidy(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
