package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.nlp.NameRules;
import org.ipgraph.nlp.linking.Gazetteer;
import org.ipgraph.nlp.linking.ReferenceData;

/**
 * The organizations the patent data already names, as the reference list
 * {@code reference/organizations.tsv} (issue 10: names on web pages, also German and
 * French ones, are found by linking to names the graph or a list already knows, never by
 * guessing new ones). In a deployment the graph's own organizations (owners, applicants,
 * assignees, litigants) play this role; the list lets the evaluation measure the same
 * thing on names of the shared data. Sources, each a table of organizations with records:
 * standards-body members ({@code sso-organizations}, one record each), SEP declarations
 * ({@code iplytics-sep-sample}, one record per declaration), drone patent applicants
 * ({@code lens-drones-patents}, families per applicant) and wearable patent assignees
 * ({@code google-patents-wearables-2024}, grants per assignee). Rules:
 * <ul>
 * <li>a name is held by at least {@link #MIN_PATENTS} patents in a patent source, or is
 * listed by a curated list (standards-body members, SEP declarers);</li>
 * <li>trailing legal forms go ("Nokia Corporation", "Rapidsos, Inc." give {@code Nokia},
 * {@code Rapidsos}), and a name written all in capitals is written in title case ("THALES
 * SA" gives {@code Thales}), but a word of at most three letters stays in capitals
 * ({@code BAE}); the full spellings stay as aliases;</li>
 * <li>people (a known given name then one or two capitalized words, no organization
 * word), countries and generic names are left out;</li>
 * <li><b>ambiguity</b>: a one-word name that edited English reference text (the CPC
 * titles and the US IP statutes and regulations) writes at least {@link #COMMON_WORD}
 * times in lower case is a common word ("Block", "Sun", "Orange", "Three") and left out,
 * unless the name itself has a capital inside ("InterDigital"), which no common word has:
 * such a name is found on a page only with context (its legal form, a suit, a list of
 * companies, then found again across the page by the name rules). The wiki pages are no
 * reference for this: they write brands in lower case ("google it", "microsoft").</li>
 * </ul>
 */
public final class KnownOrganizations {

	/** Patents (grants or families) a name needs in a patent source. */
	static final int MIN_PATENTS = 2;

	/** Lower-case occurrences that make a one-word name a common word. */
	static final int COMMON_WORD = 3;

	private static final Pattern LOWER_WORD = Pattern
		.compile("(?<![\\p{L}\\p{N}./@#:_-])\\p{Ll}[\\p{Ll}-]+(?![\\p{L}\\p{N}@_-]|[./:][\\p{L}\\p{N}])");

	private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+|\\S+@\\S+");

