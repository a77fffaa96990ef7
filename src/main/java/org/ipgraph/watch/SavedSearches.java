package org.ipgraph.watch;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.partners.PartnerQuery;
import org.ipgraph.partners.PartnerService;
import org.ipgraph.pools.PoolQuery;
import org.ipgraph.pools.PoolService;
import org.ipgraph.risk.ExposureService;
import org.ipgraph.web.PageRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs a saved search (a partner, pool or exposure query with its parameters) and answers
 * its top 10: organization keys, pool candidate ids or patent numbers.
 */
@Component
class SavedSearches {

	static final int TOP = 10;

	private static final Map<String, Set<String>> ALLOWED = Map.of("partner", Set.of("organization", "role"), "pool",
			Set.of("cpc", "standard", "topic", "minOwners"), "exposure", Set.of("organization", "minNpeScore"));

	private final ObjectProvider<PartnerService> partners;

	private final ObjectProvider<PoolService> pools;

	private final ObjectProvider<ExposureService> exposure;

	SavedSearches(ObjectProvider<PartnerService> partners, ObjectProvider<PoolService> pools,
			ObjectProvider<ExposureService> exposure) {
		this.partners = partners;
		this.pools = pools;
		this.exposure = exposure;
	}

	/**
	 * Checks a saved search's parameters; a usage error names what is wrong.
	 */
	static void check(String search, Map<String, String> parameters) {
		for (String name : parameters.keySet()) {
			if (!ALLOWED.get(search).contains(name)) {
				throw new IllegalArgumentException(
						"parameters: a " + search + " search takes " + ALLOWED.get(search) + ", not '" + name + "'");
			}
		}
		switch (search) {
			case "partner", "exposure" -> {
				if (!parameters.containsKey("organization")) {
					throw new IllegalArgumentException("parameters: a " + search + " search names an organization");
				}
			}
			default -> {
				long named = parameters.keySet().stream().filter(List.of("cpc", "standard", "topic")::contains).count();
				if (named != 1) {
					throw new IllegalArgumentException("parameters: a pool search names one of cpc, standard, topic");
				}
			}
		}
		number(parameters, "minOwners");
		number(parameters, "minNpeScore");
	}

	private static Double number(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("parameters: " + name + " is a number, not '" + value + "'");
		}
	}

	/**
	 * The search's top 10 now, run as the watch's user (so what it records in the audit
	 * log names them).
	 */
	List<String> top(String user, String search, Map<String, String> parameters) {
		var context = SecurityContextHolder.getContext();
		var before = context.getAuthentication();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("watch:" + user, null, List.of()));
		try {
			return switch (search) {
				case "partner" -> this.partners.getObject()
					.recommend(new PartnerQuery(parameters.get("organization"), parameters.get("role"), null, null,
							null, null, List.of(), null, PageRequest.of(0, TOP)))
					.candidates()
					.items()
					.stream()
					.map(c -> c.organization().id())
					.toList();
				case "pool" -> this.pools.getObject()
					.find(poolQuery(parameters), PageRequest.of(0, TOP))
					.items()
					.stream()
					.map(c -> c.id())
					.toList();
				case "exposure" -> this.exposure.getObject()
					.exposure(new ExposureService.Request(parameters.get("organization"), null, null,
							number(parameters, "minNpeScore"), null), PageRequest.of(0, TOP))
					.patents()
					.items()
					.stream()
					.map(p -> p.number())
					.toList();
				default -> throw new IllegalArgumentException("unknown saved search " + search);
			};
		}
		finally {
			context.setAuthentication(before);
		}
	}

	private static PoolQuery poolQuery(Map<String, String> parameters) {
		Double min = number(parameters, "minOwners");
		int minOwners = min == null ? PoolQuery.DEFAULT_MIN_OWNERS : min.intValue();
		if (parameters.containsKey("cpc")) {
			return PoolQuery.cpc(parameters.get("cpc"), minOwners);
		}
		if (parameters.containsKey("standard")) {
			return PoolQuery.standard(parameters.get("standard"), minOwners);
		}
		return PoolQuery.topic(parameters.get("topic"), minOwners);
	}

	/**
	 * How many of the ten places hold another entry than before.
	 */
	static int placesChanged(List<String> before, List<String> after) {
		int changed = 0;
		for (int i = 0; i < TOP; i++) {
			String a = i < before.size() ? before.get(i) : null;
			String b = i < after.size() ? after.get(i) : null;
			if (!java.util.Objects.equals(a, b)) {
				changed++;
			}
		}
		return changed;
	}

}
