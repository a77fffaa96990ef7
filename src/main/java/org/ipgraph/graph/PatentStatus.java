package org.ipgraph.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a patent still counts, as the ranking services (pools, partners, experts'
 * evidence, exposure) read it: a patent has <em>ended</em> when its {@code inForce} is
 * false for a reason other than being a pending application (its {@code status} is
 * {@code expired}, {@code lapsed} or {@code withdrawn}), or when its {@code expiry} has
 * passed since the status was derived. Everything else counts as in force: in force,
 * pending, and unknown ({@code inForce} absent: most records of other offices, stores
 * imported without status). The services rank patents that have not ended by default and
 * take an {@code includeExpired} switch that brings ended ones back, flagged.
 *
 * @param status {@code in_force}, {@code pending}, {@code expired}, {@code lapsed},
 * {@code withdrawn}, or null when unknown ({@code expired} also when the expiry has
 * passed since the graph's status was derived)
 * @param expiry the end of the term, when known
 * @param expired whether the patent has ended (expired, lapsed or withdrawn): the badge
 */
public record PatentStatus(String status, LocalDate expiry, boolean expired) {

	/** Statuses that end a patent. */
	public static final List<String> ENDED = List.of("expired", "lapsed", "withdrawn");

	/** A patent the graph knows nothing about. */
	public static final PatentStatus UNKNOWN = new PatentStatus(null, null, false);

	/**
	 * Cypher columns to read a patent's status from (after a clause binding it), to be
	 * read by {@link #of(Object, Object, Object)}: {@code status}, {@code inForce} and
	 * {@code expiry}, each prefixed.
	 * @param patent the patent's variable
	 * @param prefix the column prefix ("" for {@code status}, {@code inForce},
	 * {@code expiry})
	 */
	public static String columns(String patent, String prefix) {
		return "%1$s.status AS %2$sstatus, %1$s.inForce AS %2$sinForce, %1$s.expiry AS %2$sexpiry".formatted(patent,
				prefix);
	}

	/**
	 * A Cypher predicate that holds when the patent has not ended (in force, pending or
	 * unknown): {@code inForce} true or absent, or false only because it is pending, and
	 * no expiry before today.
	 * @param patent the patent's variable
	 */
	public static String inForce(String patent) {
		return "((coalesce(%1$s.inForce, true) OR %1$s.status = 'pending') AND NOT coalesce(%1$s.expiry < date(), false))"
			.formatted(patent);
	}

	/**
	 * The same predicate, or true when expired patents are included: {@code $parameter}
	 * names the boolean switch.
	 * @param patent the patent's variable
	 * @param parameter the name of the {@code includeExpired} query parameter, without
	 * {@code $}
	 */
	public static String inForceUnless(String patent, String parameter) {
		return "($" + parameter + " OR " + inForce(patent) + ")";
	}

	/**
	 * The status of a patent as the graph stores it, judged today.
	 */
	public static PatentStatus of(String status, Boolean inForce, LocalDate expiry) {
		return of(status, inForce, expiry, LocalDate.now());
	}

	/**
	 * The status of a patent as the graph stores it, judged on a day: ended when
	 * {@code inForce} is false and it is not pending, or its expiry is before the day.
	 */
	public static PatentStatus of(String status, Boolean inForce, LocalDate expiry, LocalDate day) {
		boolean passed = expiry != null && expiry.isBefore(day);
		boolean stated = Boolean.FALSE.equals(inForce) && !"pending".equals(status);
		String shown = passed && (status == null || !ENDED.contains(status)) ? "expired" : status;
		return new PatentStatus(shown, expiry, stated || passed);
	}

	/**
	 * The status from the values of {@link #columns} (as the driver or Spring's
	 * {@code fetch()} return them: String, Boolean, LocalDate or null).
	 */
	public static PatentStatus of(Object status, Object inForce, Object expiry) {
		return of(status instanceof String s ? s : null, inForce instanceof Boolean b ? b : null,
				expiry instanceof LocalDate d ? d : null);
	}

	/**
	 * A short badge for text output: empty while in force or unknown, else
	 * {@code " [expired 2019-04-02]"}, {@code " [lapsed]"}.
	 */
	public String badge() {
		if (!this.expired) {
			return "";
		}
		String what = this.status != null ? this.status : "ended";
		return " [" + what + ("expired".equals(what) && this.expiry != null ? " " + this.expiry : "") + "]";
	}

}
