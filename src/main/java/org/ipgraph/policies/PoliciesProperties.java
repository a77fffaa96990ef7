package org.ipgraph.policies;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of policy and fund matching.
 *
 * @param largeOwnerPatents an owner of at least this many patents in the graph counts as
 * large (a proxy: the graph holds no employee counts); default 25
 * @param limit matches returned when the request names no limit; default 20
 */
@ConfigurationProperties("ipgraph.policies")
public record PoliciesProperties(Long largeOwnerPatents, Integer limit) {

	public PoliciesProperties {
		largeOwnerPatents = largeOwnerPatents == null ? 25 : largeOwnerPatents;
		limit = limit == null ? 20 : limit;
	}

}
