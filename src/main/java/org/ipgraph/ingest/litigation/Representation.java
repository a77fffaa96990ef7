package org.ipgraph.ingest.litigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.graph.PersonName;
import org.ipgraph.ingest.WriteContext;
import org.ipgraph.ingest.orgs.OrganizationRows;

/**
 * Service providers named by litigation and assignment records, as nodes rather than
 * strings: the firm is an {@code Organization} and the attorney a {@code Person}, both
 * with the label {@code Provider} and the kinds of work seen in {@code providerKinds}. A
 * case is {@code REPRESENTED_BY} them (with the side), a recorded assignment's
 * {@code LegalEvent} is {@code HANDLED_BY} its correspondent. Everything is MERGEd on
 * keys, so reading a record again creates nothing.
 */
final class Representation {

	private static final Pattern ET_AL = Pattern.compile("(?i)\\s*,?\\s*et\\.?\\s*al\\.?\\s*$");

	private static final Pattern ADDRESS = Pattern.compile("\\s(?=\\d)|\\s+-\\s+|\\s*\\(");

	// words that mark a name as a firm's rather than a person's
	private static final Pattern FIRM = Pattern
		.compile("(?i)(&|\\b(llp|llc|l\\.l\\.p|pllc|p\\.c|ltd|limited|inc|gmbh|law|legal|patent|patents|ip|"
				+ "intellectual|attorneys?|group|associates|partners|offices?|agency|chambers)\\b)");

	/** Firm and attorney of one side of a case, or of one record. */
	private static final String MERGE_PROVIDERS = """
			CALL (row) {
			  WITH * WHERE row.key IS NOT NULL
			""" + OrganizationRows.merge("o", "") + """
			  SET o:Provider, o.serviceType = coalesce(o.serviceType, row.serviceType),
			      o.providerKinds = %s
			}
			CALL (row) {
			  WITH * WHERE row.person IS NOT NULL
			  MERGE (a:Person {id: row.person})
			  ON CREATE SET a.name = row.personName, a.nameKey = row.personKey
			  SET a:Provider, a.providerKinds = %s
			  WITH a, row WHERE row.key IS NOT NULL
			  MATCH (o:Organization {id: row.key})
			  MERGE (a)-[w:AFFILIATED_WITH]->(o)
			  ON CREATE SET w.role = row.personKind, w.source = row.source
			}
			""".formatted(LitigationCypher.addToList("o.providerKinds", "row.firmKind"),
			LitigationCypher.addToList("a.providerKinds", "row.personKind"));

	static final String CASES = linking("MATCH (x:LitigationCase {id: row.case})", "REPRESENTED_BY {side: row.side}",
			"r.source = coalesce(r.source, row.source), r.party = coalesce(row.party, r.party), r.attorneys = "
					+ LitigationCypher.addToList("r.attorneys", "row.personName"),
			"r.source = coalesce(r.source, row.source), r.party = coalesce(row.party, r.party), "
					+ "r.firm = coalesce(row.key, r.firm)");

	static final String RECORDS = linking("MATCH (x:LegalEvent {id: row.event})", "HANDLED_BY",
			"r.role = 'correspondent', r.source = row.source",
			"r.role = 'correspondent', r.source = row.source, r.firm = row.key");

	private Representation() {
	}

	/**
	 * MERGEs the providers of each row, then the relationship {@code type} from the node
	 * {@code match} finds ({@code x}) to the firm and to the person, setting
	 * {@code firmSet} and {@code personSet} on it ({@code r}).
	 */
	private static String linking(String match, String type, String firmSet, String personSet) {
		return "UNWIND $rows AS row\n" + MERGE_PROVIDERS + """
				WITH row
				%1$s
				CALL (x, row) {
				  WITH * WHERE row.key IS NOT NULL
				  MATCH (p:Organization {id: row.key})
				  MERGE (x)-[r:%2$s]->(p)
				  SET %3$s
				}
				CALL (x, row) {
				  WITH * WHERE row.person IS NOT NULL
				  MATCH (p:Person {id: row.person})
				  MERGE (x)-[r:%2$s]->(p)
				  SET %4$s
				}
				""".formatted(match, type, firmSet, personSet);
	}

	/**
	 * The parameters of a firm and an attorney, either may be null.
	 * @param firm the firm's name as written, or null
	 * @param attorney the attorney's name as written ("Last, First" or "First Last"), or
	 * null
	 * @param firmKind the work seen for the firm: {@code law_firm}, {@code correspondent}
	 * @param personKind the work seen for the person: {@code attorney},
	 * {@code correspondent}
	 * @return the row, or null when neither names anyone
	 */
	static Map<String, Object> row(String firm, String attorney, String firmKind, String personKind,
			WriteContext context) {
		Map<String, Object> row = firm == null ? null : OrganizationRows.of(firm, context);
		if (row != null) {
			row.put("kind", "service_institution");
			row.put("serviceType", "law_firm");
			row.put("firmKind", firmKind);
		}
		PersonName name = attorney == null ? null : PersonName.parse(ET_AL.matcher(attorney).replaceAll(""));
		if (name != null && name.key().isEmpty()) {
			name = null;
		}
		if (row == null && name == null) {
			return null;
		}
		if (row == null) {
			row = new HashMap<>();
			row.put("key", null);
		}
		if (name != null) {
			Object firmKey = row.get("key");
			row.put("person", "person:" + name.key() + "@" + (firmKey == null ? "-" : firmKey));
			row.put("personName", name.display());
			row.put("personKey", name.key());
			row.put("personKind", personKind);
		}
		else {
			row.put("person", null);
			row.put("personName", null);
		}
		return row;
	}

	/**
	 * The firm in an attorney's contact details as the OCE attorneys table writes them:
	 * the first line (lines split at new lines or semicolons), up to the street address
	 * (the first number), an office suffix ({@code " - Dallas"}) or a parenthesis. Null
	 * when nothing with letters is left, or when it is the attorney's own name.
	 */
	static String firmOfContact(String contact, String attorney) {
		if (contact == null || contact.isBlank()) {
			return null;
		}
		String first = contact.strip().split("\\s*[;\\n\\r]\\s*", 2)[0];
		if (first.isEmpty() || Character.isDigit(first.charAt(0))) {
			return null;
		}
		String firm = ADDRESS.split(first, 2)[0].strip().replaceAll("[,\\s]+$", "");
		if (firm.length() < 2 || firm.length() > 150 || firm.chars().noneMatch(Character::isLetter)) {
			return null;
		}
		if (attorney != null && OrganizationNames.key(firm).equals(OrganizationNames.key(attorney))) {
			return null;
		}
		return firm;
	}

	/**
	 * Whether a name is a firm's: it has an ampersand, a legal form, or a word of the
	 * trade (law, patent, IP, attorneys, group, partners, offices...).
	 */
	static boolean isFirm(String name) {
		return name != null && FIRM.matcher(name).find();
	}

	/**
	 * A correspondent of a recorded assignment: a firm when the name is a firm's,
	 * otherwise a person, at the firm named in the first address line that is a firm's.
	 * @return firm and person (either may be null)
	 */
	static String[] correspondent(String name, List<String> address) {
		if (name == null) {
			return new String[] { null, null };
		}
		if (isFirm(name)) {
			return new String[] { name, null };
		}
		List<String> lines = new ArrayList<>(address);
		lines.removeIf(line -> line == null || !isFirm(line) || Character.isDigit(line.strip().charAt(0)));
		return new String[] { lines.isEmpty() ? null : lines.get(0), name };
	}

}
