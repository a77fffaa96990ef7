package org.ipgraph.market;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.ipgraph.security.Callers;
import org.ipgraph.security.Role;

/**
 * Who sees whose identity ("anonymity of buyers"): an anonymous demand's requester is
 * shown to its own user, to admins and to organizers (the platform's brokers); everyone
 * else sees "anonymous" and coarse facts only.
 */
final class Visibility {

	static final String ANONYMOUS = "anonymous";

	private Visibility() {
	}

	/**
	 * Whether the caller sees the identity behind a demand its user published.
	 */
	static boolean seesIdentity(String createdBy) {
		return Callers.name().equals(createdBy) || Callers.hasAnyRole(Role.ADMIN, Role.ORGANIZER);
	}

	/**
	 * Whether the caller may change (close, withdraw) what its user published.
	 */
	static boolean mayChange(String createdBy) {
		return Callers.name().equals(createdBy) || Callers.hasAnyRole(Role.ADMIN);
	}

	/**
	 * A CPC symbol at subclass level (H04N19/70 gives H04N).
	 */
	static String coarse(String cpc) {
		return cpc.length() > 4 ? cpc.substring(0, 4) : cpc;
	}

	static List<String> coarse(List<String> cpc) {
		return List.copyOf(new LinkedHashSet<>(cpc.stream().map(Visibility::coarse).toList()));
	}

	/**
	 * A budget's order of magnitude: "under 10k", "10k-100k", "100k-1M", "1M-10M", "10M
	 * and more".
	 */
	static String band(Double budget, String currency) {
		if (budget == null) {
			return null;
		}
		String band = budget < 10_000 ? "under 10k" : budget < 100_000 ? "10k-100k"
				: budget < 1_000_000 ? "100k-1M" : budget < 10_000_000 ? "1M-10M" : "10M and more";
		return currency == null ? band : band + " " + currency.toUpperCase(Locale.ROOT);
	}

	/**
	 * The demand as the caller may see it.
	 */
	static MarketDemand view(MarketDemand d, boolean seesIdentity) {
		if (!d.anonymous() || seesIdentity) {
			return new MarketDemand(d.id(), d.kind(), d.status(), d.anonymous(), true, d.requester(), d.requesterName(),
					d.text(), d.cpc(), d.keywords(), d.budget(), d.currency(), d.budgetBand(), d.deadline(), d.region(),
					d.createdAt(), d.createdBy());
		}
		return new MarketDemand(d.id(), d.kind(), d.status(), true, false, ANONYMOUS, null, null, coarse(d.cpc()), null,
				null, null, d.budgetBand(), d.deadline(), null,
				d.createdAt().substring(0, Math.min(7, d.createdAt().length())), null);
	}

}
