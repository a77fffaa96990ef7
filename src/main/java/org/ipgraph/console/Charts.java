package org.ipgraph.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbers as bars: each value with its share of the largest, for CSS widths. Charts are
 * drawn by the browser from HTML (a bar is an element whose width is its share), so they
 * need no script and read as text to a screen reader.
 */
public final class Charts {

	private Charts() {
	}

	/**
	 * A bar per entry, scaled to the largest value.
	 */
	public static List<Bar> bars(Map<?, ? extends Number> values) {
		double max = values.values().stream().mapToDouble(Number::doubleValue).map(Math::abs).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		values.forEach((k, v) -> bars.add(new Bar(String.valueOf(k), v.doubleValue(), percent(v.doubleValue(), max))));
		return bars;
	}

	/**
	 * A value's share of the largest, 0 to 100, at least 1 for a value other than zero.
	 */
	public static double percent(double value, double max) {
		if (max == 0 || value == 0) {
			return 0;
		}
		return Math.max(1, Math.round(Math.abs(value) / max * 1000) / 10.0);
	}

	/**
	 * The largest absolute value among these.
	 */
	public static double max(List<Double> values) {
		return values.stream().mapToDouble(Math::abs).max().orElse(0);
	}

	/**
	 * @param label what it is
	 * @param value its value
	 * @param percent its share of the largest, 0 to 100
	 */
	public record Bar(String label, double value, double percent) {
	}

}
