package org.ipgraph.nlp.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.EntityType;

/**
 * A dictionary matcher over known names: organizations, agencies, policies and funds
 * already in the graph or in the reference lists. Longest match first, left to right, on
 * whole tokens. Acronyms match only as written ({@code AID} is not "aid"); other names
 * match in any case but must start with a capital or a digit in the text, or be written
 * in camel case ("eBay" for the listed "Ebay").
 */
public final class Gazetteer {

	/** Single words too common to be names on their own. */
	private static final Set<String> TOO_COMMON = Set.of("the", "office", "government", "department", "agency",
			"program", "research", "company", "center", "institute", "university", "act", "fund", "grant", "board",
			"service", "bureau", "commission", "council", "foundation", "laboratory", "secretary", "administrator",
			"state", "states", "federal", "national", "united", "general", "director", "section", "part", "title");

	private final TrieNode root = new TrieNode();

	private int size;

	/**
	 * Adds a name.
	 * @param type what it names
	 * @param surface the name as written
	 */
	public synchronized void add(EntityType type, String surface) {
		if (surface == null || surface.isBlank()) {
			return;
		}
		String trimmed = surface.strip();
		boolean acronym = !trimmed.contains(" ") && NameTokens.isAcronym(trimmed);
		if (GENERIC.contains(OrganizationNames.plainKey(trimmed))) {
			return;
		}
		List<String> words = words(trimmed);
		if (words.isEmpty() || (words.size() == 1 && !acronym && (TOO_COMMON.contains(words.get(0))
				|| words.get(0).length() < 3 || words.get(0).chars().allMatch(Character::isDigit)))) {
			return;
		}
		TrieNode node = this.root;
		for (String word : words) {
			node = node.children.computeIfAbsent(word, w -> new TrieNode());
		}
		Entry entry = new Entry(type, acronym ? trimmed : null);
		List<Entry> entries = node.entries;
		if (entries == null || !entries.contains(entry)) {
			List<Entry> copy = entries == null ? new ArrayList<>(1) : new ArrayList<>(entries);
			copy.add(entry);
			// replaced, never changed in place: readers in other threads see a whole list
			node.entries = List.copyOf(copy);
			this.size++;
		}
	}

	/** Names that refer to "the government" in general, not to one body. */
	public static final Set<String> GENERIC = Set.of("government", "united states government", "us government",
			"u s government", "federal government", "united states", "us", "usa", "united states of america",
			"government of united states", "the government", "agency", "federal agency", "us government support",
			"government support", "contractor", "grantee", "secretary");

	private static final Pattern PUNCTUATION = Pattern.compile("[,;:()/\\[\\]]");

	private static final Pattern JUNK_END = Pattern.compile(
			"(?i).*\\b(grant|grants|contract|contracts|no|nos|number|numbers|award|awards|agreement|agreements|case|phase"
					+ "|control|sub|topic|support|funds|funding|program grant)\\.?$");

	/**
	 * Words of a name for matching: as {@link NameTokens}, but commas, semicolons,
	 * brackets and slashes are words of their own, so a name never matches across them
	 * unless it has them.
	 */
	static List<String> words(String text) {
		List<String> out = new ArrayList<>();
		Matcher m = PUNCTUATION.matcher(text);
		int last = 0;
		while (m.find()) {
			out.addAll(NameTokens.of(text.substring(last, m.start())));
			out.add(m.group());
			last = m.end();
		}
		out.addAll(NameTokens.of(text.substring(last)));
		return out;
	}

	/**
	 * Whether a spelling is fit for the gazetteer: no award numbers or words ("Navy Case
	 * No", "National Science Foundation Grants"), no generic government, balanced
	 * brackets.
	 */
	public static boolean isCleanName(String name) {
		if (name == null) {
			return false;
		}
		String n = name.strip();
		long open = n.chars().filter(c -> c == '(').count();
		long close = n.chars().filter(c -> c == ')').count();
		return n.length() >= 2 && open == close && n.split("\\s+").length <= 12 && !JUNK_END.matcher(n).matches()
				&& n.chars().noneMatch(Character::isDigit) && !GENERIC.contains(OrganizationNames.plainKey(n));
	}

	/**
	 * Whether a key is a single word too common to be a name on its own.
	 */
	static boolean isTooCommon(String key) {
		return !key.contains(" ") && TOO_COMMON.contains(key);
	}

	public int size() {
		return this.size;
	}

	/**
	 * The names in a sentence, longest first and not overlapping.
	 */
	public List<Mention> find(Sentence sentence) {
		String[] tokens = sentence.tokens();
		List<String> words = new ArrayList<>(tokens.length + 4);
		List<Integer> owner = new ArrayList<>(tokens.length + 4);
		List<Boolean> firstOfToken = new ArrayList<>(tokens.length + 4);
		for (int t = 0; t < tokens.length; t++) {
			List<String> parts = words(tokens[t]);
			for (int p = 0; p < parts.size(); p++) {
				words.add(parts.get(p));
				owner.add(t);
				firstOfToken.add(p == 0);
			}
		}
		List<Mention> out = new ArrayList<>();
		int w = 0;
		while (w < words.size()) {
			Match best = firstOfToken.get(w) ? longest(words, owner, tokens, w) : null;
			if (best == null) {
				w++;
				continue;
			}
			int tokenStart = owner.get(w);
			int tokenEnd = owner.get(best.lastWord) + 1;
			out.add(new Mention(best.entry.type(), sentence.cover(tokenStart, tokenEnd), sentence.index(), tokenStart,
					tokenEnd, sentence.charStart(tokenStart), sentence.charEnd(tokenEnd - 1),
					best.entry.acronym() != null ? 0.9 : 0.95, "gazetteer"));
			w = best.lastWord + 1;
			while (w < words.size() && owner.get(w) < tokenEnd) {
				w++;
			}
		}
		return out;
	}

	private Match longest(List<String> words, List<Integer> owner, String[] tokens, int from) {
		String firstToken = tokens[owner.get(from)];
		TrieNode node = this.root;
		Match best = null;
		for (int w = from; w < words.size(); w++) {
			node = node.children.get(words.get(w));
			if (node == null) {
				break;
			}
			boolean endsToken = w + 1 == words.size() || !owner.get(w + 1).equals(owner.get(w));
			List<Entry> entries = node.entries;
			if (entries != null && endsToken) {
				for (Entry entry : entries) {
					if (accepts(entry, firstToken, w == from)) {
						best = new Match(entry, w);
						break;
					}
				}
			}
		}
		return best;
	}

	private static boolean accepts(Entry entry, String firstToken, boolean singleWord) {
		if (entry.acronym() != null) {
			return singleWord && firstToken.equals(entry.acronym());
		}
		char first = firstToken.charAt(0);
		return Character.isUpperCase(first) || Character.isDigit(first) || camelCase(firstToken);
	}

	/**
	 * A word in lower case with a capital inside ("eBay", "iPhone", "ePlus"): written as
	 * a name, never as a common word.
	 */
	static boolean camelCase(String token) {
		return token.length() > 2 && Character.isLowerCase(token.charAt(0)) && Character.isUpperCase(token.charAt(1))
				&& token.chars().skip(2).anyMatch(Character::isLowerCase);
	}

	private record Entry(EntityType type, String acronym) {
	}

	private record Match(Entry entry, int lastWord) {
	}

	private static final class TrieNode {

		private final Map<String, TrieNode> children = new ConcurrentHashMap<>(4);

		private volatile List<Entry> entries;

	}

}
