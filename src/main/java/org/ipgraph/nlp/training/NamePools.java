package org.ipgraph.nlp.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.graph.PersonName;
import org.ipgraph.nlp.linking.Gazetteer;

/**
 * Real names for the templates, from the shared data: organizations (standards-body
 * members, patent assignees), people (inventors), agencies and programs. Each pool is
 * split in two by a stable hash, so held-out sentences name people and companies the
 * model never saw.
 */
final class NamePools {

	private static final Pattern JUNK_START = Pattern
		.compile("(?i)^(contract|grant|award|federal grant|government|agreement|cooperative agreement)\\b.*");

	final List<String> organizations = new ArrayList<>();

	final List<String> people = new ArrayList<>();

	final List<String> recipients = new ArrayList<>();

	final List<String> labs = new ArrayList<>();

	final List<String> agencies = new ArrayList<>();

	final Map<String, String> agencyAcronyms = new LinkedHashMap<>();

	/**
	 * Agencies as often as PatentsView's raw names name them: who funds patented
	 * research.
	 */
	final List<String> funders = new ArrayList<>();

	final Map<String, List<String>> surfaces = new LinkedHashMap<>();

	/** How often each given name starts an inventor's name (both halves). */
	final Map<String, Integer> givenNames = new java.util.TreeMap<>();

	final Map<String, String> programs = new LinkedHashMap<>();

	static NamePools load(Path data, AgencyList agencyList, Map<String, String> programs, boolean heldOut) {
		NamePools pools = new NamePools();
		Set<String> organizations = new LinkedHashSet<>();
		Set<String> recipients = new LinkedHashSet<>();
		Path sso = data.resolve("sso-organizations/organization_categories.csv");
		if (Files.exists(sso)) {
			for (Map<String, String> row : CsvTable.readAll(sso)) {
				String name = row.getOrDefault("name", "").strip().replaceAll("\\s+", " ");
				if (usable(name)) {
					organizations.add(name);
					if ("Academia".equals(row.get("stakeholdergroup"))) {
						recipients.add(name);
					}
				}
			}
		}
		Path google = data.resolve("google-patents-wearables-2024/gp-search-20250612-003902.csv");
		if (Files.exists(google)) {
			List<Map<String, String>> rows = readSkippingFirstLine(google);
			for (Map<String, String> row : rows) {
				String assignee = row.getOrDefault("assignee", "").strip();
				if (usable(assignee)) {
					organizations.add(assignee);
					if (assignee.contains("University") || assignee.contains("Institute")) {
						recipients.add(assignee);
					}
				}
				for (String inventor : row.getOrDefault("inventor/author", "").split(",")) {
					String name = PersonName.parse(fixCase(inventor.strip())).display();
					if (name.contains(" ") && name.length() > 4 && name.chars().noneMatch(Character::isDigit)) {
						pools.people.add(name);
						String given = name.split(" ")[0];
						if (given.matches("\\p{Lu}\\p{Ll}+")) {
							pools.givenNames.merge(given, 1, Integer::sum);
						}
					}
				}
			}
		}
		// more given names: inventors of the Lens drone families, written "LAST FIRST"
		Path lens = data.resolve("lens-drones-patents/drones_fulltext_families_5884.csv");
		if (Files.exists(lens)) {
			for (Map<String, String> row : CsvTable.readAll(lens)) {
				for (String inventor : row.getOrDefault("Inventors", "").split(";;")) {
					String first = PersonName.parseLastFirst(inventor.strip()).first().split(" ")[0];
					String given = fixCase(first);
					if (given.matches("\\p{Lu}\\p{Ll}+")) {
						pools.givenNames.merge(given, 1, Integer::sum);
					}
				}
			}
		}
		organizations.forEach(o -> {
			if (half(o) == heldOut) {
				pools.organizations.add(o);
				// news names companies without their legal form: "Apple", not "Apple
				// Inc."
				String shortName = shortName(o);
				if (shortName != null) {
					pools.organizations.add(shortName);
				}
			}
		});
		recipients.forEach(o -> {
			if (half(o) == heldOut) {
				pools.recipients.add(o);
			}
		});
		pools.people.removeIf(p -> half(p) != heldOut);
		for (AgencyList.Agency agency : agencyList.agencies()) {
			if (agency.kind.equals("program")) {
				continue;
			}
			Set<String> surfaces = new LinkedHashSet<>();
			surfaces.add(agency.name);
			agency.aliases.stream().filter(NamePools::cleanAlias).map(NamePools::fixUs).forEach(surfaces::add);
			pools.agencies.addAll(surfaces);
			pools.agencies.addAll(agency.acronyms);
			List<String> all = new ArrayList<>(surfaces);
			all.addAll(agency.acronyms);
			pools.surfaces.put(agency.name, all);
			String acronym = agency.acronyms.isEmpty() ? initials(agency.name) : agency.acronyms.iterator().next();
			if (acronym != null && acronym.length() >= 3) {
				pools.agencyAcronyms.put(agency.name, acronym);
			}
			if (agency.name.matches(".*\\b(Laboratory|Laboratories|Center|Centre|Command|Activity)\\b.*")) {
				pools.labs.add(agency.name);
			}
		}
		pools.programs.putAll(programs);
		for (Map<String, String> row : CsvTable
			.readAll(data.resolve(AgencyList.DIR).resolve("agency_name_raw_to_clean.csv"))) {
			String clean = AgencyList.single(row.get("clean"));
			if (clean != null && pools.surfaces.containsKey(clean)) {
				pools.funders.add(clean);
			}
		}
		return pools;
	}

