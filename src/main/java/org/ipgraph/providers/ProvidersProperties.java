package org.ipgraph.providers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the provider service.
 *
 * @param checkInterval how often the graph is checked for changes that make the track
 * records out of date; default 10 s
 * @param warmUp read the track records when the web application starts rather than on the
 * first request; default true
 * @param limit providers returned when a request names no limit; default 10
 * @param halfLifeYears the recency component halves every this many years; default 3
 */
@ConfigurationProperties("ipgraph.providers")
public record ProvidersProperties(Duration checkInterval, Boolean warmUp, Integer limit, Double halfLifeYears) {

	public ProvidersProperties {
		checkInterval = checkInterval == null ? Duration.ofSeconds(10) : checkInterval;
		warmUp = warmUp == null || warmUp;
		limit = limit == null ? 10 : limit;
		halfLifeYears = halfLifeYears == null ? 3.0 : halfLifeYears;
		if (limit < 1 || halfLifeYears <= 0) {
			throw new IllegalArgumentException("ipgraph.providers.limit and half-life-years must be positive");
		}
	}

}
