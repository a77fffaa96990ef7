package org.ipgraph.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Filing dates by position in the patent stream: patents are generated in filing order,
 * and yearly volume grows (two and a half times over the period), as it did for most
 * fields. The stream position of a date is the inverse, so planned patents can be placed
 * in time.
 */
final class Timeline {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	static final LocalDate END = LocalDate.of(2021, 12, 31);

	/** The last date anything in the ecosystem happens (cases, documents, demands). */
	static final LocalDate HORIZON = LocalDate.of(2024, 12, 31);

	static final int DAYS = (int) ChronoUnit.DAYS.between(START, END);

	private static final double GROWTH = Math.log(2.5);

	private final int patents;

	Timeline(int patents) {
		this.patents = patents;
	}

	/**
	 * The filing day (days after {@link #START}) of the patent at this stream position;
	 * non-decreasing in the position.
	 */
	int day(int index) {
		double u = (index + 0.5) / this.patents;
		double t = Math.log(1 + u * (Math.exp(GROWTH) - 1)) / GROWTH;
		return Math.min(DAYS, (int) (t * DAYS));
	}

	/**
	 * The first stream position filed on or after this day.
	 */
	int index(int day) {
		double t = Math.max(0, Math.min(1, (double) day / DAYS));
		double u = (Math.exp(GROWTH * t) - 1) / (Math.exp(GROWTH) - 1);
		int guess = Math.max(0, Math.min(this.patents - 1, (int) (u * this.patents)));
		while (guess > 0 && day(guess - 1) >= day) {
			guess--;
		}
		while (guess < this.patents - 1 && day(guess) < day) {
			guess++;
		}
		return guess;
	}

	static LocalDate date(int day) {
		return START.plusDays(day);
	}

	static int day(LocalDate date) {
		return (int) ChronoUnit.DAYS.between(START, date);
	}

	static int dayOfYear(int year) {
		return day(LocalDate.of(year, 1, 1));
	}

}
