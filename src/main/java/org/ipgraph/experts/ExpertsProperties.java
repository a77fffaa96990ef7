package org.ipgraph.experts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the experts module.
 *
 * @param checkInterval how often, at most, the graph is checked for changes (counts of
 * patents, people, inventorships, affiliations, mentions), in the background; a change
 * rebuilds the profiles there while the old ones keep answering; zero checks (and
 * rebuilds) before every answer
 * @param warmUp build the profiles when the web server starts rather than on the first
 * request
 * @param persistResolution write the same-person resolution to the graph (SAME_AS
 * relationships and {@code Person.identity}) whenever the profiles are rebuilt
 * @param handleSecret key for anonymous handles; when blank, a random one is made once
 * and kept in the graph
 */
@ConfigurationProperties("ipgraph.experts")
record ExpertsProperties(@DefaultValue("30s") Duration checkInterval, @DefaultValue("true") boolean warmUp,
		@DefaultValue("true") boolean persistResolution, String handleSecret) {
}