	static List<Map<String, String>> readSkippingFirstLine(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			Path tmp = Files.createTempFile("ipgraph-csv", ".csv");
			try {
				Files.write(tmp, lines.subList(1, lines.size()));
				return CsvTable.readAll(tmp);
			}
			finally {
				Files.deleteIfExists(tmp);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static boolean usable(String name) {
		return name.length() >= 3 && name.length() <= 70 && !name.contains("|") && !name.contains("\"")
				&& name.chars().anyMatch(Character::isLetter) && !name.equals(name.toLowerCase(Locale.ROOT));
	}

	static boolean cleanAlias(String alias) {
		return alias.length() >= 4 && Character.isUpperCase(alias.charAt(0)) && !JUNK_START.matcher(alias).matches()
				&& org.ipgraph.nlp.linking.Gazetteer.isCleanName(alias);
	}

	private static String fixUs(String alias) {
		return alias.startsWith("Us ") ? "U.S. " + alias.substring(3) : alias;
	}

	private static String fixCase(String name) {
		StringBuilder out = new StringBuilder();
		for (String word : name.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			boolean upper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
			out.append(upper ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word);
		}
		return out.toString();
	}

	private static final Pattern LEGAL_FORM = Pattern.compile(
			",? (Inc\\.?|Incorporated|Corporation|Corp\\.?|Co\\.?,? Ltd\\.?|Co\\.|Company|LLC|L\\.L\\.C\\.|GmbH|AG|Ltd\\.?|Limited|"
					+ "S\\.A\\.|N\\.V\\.|B\\.V\\.|plc|PLC|Oy|AB|SE|S\\.p\\.A\\.|K\\.K\\.|LP|L\\.P\\.)$");

	static String shortName(String name) {
		String s = LEGAL_FORM.matcher(name).replaceFirst("").strip();
		return s.equals(name) || s.length() < 2 || !Character.isUpperCase(s.charAt(0)) ? null : s;
	}

	static String initials(String name) {
		StringBuilder out = new StringBuilder();
		int words = 0;
		for (String word : name.split("[\\s-]+")) {
			if (word.isEmpty() || Set.of("of", "and", "the", "for", "on", "in", "at", "to").contains(word)) {
				continue;
			}
			if (!Character.isUpperCase(word.charAt(0))) {
				return null;
			}
			out.append(word.charAt(0));
			words++;
		}
		return words >= 3 ? out.toString() : null;
	}

	static boolean half(String name) {
		return Math.floorMod(name.hashCode(), 2) == 1;
	}

}
