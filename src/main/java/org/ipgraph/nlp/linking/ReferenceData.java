package org.ipgraph.nlp.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.nlp.ModelFiles;
import org.ipgraph.nlp.KnownEntity;

/**
 * Names the linker knows before the graph does: federal agencies with their acronyms and
 * aliases ({@code reference/agencies.tsv}, derived from the PatentsView agency lists by
 * {@code ipgraph nlp train}), patent offices and IP courts
 * ({@code reference/ip-offices.tsv}), EU and international bodies in English, German and
 * French ({@code reference/institutions.tsv}) and funding programs
 * ({@code reference/programs.tsv}), the last three written by the project. A mention of
 * one creates its node with the reference name and acronyms.
 */
public final class ReferenceData {

	public static final String AGENCIES = "reference/agencies.tsv";

	public static final String PROGRAMS = "reference/programs.tsv";

	public static final String IP_OFFICES = "reference/ip-offices.tsv";

	/**
	 * Public bodies of the EU and international organizations in English, German and
	 * French.
	 */
	public static final String INSTITUTIONS = "reference/institutions.tsv";

	/**
	 * Organizations the patent data names (derived by {@code ipgraph nlp train}; issue
	 * 10): in a deployment the graph's own organizations play this role.
	 */
	public static final String ORGANIZATIONS = "reference/organizations.tsv";

	/**
	 * Organizations the unannotated FFII wiki pages name with a strong cue (legal form,
	 * case caption, suit, news outlet; derived by {@code ipgraph nlp train}; issue 10,
	 * session 14): a deployment reads all its pages, and a name one page cues is known on
	 * every page.
	 */
	public static final String PAGE_ORGANIZATIONS = "reference/page-organizations.tsv";

	private ReferenceData() {
	}

	/**
	 * Agencies, offices, institutions, programs, the organizations of the patent data and
	 * those the pages name with a strong cue, from the model files; a missing list is
	 * skipped.
	 */
	public static List<KnownEntity> load(ModelFiles files) {
		List<KnownEntity> out = lists(files);
		if (files.exists(ORGANIZATIONS)) {
			out.addAll(agencies(files, ORGANIZATIONS));
		}
		if (files.exists(PAGE_ORGANIZATIONS)) {
			out.addAll(agencies(files, PAGE_ORGANIZATIONS));
		}
		return out;
	}

	/**
	 * As {@link #load(ModelFiles)} without the organizations of the patent data and of
	 * the pages: the lists the corpora derived from web pages are labelled with, so that
	 * their labels do not change with that list.
	 */
	public static List<KnownEntity> lists(ModelFiles files) {
		List<KnownEntity> out = new ArrayList<>();
		List<KnownEntity> offices = files.exists(IP_OFFICES) ? agencies(files, IP_OFFICES) : List.of();
		if (files.exists(AGENCIES)) {
			out.addAll(withoutOffices(agencies(files, AGENCIES), offices));
		}
		out.addAll(offices);
		if (files.exists(INSTITUTIONS)) {
			out.addAll(agencies(files, INSTITUTIONS));
		}
		if (files.exists(PROGRAMS)) {
			out.addAll(programs(files));
		}
		return out;
	}

	/**
	 * The agency list knows some patent offices under other names ("Patent and Trademark
	 * Office"); the office list's entry is the one to keep, so those agencies are
	 * dropped.
	 */
	private static List<KnownEntity> withoutOffices(List<KnownEntity> agencies, List<KnownEntity> offices) {
		java.util.Set<String> officeKeys = new java.util.HashSet<>();
		for (KnownEntity office : offices) {
			officeKeys.add(OrganizationNames.plainKey(office.name()));
			office.aliases().forEach(a -> officeKeys.add(OrganizationNames.plainKey(a)));
		}
		return agencies.stream().filter(a -> !officeKeys.contains(OrganizationNames.plainKey(a.name()))).toList();
	}

	/**
	 * Agencies: name, kind, acronyms, aliases, parent.
	 */
	public static List<KnownEntity> agencies(ModelFiles files, String path) {
		return agencies(rows(files, path));
	}

	/**
	 * Agencies from rows of the agency list (name, kind, acronyms, aliases, parent).
	 */
	public static List<KnownEntity> agencies(List<String[]> rows) {
		List<KnownEntity> out = new ArrayList<>();
		for (String[] row : rows) {
			String name = row[0];
			if ("program".equals(field(row, 1))) {
				out.add(new KnownEntity("Fund", "fund:" + LinkKeys.fund(name), name, null, list(field(row, 2)),
						list(field(row, 3)), "reference"));
			}
			else {
				out.add(new KnownEntity("Organization", OrganizationNames.plainKey(name), name, field(row, 1),
						list(field(row, 2)), list(field(row, 3)), "reference"));
			}
		}
		return out;
	}

	public static List<KnownEntity> programs(ModelFiles files) {
		List<KnownEntity> out = new ArrayList<>();
		for (String[] row : rows(files, PROGRAMS)) {
			String name = row[0];
			out.add(new KnownEntity("Fund", "fund:" + LinkKeys.fund(name), name, null, list(field(row, 1)),
					list(field(row, 2)), "reference"));
		}
		return out;
	}

	private static List<String[]> rows(ModelFiles files, String path) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = files.open(path);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static String field(String[] row, int i) {
		return i < row.length && !row[i].isBlank() ? row[i].strip() : null;
	}

	static List<String> list(String field) {
		if (field == null) {
			return List.of();
		}
		return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
