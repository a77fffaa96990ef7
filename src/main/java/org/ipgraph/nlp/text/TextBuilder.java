package org.ipgraph.nlp.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds extracted text block by block, tidy as it goes (single spaces, no spaces around
 * line breaks, no control characters, blocks separated by one blank line), and keeps for
 * each character where it came from in the source. Extractors append the visible
 * characters of a block with their source index and end the block with its kind.
 */
final class TextBuilder {

	/** A date that starts a news line: 2004-07-16, 2004-07, 04-07-16. */
	private static final Pattern DATED = Pattern.compile(
			"^(\\d{4}-\\d{2}(?:-\\d{2})?|\\d{2}-\\d{2}-\\d{2}):?[ \\n]+\\[?[ ]?([A-Z]{2}(?:/[A-Za-z]{2})?)(?=[ \\n:,]|$)");

	/**
	 * Region tags besides ISO 3166 country codes: supranational, worldwide, a language.
	 */
	private static final Set<String> REGIONS = Set.of("EU", "UK", "WW", "EP", "EN", "UN", "UE");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private char[] chars = new char[1024];

	private int[] source = new int[1024];

	private int length;

	private final boolean tracked;

	private final List<TextBlock> blocks = new ArrayList<>();

	/**
	 * Where the open block starts; the separator before it is written with its first
	 * character.
	 */
	private int blockStart;

	private boolean separatorDue;

	private static final int NONE = Integer.MIN_VALUE;

	/** The source index of a space or line break to write before the next character. */
	private int pendingSpace = NONE;

	private int pendingNewline = NONE;

	/**
	 * @param tracked whether source indexes are meaningful (false for HTML and PDF)
	 */
	TextBuilder(boolean tracked) {
		this.tracked = tracked;
	}

	/**
	 * Appends one character of the open block: whitespace is collapsed, control
	 * characters dropped.
	 */
	void append(char c, int at) {
		if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029') {
			if (hasOpenContent() && this.pendingNewline == NONE) {
				this.pendingNewline = at;
			}
			this.pendingSpace = NONE;
			return;
		}
		if (c == ' ' || c == '\t' || c == '\u000B' || c == '\u00A0') {
			if (hasOpenContent() && this.pendingNewline == NONE && this.pendingSpace == NONE) {
				this.pendingSpace = at;
			}
			return;
		}
		if (Character.isISOControl(c)) {
			return;
		}
		if (this.pendingNewline != NONE) {
			put('\n', this.pendingNewline);
		}
		else if (this.pendingSpace != NONE) {
			put(' ', this.pendingSpace);
		}
		this.pendingNewline = NONE;
		this.pendingSpace = NONE;
		if (this.separatorDue) {
			int previous = this.length > 0 ? this.source[this.length - 1] + 1 : at;
			put('\n', previous);
			put('\n', previous);
			this.separatorDue = false;
			this.blockStart = this.length;
		}
		put(c, at);
	}

	/**
	 * Appends characters that all stand for one source index (an entity, a separator).
	 */
	void append(CharSequence text, int at) {
		for (int i = 0; i < text.length(); i++) {
			append(text.charAt(i), at);
		}
	}

	/**
	 * A line break inside the open block.
	 */
	void newline(int at) {
		append('\n', at);
	}

	/**
	 * Ends the open block; a block with no visible character leaves nothing. A block that
	 * starts with a date and a region tag loses the tag from its text.
	 */
	void endBlock(TextBlock.Kind kind) {
		this.pendingNewline = NONE;
		this.pendingSpace = NONE;
		if (!hasOpenContent()) {
			return;
		}
		String date = null;
		String region = null;
		Matcher dated = DATED
			.matcher(new String(this.chars, this.blockStart, Math.min(40, this.length - this.blockStart)));
		if (dated.find() && isRegion(dated.group(2))) {
			date = dated.group(1);
			region = dated.group(2);
			// the tag goes, with the bracket and spaces after the date: "2004-07-16 US
			// ZDNet" reads "2004-07-16 ZDNet"
			int from = this.blockStart + date.length();
			int to = this.blockStart + dated.end();
			while (to < this.length && this.chars[to] == ' ') {
				to++;
			}
			remove(from, to);
			if (from < this.length) {
				insert(from, ' ', this.source[from]);
			}
		}
		this.blocks.add(new TextBlock(this.blockStart, this.length, kind, date, region));
		this.separatorDue = true;
	}

	private static boolean isRegion(String tag) {
		String first = tag.contains("/") ? tag.substring(0, tag.indexOf('/')) : tag;
		return REGIONS.contains(first) || COUNTRIES.contains(first);
	}

	private boolean hasOpenContent() {
		return !this.separatorDue && this.length > this.blockStart;
	}

	private void put(char c, int at) {
		if (this.length == this.chars.length) {
			this.chars = Arrays.copyOf(this.chars, this.length * 2);
			this.source = Arrays.copyOf(this.source, this.length * 2);
		}
		this.chars[this.length] = c;
		this.source[this.length] = at;
		this.length++;
	}

	private void remove(int from, int to) {
		System.arraycopy(this.chars, to, this.chars, from, this.length - to);
		System.arraycopy(this.source, to, this.source, from, this.length - to);
		this.length -= to - from;
	}

	private void insert(int at, char c, int sourceIndex) {
		put(c, sourceIndex);
		System.arraycopy(this.chars, at, this.chars, at + 1, this.length - 1 - at);
		System.arraycopy(this.source, at, this.source, at + 1, this.length - 1 - at);
		this.chars[at] = c;
		this.source[at] = sourceIndex;
	}

	String text() {
		return new String(this.chars, 0, this.length);
	}

	/**
	 * Source indexes of every character, or null when not tracked.
	 */
	int[] offsets() {
		return this.tracked ? Arrays.copyOf(this.source, this.length) : null;
	}

	List<TextBlock> blocks() {
		return List.copyOf(this.blocks);
	}

	ExtractedText build(String title, String mediaType, String charset) {
		return new ExtractedText(text(), title, mediaType, charset, offsets(), blocks());
	}

}
