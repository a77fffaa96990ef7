package org.ipgraph.nlp.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.nlp.EntityType;

/**
 * Fills sentence templates such as {@code "... awarded by the {agency} under {grant}."}
 * and records where each labelled slot landed. Slots name a {@link Slot}; a slot may
 * carry a type (labelled) or none (filled but not labelled, like grant numbers).
 */
final class Templates {

	private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9]+)}");

	/**
	 * How to fill one slot.
	 *
	 * @param type the label, or null
	 * @param values makes a value
	 */
	record Slot(EntityType type, Function<Random, String> values) {
	}

	/**
	 * A filled template.
	 */
	record Filled(String text, List<CharLabel> labels) {
	}

	private Templates() {
	}

	static Filled fill(String template, Map<String, Slot> slots, Random random) {
		StringBuilder out = new StringBuilder();
		List<CharLabel> labels = new ArrayList<>();
		Matcher m = SLOT.matcher(template);
		int last = 0;
		while (m.find()) {
			out.append(template, last, m.start());
			Slot slot = slots.get(m.group(1));
			if (slot == null) {
				throw new IllegalArgumentException("no slot " + m.group(1) + " in " + template);
			}
			String value = slot.values().apply(random).strip().replaceAll("\\s+", " ");
			// a value may hold its own labels, written [[type:text]]
			appendLabelled(out, value, slot.type(), labels);
			last = m.end();
		}
		out.append(template.substring(last));
		return new Filled(out.toString(), labels);
	}

	private static final Pattern INNER = Pattern.compile("\\[\\[([a-z_]+):(.+?)]]");

	private static void appendLabelled(StringBuilder out, String value, EntityType type, List<CharLabel> labels) {
		Matcher inner = INNER.matcher(value);
		if (type == null && inner.find()) {
			inner.reset();
			int last = 0;
			while (inner.find()) {
				out.append(value, last, inner.start());
				int start = out.length();
				out.append(inner.group(2));
				labels.add(new CharLabel(start, out.length(), EntityType.ofTag(inner.group(1))));
				last = inner.end();
			}
			out.append(value.substring(last));
			return;
		}
		int start = out.length();
		out.append(value);
		if (type != null && !value.isEmpty()) {
			labels.add(new CharLabel(start, out.length(), type));
		}
	}

	static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * A code from a shape: {@code d} a digit, {@code A} a capital letter, {@code y} a
	 * two-digit year; anything else as is.
	 */
	static String code(Random random, String shape) {
		StringBuilder out = new StringBuilder();
		for (char c : shape.toCharArray()) {
			switch (c) {
				case 'd' -> out.append((char) ('0' + random.nextInt(10)));
				case 'A' -> out.append((char) ('A' + random.nextInt(26)));
				case 'y' -> out.append(String.format("%02d", 3 + random.nextInt(20)));
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
