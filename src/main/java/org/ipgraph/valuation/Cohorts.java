package org.ipgraph.valuation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Mean forward citations per cohort (CPC class and year), so that a patent's citations
 * are read against patents of its own area and age. A patent without a cohort is compared
 * with the mean of all.
 */
public final class Cohorts implements Serializable {

	private final Map<String, double[]> sums = new HashMap<>();

	private double total;

	private int count;

	public static Cohorts of(Iterable<PatentFacts> patents) {
		Cohorts cohorts = new Cohorts();
		patents.forEach(cohorts::add);
		return cohorts;
	}

	public void add(PatentFacts patent) {
		add(patent.cohort(), patent.citations());
	}

	public void add(String cohort, int citations) {
		this.total += citations;
		this.count++;
		if (cohort != null) {
			double[] s = this.sums.computeIfAbsent(cohort, c -> new double[2]);
			s[0] += citations;
			s[1]++;
		}
	}

	/**
	 * The mean citations of the cohort, or of all patents when it is unknown.
	 */
	public double mean(String cohort) {
		double[] s = cohort == null ? null : this.sums.get(cohort);
		if (s == null) {
			return this.count == 0 ? 0 : this.total / this.count;
		}
		return s[0] / s[1];
	}

	/**
	 * The cohort key: CPC class (first three characters of the main symbol) and year.
	 */
	public static String key(String cpc, Integer year) {
		if (cpc == null || cpc.length() < 3 || year == null) {
			return null;
		}
		return cpc.substring(0, 3) + " " + year;
	}

}
