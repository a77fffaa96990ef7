package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;

/**
 * The federal agency reference list, derived from three PatentsView files: the organization
 * hierarchy (names and parents), the acronym list, and the raw-to-clean agency names (each raw
 * spelling becomes an alias of its clean name; clean names are the canonical names, so "Department
 * of the Navy" is an alias of "Navy", as PatentsView normalizes). Which raw rows it may use is a
 * parameter: the evaluation of agency linking builds it from one half and tests on the other.
 */
final class AgencyList {

	static final String DIR = "patentsview-gov-interest";

	private final Map<String, Agency> byKey = new TreeMap<>();

	private final Set<String> programKeys;

	/**
	 * One agency.
	 */
	static final class Agency {

		String name;

		String kind = OrganizationKind.GOVERNMENT_AGENCY.value();

		String parent;

		final Set<String> acronyms = new LinkedHashSet<>();

		final Set<String> aliases = new LinkedHashSet<>();

		Agency(String name) {
			this.name = name;
		}

		String key() {
			return OrganizationNames.plainKey(this.name);
		}

	}

	private AgencyList(Set<String> programKeys) {
		this.programKeys = programKeys;
	}

	/**
	 * @param data the shared data root
	 * @param programNames names of the funding programs (they are funds, not agencies)
	 * @param rawRows which raw-to-clean rows to learn aliases from
	 */
	static AgencyList build(Path data, List<String> programNames, Predicate<String> rawRows) {
		Set<String> programKeys = new HashSet<>();
		programNames.forEach(p -> programKeys.add(OrganizationNames.plainKey(p)));
		AgencyList list = new AgencyList(programKeys);
		Path dir = data.resolve(DIR);
		for (Map<String, String> row : CsvTable.readAll(dir.resolve("government_organization_hierarchy.csv"))) {
			String name = row.get("name").strip();
			Agency agency = list.agency(name);
			String one = blank(row.get("level_one"));
			String two = blank(row.get("level_two"));
			agency.parent = name.equals(row.get("level_three")) ? two : name.equals(two) ? one : agency.parent;
		}
		for (Map<String, String> row : CsvTable.readAll(dir.resolve("us_government_agency_acronyms.csv"))) {
			String acronym = row.getOrDefault("Acronym", "").strip();
			String longForm = titleCase(row.getOrDefault("Long_form", "").strip());
			if (!acronym.isEmpty() && !longForm.isEmpty()) {
				list.agency(longForm).acronyms.add(acronym);
			}
		}
		Set<String> cleanKeys = new HashSet<>();
		List<Map<String, String>> raw = CsvTable.readAll(dir.resolve("agency_name_raw_to_clean.csv"));
		for (Map<String, String> row : raw) {
			String clean = single(row.get("clean"));
			if (clean != null && rawRows.test(row.get("original"))) {
				Agency agency = list.agency(clean);
				agency.name = clean;
				cleanKeys.add(OrganizationNames.plainKey(clean));
			}
		}
		for (Map<String, String> row : raw) {
			String original = row.get("original").strip();
			String clean = single(row.get("clean"));
			if (clean == null || !rawRows.test(original)) {
				continue;
			}
			list.alias(clean, original, cleanKeys);
		}
		return list;
	}

	private Agency agency(String name) {
		String key = OrganizationNames.plainKey(name);
		return this.byKey.computeIfAbsent(key, k -> new Agency(name));
	}

	private void alias(String clean, String original, Set<String> cleanKeys) {
		Agency target = this.byKey.get(OrganizationNames.plainKey(clean));
		String key = OrganizationNames.plainKey(original);
		if (key.equals(target.key()) || key.isEmpty()) {
			return;
		}
		if (!original.contains(" ") && original.length() <= 6 && original.chars().allMatch(Character::isLetter)) {
			target.acronyms.add(original.toUpperCase(Locale.ROOT));
			return;
		}
		Agency other = this.byKey.get(key);
		if (other != null && other != target) {
			if (cleanKeys.contains(key)) {
				// two canonical names: keep both, the raw spelling is ambiguous between them
				return;
			}
			// a hierarchy name that PatentsView folds into a clean one ("Department of the Navy" is "Navy")
			target.aliases.add(other.name);
			target.aliases.addAll(other.aliases);
			target.acronyms.addAll(other.acronyms);
			this.byKey.remove(key);
			return;
		}
		target.aliases.add(original);
	}

	List<Agency> agencies() {
		List<Agency> out = new ArrayList<>();
		for (Agency agency : this.byKey.values()) {
			if (this.programKeys.contains(agency.key()) || agency.name.endsWith(" Program")) {
				agency.kind = "program";
			}
			out.add(agency);
		}
		return out;
	}

	/**
	 * Every surface form: names, aliases and acronyms of agencies (not programs).
	 */
	List<String> surfaces() {
		List<String> out = new ArrayList<>();
		for (Agency a : agencies()) {
			if (!a.kind.equals("program")) {
				out.add(a.name);
				out.addAll(a.aliases);
				out.addAll(a.acronyms);
			}
		}
		return out;
	}

	/**
	 * The list as the linker reads it.
	 */
	List<org.ipgraph.nlp.KnownEntity> entities() {
		List<String[]> rows = new ArrayList<>();
		for (Agency a : agencies()) {
			rows.add(new String[] { a.name, a.kind, String.join("|", a.acronyms), String.join("|", a.aliases),
					a.parent == null ? "" : a.parent });
		}
		return org.ipgraph.nlp.ReferenceData.agencies(rows);
	}

	void write(Path file) {
		List<String> lines = new ArrayList<>();
		lines.add("# Federal agencies: derived by 'ipgraph nlp train' from patentsview-gov-interest/ "
				+ "(government_organization_hierarchy.csv, us_government_agency_acronyms.csv, agency_name_raw_to_clean.csv).");
		lines.add("# Columns (tab-separated): name, kind, acronyms, aliases, parent. Kind 'program' rows are funds.");
		for (Agency a : agencies()) {
			lines.add(String.join("\t", a.name, a.kind, String.join("|", a.acronyms),
					String.join("|", a.aliases.stream().filter(s -> !s.contains("|") && !s.contains("\t")).toList()),
					a.parent == null ? "" : a.parent));
		}
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String single(String clean) {
		if (clean == null || clean.isBlank() || clean.contains("|") || clean.strip().equals("non_government")) {
			return null;
		}
		String c = clean.strip();
		return c.endsWith(".") ? c.substring(0, c.length() - 1) : c;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String titleCase(String upper) {
		if (!upper.equals(upper.toUpperCase(Locale.ROOT))) {
			return upper;
		}
		Set<String> small = Set.of("of", "and", "the", "for", "on", "in", "to", "at");
		StringBuilder out = new StringBuilder();
		for (String word : upper.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(small.contains(word) && !out.isEmpty() ? word
					: word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return out.toString().replace(",", ",").strip();
	}

	/**
	 * The raw-to-clean rows the linking evaluation holds out: a stable half by the raw name.
	 */
	static boolean heldOut(String raw) {
		return Math.floorMod(raw.strip().hashCode(), 2) == 1;
	}

	static Map<String, Integer> counts(AgencyList list) {
		Map<String, Integer> counts = new HashMap<>();
		counts.put("agencies", (int) list.agencies().stream().filter(a -> !a.kind.equals("program")).count());
		counts.put("aliases", list.agencies().stream().mapToInt(a -> a.aliases.size()).sum());
		counts.put("acronyms", list.agencies().stream().mapToInt(a -> a.acronyms.size()).sum());
		return counts;
	}

}
