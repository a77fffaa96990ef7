package org.ipgraph.experts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which Person nodes are one person. Candidates share a family name and first
 * initial; a pair is linked when the names agree and the evidence is enough for how well
 * they agree:
 * <ul>
 * <li>the same given names: a shared co-inventor or organization, or, for a name with a
 * middle name or initial, the same place (an inventor who moved);</li>
 * <li>a missing or initialled middle name: a shared co-inventor, or a shared organization
 * plus the same place or CPC subclass;</li>
 * <li>only an initial for the first name: a shared co-inventor plus a shared organization
 * or place, or, when both give a (matching) middle initial, a shared organization and
 * place.</li>
 * </ul>
 * Two nodes listed on one patent at different positions are never one person; at the same
 * position they are the same inventor from two sources. Links are taken strongest first,
 * and two groups join only if every name in one agrees with every name in the other, so
 * that "Robert Kline" cannot chain "Robert J. Kline" to "Robert K. Kline".
 */
public final class PersonResolver {

	/**
	 * An accepted link, the provenance of a SAME_AS relationship.
	 *
	 * @param a one Person id (the smaller)
	 * @param b the other
	 * @param match how well the names agree
	 * @param score strength, for ordering
	 * @param evidence why, e.g. {@code co-inventor:woodall|r},
	 * {@code organization:us navy}
	 */
	record Link(String a, String b, NameForm.Match match, double score, List<String> evidence) implements Serializable {
	}

	/**
	 * The outcome.
	 *
	 * @param identities Person id to its identity (the smallest id of its group), for
	 * nodes in a group of two or more
	 * @param links the links that formed the groups
	 */
	public record Resolution(Map<String, String> identities, List<Link> links) implements Serializable {

		public String identityOf(String personId) {
			return this.identities.getOrDefault(personId, personId);
		}

	}

	private final boolean allPairs;

	public PersonResolver() {
		this(false);
	}

	/**
	 * @param allPairs compare every pair of a block, not only those that share something:
	 * the same outcome, slower (a reference for tests)
	 */
	PersonResolver(boolean allPairs) {
		this.allPairs = allPairs;
	}

	public Resolution resolve(Collection<PersonRecord> records) {
		Map<String, List<PersonRecord>> blocks = new TreeMap<>();
		for (PersonRecord record : records) {
			if (!record.name().block().isEmpty()) {
				blocks.computeIfAbsent(record.name().block(), b -> new ArrayList<>()).add(record);
			}
		}
		List<Link> candidates = new ArrayList<>();
		Set<String> cannotLink = new HashSet<>();
		for (Map.Entry<String, List<PersonRecord>> entry : blocks.entrySet()) {
			List<PersonRecord> block = entry.getValue();
			block.sort(Comparator.comparing(PersonRecord::id));
			if (this.allPairs) {
				for (int i = 0; i < block.size(); i++) {
					for (int j = i + 1; j < block.size(); j++) {
						compare(block.get(i), block.get(j), candidates, cannotLink);
					}
				}
			}
			else {
				for (long pair : pairs(entry.getKey(), block)) {
					compare(block.get((int) (pair >>> 32)), block.get((int) pair), candidates, cannotLink);
				}
			}
		}
		candidates
			.sort(Comparator.comparingDouble(Link::score).reversed().thenComparing(Link::a).thenComparing(Link::b));
		Map<String, PersonRecord> byId = new HashMap<>();
		records.forEach(r -> byId.put(r.id(), r));
		Groups groups = new Groups();
		List<Link> accepted = new ArrayList<>();
		for (Link link : candidates) {
			if (groups.join(link.a(), link.b(), byId, cannotLink)) {
				accepted.add(link);
			}
		}
		return new Resolution(groups.identities(), List.copyOf(accepted));
	}

	private static void compare(PersonRecord a, PersonRecord b, List<Link> links, Set<String> cannotLink) {
		NameForm.Match match = a.name().match(b.name());
		if (match == NameForm.Match.NONE) {
			return;
		}
		List<String> evidence = new ArrayList<>();
		for (Map.Entry<String, Integer> patent : a.patents().entrySet()) {
			if (b.patents().containsKey(patent.getKey())) {
				Integer other = b.patents().get(patent.getKey());
				if (patent.getValue() != null && other != null && !Objects.equals(patent.getValue(), other)) {
					cannotLink.add(pair(a.id(), b.id()));
					return;
				}
				evidence.add("same-inventor-record:" + patent.getKey());
			}
		}
		if (!evidence.isEmpty()) {
			links.add(new Link(a.id(), b.id(), match, 10, List.copyOf(evidence)));
			return;
		}
		Set<String> coInventors = shared(a.coInventors(), b.coInventors());
		coInventors.remove(a.name().block());
		Set<String> organizations = shared(a.organizations(), b.organizations());
		Set<String> places = shared(a.places(), b.places());
		Set<String> areas = shared(a.areas(), b.areas());
		boolean co = !coInventors.isEmpty();
		boolean org = !organizations.isEmpty();
		boolean place = !places.isEmpty();
		boolean area = !areas.isEmpty();
		boolean linked = switch (match) {
			case EXACT -> co || org || place && a.name().given().size() > 1;
			case MIDDLE -> co || org && (place || area);
			case INITIAL -> co && (org || place) || org && place && middleOnBoth(a.name(), b.name());
			case NONE -> false;
		};
		if (!linked) {
			return;
		}
		coInventors.stream().sorted().limit(3).forEach(c -> evidence.add("co-inventor:" + c));
		organizations.stream().sorted().limit(3).forEach(o -> evidence.add("organization:" + o));
		places.stream().sorted().limit(2).forEach(p -> evidence.add("place:" + p));
		areas.stream().sorted().limit(3).forEach(c -> evidence.add("cpc:" + c));
		double score = match.ordinal() + 2 * Math.min(3, coInventors.size()) + (org ? 1 : 0) + (place ? 0.5 : 0)
				+ (area ? 0.5 : 0);
		links.add(new Link(a.id(), b.id(), match, score, List.copyOf(evidence)));
	}

