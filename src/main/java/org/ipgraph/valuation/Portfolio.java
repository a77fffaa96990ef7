package org.ipgraph.valuation;

import java.util.List;

/**
 * An organization's portfolio valued by CPC area: the patents it and its subsidiaries
 * hold now.
 *
 * @param organization the organization's id
 * @param name its display name
 * @param patents patents held
 * @param valued patents with a value (the others are stubs or unknown to the valuation)
 * @param totalValue the sum of the patents' values (expected number of valuable patents)
 * @param meanValue the mean value
 * @param areas value by CPC subclass of the main classification, largest total first
 * @param model {@code model} or {@code prior}
 */
public record Portfolio(String organization, String name, int patents, int valued, double totalValue, double meanValue,
		List<Area> areas, String model) {

	/**
	 * One CPC area of the portfolio.
	 *
	 * @param cpc the CPC subclass ({@code unclassified} for patents without CPC)
	 * @param title its CPC title, when known
	 * @param patents patents valued in the area
	 * @param totalValue the sum of their values
	 * @param meanValue their mean value
	 * @param top the most valuable patents of the area (up to 3)
	 */
	public record Area(String cpc, String title, int patents, double totalValue, double meanValue,
			List<TopPatent> top) {
	}

	/**
	 * A patent among the most valuable of an area.
	 *
	 * @param number the patent
	 * @param value its value
	 */
	public record TopPatent(String number, double value) {
	}

}