	private static final Set<String> LEGAL = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
			"ltd", "limited", "llc", "llp", "lp", "plc", "gmbh", "mbh", "ag", "kg", "sa", "nv", "bv", "kk", "oy", "oyj",
			"ab", "as", "asa", "aps", "spa", "srl", "sarl", "sas", "sl", "pty", "pte", "pvt", "ltda", "se", "bhd",
			"kgaa", "ev", "e.v", "s.a", "s.p.a", "n.v", "b.v", "s.r.l", "s.l", "a.g");

	/** Countries as company names write them, beside the English names. */
	private static final Set<String> COUNTRY_WORDS = Set.of("UK", "US", "USA", "Europe", "España", "Deutschland",
			"Italia", "Nederland", "Schweiz", "Suisse", "Österreich", "Sverige", "Danmark", "Norge", "Suomi", "Polska",
			"Brasil", "México", "Korea", "Asia");

	private static final Set<String> CONNECTORS = Set.of("of", "de", "for", "and", "the", "&", "du", "des", "der", "di",
			"del");

	private static final Set<String> ORGANIZATION_WORDS = Set.of("university", "universität", "institute", "inc",
			"company", "corporation", "technology", "technologies", "systems", "group", "labs", "laboratories",
			"holdings", "foundation", "association", "electronics", "industries", "research", "network", "networks");

	/** One organization: the short name, full spellings, records and sources. */
	record Organization(String name, String kind, Set<String> aliases, int records, Set<String> sources) {
	}

	/** The kinds the standards-body list's stakeholder groups give. */
	private static final Map<String, OrganizationKind> SSO_KINDS = Map.of("Government",
			OrganizationKind.GOVERNMENT_AGENCY, "Academia", OrganizationKind.UNIVERSITY);

	private final Map<String, Organization> byKey = new TreeMap<>();

	private final List<String> ambiguous = new ArrayList<>();

	private final Set<String> givenNames;

	private final Map<String, Integer> lowerCase;

	/**
	 * @param givenNames given names of people (names that start with one are left out)
	 * @param lowerCase how often reference text writes each word in lower case
	 */
	KnownOrganizations(Set<String> givenNames, Map<String, Integer> lowerCase) {
		this.givenNames = givenNames;
		this.lowerCase = lowerCase;
	}

	/**
	 * The list from the shared data.
	 * @param data the shared data root
	 * @param givenNames given names of people
	 */
	static KnownOrganizations derive(Path data, Set<String> givenNames) {
		KnownOrganizations list = new KnownOrganizations(givenNames, lowerCaseWords(referenceText(data)));
		Path sso = data.resolve("sso-organizations/organization_categories.csv");
		for (Map<String, String> row : CsvTable.readAll(sso)) {
			list.add(row.get("name"), 1, "sso-organizations", SSO_KINDS.get(row.getOrDefault("stakeholdergroup", "")));
		}
		Path sep = data.resolve("iplytics-sep-sample/declarations.csv");
		for (Map<String, String> row : CsvTable.readAll(sep)) {
			list.add(row.get("Declaring Company"), 1, "iplytics-sep-sample");
		}
		Map<String, Integer> families = new LinkedHashMap<>();
		for (Map<String, String> row : CsvTable
			.readAll(data.resolve("lens-drones-patents/drones_organisations_count_fulltext.csv"))) {
			families.merge(row.get("applicants_organisations_only"), (int) Double.parseDouble(row.get("n")),
					Integer::sum);
		}
		families.forEach((name, n) -> {
			if (n >= MIN_PATENTS) {
				list.add(name, n, "lens-drones-patents");
			}
		});
		Map<String, Integer> grants = new LinkedHashMap<>();
		for (Map<String, String> row : NamePools
			.readSkippingFirstLine(data.resolve("google-patents-wearables-2024/gp-search-20250612-003902.csv"))) {
			String assignee = row.getOrDefault("assignee", "").strip();
			if (!assignee.isEmpty()) {
				grants.merge(assignee, 1, Integer::sum);
			}
		}
		grants.forEach((name, n) -> {
			if (n >= MIN_PATENTS) {
				list.add(name, n, "google-patents-wearables-2024");
			}
		});
		return list;
	}

	/**
	 * Edited English reference text for the ambiguity filter: CPC titles and the US IP
	 * statutes and regulations.
	 */
	static List<Path> referenceText(Path data) {
		List<Path> files = new ArrayList<>();
		files.addAll(list(data.resolve("cpc-title-list-202208"), ".txt"));
		files.addAll(list(data.resolve("us-law-ip-texts"), ".md"));
		return files;
	}

	private static List<Path> list(Path dir, String suffix) {
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException(dir + ": reference text for the organizations list not found");
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How often each word is written in lower case (outside URLs and addresses).
	 */
	static Map<String, Integer> lowerCaseWords(Collection<Path> files) {
		Map<String, Integer> counts = new HashMap<>();
		for (Path file : files) {
			try {
				countLowerCase(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), counts);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
			}
		}
		return counts;
	}

	static void countLowerCase(String text, Map<String, Integer> counts) {
		Matcher m = LOWER_WORD.matcher(URL.matcher(text).replaceAll(" "));
		while (m.find()) {
			counts.merge(m.group(), 1, Integer::sum);
		}
	}

	/**
	 * Adds a name with its records, unless a rule leaves it out.
	 */
	void add(String raw, int records, String source) {
		add(raw, records, source, null);
	}

	/**
	 * Adds a name with its records and the kind its source gives (null: the kind its name
	 * suggests), unless a rule leaves it out.
	 */
	void add(String raw, int records, String source, OrganizationKind sourceKind) {
		if (raw == null || raw.isBlank() || raw.contains("|") || raw.contains("\t")) {
			return;
		}
		String full = caseOf(raw.strip().replaceAll("\\s+", " "));
		String name = withoutCountry(shortName(full));
		String key = OrganizationNames.plainKey(name);
		if (key.length() < 2 || name.chars().noneMatch(Character::isLetter) || isPerson(name)
				|| NameRules.isCountry(name) || Gazetteer.GENERIC.contains(key) || !Gazetteer.isCleanName(name)) {
			return;
		}
		if (!name.contains(" ") && !hasInnerCapital(name)
				&& this.lowerCase.getOrDefault(name.toLowerCase(Locale.ROOT), 0) >= COMMON_WORD) {
			if (!this.ambiguous.contains(name)) {
				this.ambiguous.add(name);
			}
			return;
		}
		Organization old = this.byKey.get(key);
		Set<String> aliases = new TreeSet<>(old == null ? Set.of() : old.aliases());
		Set<String> sources = new TreeSet<>(old == null ? Set.of() : old.sources());
		sources.add(source);
		if (!full.equals(name) && Gazetteer.isCleanName(full)) {
			aliases.add(full);
		}
		String kept = old == null ? name : old.name();
		OrganizationKind kind = sourceKind != null ? sourceKind
				: old != null ? OrganizationKind.of(old.kind()) : OrganizationNames.kind(name);
		aliases.remove(kept);
		this.byKey.put(key,
				new Organization(kept, kind.value(), aliases, (old == null ? 0 : old.records()) + records, sources));
	}

	/**
	 * A name without its trailing legal forms ("Samsung Electronics Co., Ltd." gives
	 * "Samsung Electronics"); a name that is only a legal form stays as it is.
	 */
	static String shortName(String name) {
		List<String> words = new ArrayList<>(List.of(name.split(" ")));
		while (words.size() > 1) {
			String last = words.get(words.size() - 1);
			String bare = last.toLowerCase(Locale.ROOT).replaceAll("^[,(]+|[,.)]+$", "");
			if (LEGAL.contains(bare) || LEGAL.contains(bare.replace(".", "")) || bare.equals("&") || bare.isEmpty()) {
				words.remove(words.size() - 1);
			}
			else {
				break;
			}
		}
		String out = String.join(" ", words).replaceAll("[,&]+$", "").strip();
		return out.isEmpty() ? name : out;
	}

	/**
	 * A branch named by its parent and a country is the parent ("Motorola Mobility UK",
	 * "Motorola Mobility España" give "Motorola Mobility"), when at least two words are
	 * left and they do not end in a connector ("Bank of China" and "Telecom Italia"
	 * stay).
	 */
	static String withoutCountry(String name) {
		int space = name.lastIndexOf(' ');
		if (space < 0) {
			return name;
		}
		String last = name.substring(space + 1);
		String rest = name.substring(0, space);
		boolean country = NameRules.isCountry(last) || COUNTRY_WORDS.contains(last);
		return country && rest.contains(" ")
				&& !CONNECTORS.contains(rest.substring(rest.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)) ? rest
						: name;
	}

	/**
	 * A name written all in capitals in title case, words of at most three letters kept
	 * in capitals ("BOEING CO" gives "Boeing Co", "BAE SYSTEMS" gives "BAE Systems"); a
	 * name in mixed case as written.
	 */
	static String caseOf(String name) {
		if (!name.equals(name.toUpperCase(Locale.ROOT))) {
			return name;
		}
		StringBuilder out = new StringBuilder();
		for (String word : name.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			long letters = word.chars().filter(Character::isLetter).count();
			if (letters <= 3 && !LEGAL.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) {
				out.append(word);
			}
			else {
				out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
			}
		}
		return out.toString();
	}

	/**
	 * Whether a name has a capital after a lower-case letter ("InterDigital", "eBay").
	 */
	static boolean hasInnerCapital(String name) {
		for (int i = 1; i < name.length(); i++) {
			if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private boolean isPerson(String name) {
		String[] words = name.split(" ");
		if (words.length < 2 || words.length > 3 || !this.givenNames.contains(words[0])) {
			return false;
		}
		for (String word : words) {
			if (ORGANIZATION_WORDS.contains(word.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(word.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	List<Organization> organizations() {
		return List.copyOf(this.byKey.values());
	}

	List<String> ambiguous() {
		return List.copyOf(this.ambiguous);
	}

	/**
	 * Writes the list in the columns of the other reference lists (name, kind, acronyms,
	 * aliases, parent) plus records and sources.
	 */
	void write(Path file) {
		List<String> lines = new ArrayList<>();
		lines.add("# Organizations the patent data already names (issue 10), derived by 'ipgraph nlp train' from the "
				+ "shared data:");
		lines.add("# sso-organizations (members), iplytics-sep-sample (declarers), lens-drones-patents and "
				+ "google-patents-wearables-2024 (>= " + MIN_PATENTS + " patents). Legal forms dropped, capitals "
				+ "in title case;");
		lines.add("# one-word names without an inner capital written in lower case >= " + COMMON_WORD
				+ " times in the CPC titles and us-law-ip-texts left out as common words: " + this.ambiguous.size()
				+ " (" + String.join(", ", this.ambiguous.stream().sorted().limit(40).toList())
				+ (this.ambiguous.size() > 40 ? ", ..." : "") + ").");
		lines.add("# In a deployment the graph's own organizations play this role. Columns (tab-separated): name, "
				+ "kind, acronyms, aliases, parent, records, sources. " + this.byKey.size() + " organizations.");
		for (Organization o : this.byKey.values()) {
			lines.add(String.join("\t", o.name(), o.kind(), "", String.join("|", o.aliases()), "",
					Integer.toString(o.records()), String.join("|", o.sources())));
		}
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
		}
	}

	/** The reference list's path under the model directory. */
	static Path path(Path modelDir) {
		return modelDir.resolve(ReferenceData.ORGANIZATIONS);
	}

}