	/**
	 * The pairs (i &lt; j, as {@code i << 32 | j}) of a block sorted by id that
	 * {@link #compare} can link or keep apart: every link needs a shared patent,
	 * co-inventor or organization, or, for the same given names with a middle name (the
	 * first of the pair's), a shared place; any other pair gives nothing. A large block
	 * (a common name in millions of patents) is thus not compared pair by pair.
	 */
	static long[] pairs(String blockKey, List<PersonRecord> block) {
		if (block.size() < 2) {
			return new long[0];
		}
		Map<String, List<Integer>> shared = new HashMap<>();
		for (int i = 0; i < block.size(); i++) {
			PersonRecord r = block.get(i);
			for (String patent : r.patents().keySet()) {
				shared.computeIfAbsent("p\u0000" + patent, k -> new ArrayList<>()).add(i);
			}
			for (String co : r.coInventors()) {
				if (!co.equals(blockKey)) {
					shared.computeIfAbsent("c\u0000" + co, k -> new ArrayList<>()).add(i);
				}
			}
			for (String organization : r.organizations()) {
				shared.computeIfAbsent("o\u0000" + organization, k -> new ArrayList<>()).add(i);
			}
			for (String place : r.places()) {
				shared.computeIfAbsent("l\u0000" + place, k -> new ArrayList<>()).add(i);
			}
		}
		Set<Long> pairs = new HashSet<>();
		for (Map.Entry<String, List<Integer>> e : shared.entrySet()) {
			List<Integer> members = e.getValue();
			boolean place = e.getKey().charAt(0) == 'l';
			for (int x = 0; x < members.size(); x++) {
				int i = members.get(x);
				if (place && block.get(i).name().given().size() < 2) {
					continue;
				}
				for (int y = x + 1; y < members.size(); y++) {
					pairs.add((long) i << 32 | members.get(y));
				}
			}
		}
		return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	// "K. S. Lehtonen" and "Karin S. Lehtonen": the middle initial agrees as well (match
	// checked it)
	private static boolean middleOnBoth(NameForm a, NameForm b) {
		return a.given().size() > 1 && b.given().size() > 1;
	}

	private static Set<String> shared(Set<String> a, Set<String> b) {
		Set<String> shared = new HashSet<>(a.size() < b.size() ? a : b);
		shared.retainAll(a.size() < b.size() ? b : a);
		return shared;
	}

	static String pair(String a, String b) {
		return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
	}

	/**
	 * Union-find over Person ids whose joins keep every group's names mutually
	 * compatible.
	 */
	private static final class Groups {

		private final Map<String, String> parent = new HashMap<>();

		private final Map<String, List<String>> members = new HashMap<>();

		boolean join(String a, String b, Map<String, PersonRecord> records, Set<String> cannotLink) {
			String ra = root(a);
			String rb = root(b);
			if (ra.equals(rb)) {
				return false;
			}
			List<String> ma = this.members.getOrDefault(ra, List.of(ra));
			List<String> mb = this.members.getOrDefault(rb, List.of(rb));
			for (String x : ma) {
				for (String y : mb) {
					if (cannotLink.contains(pair(x, y))
							|| records.get(x).name().match(records.get(y).name()) == NameForm.Match.NONE) {
						return false;
					}
				}
			}
			String root = ra.compareTo(rb) < 0 ? ra : rb;
			String child = root.equals(ra) ? rb : ra;
			List<String> joined = new ArrayList<>(ma);
			joined.addAll(mb);
			this.parent.put(child, root);
			this.members.remove(child);
			this.members.put(root, joined);
			return true;
		}

		private String root(String id) {
			String current = id;
			String next;
			while ((next = this.parent.get(current)) != null) {
				current = next;
			}
			return current;
		}

		Map<String, String> identities() {
			Map<String, String> identities = new TreeMap<>();
			this.members.forEach((root, ids) -> ids.forEach(id -> identities.put(id, root)));
			return identities;
		}

	}

}
