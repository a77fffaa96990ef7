package org.ipgraph.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where GDS work runs (pools' community detection). Blank {@code uri}: on the graph's own
 * database, through the application's driver. Otherwise on the server it names, e.g.
 * {@code bolt://secondary-3:7687} (one secondary of the cluster, no routing) or a
 * separate GDS instance: the projections are built from request parameters, not from the
 * stored graph, so that server needs GDS but no copy of the data.
 *
 * @param uri the GDS server ({@code IPGRAPH_GDS_URI}); blank for the graph's database
 * @param username user on it; blank for the graph's user
 * @param password password on it; blank for the graph's password
 */
@ConfigurationProperties("ipgraph.gds")
public record GdsProperties(@DefaultValue("") String uri, @DefaultValue("") String username,
		@DefaultValue("") String password) {

	public boolean separate() {
		return this.uri != null && !this.uri.isBlank();
	}

}
