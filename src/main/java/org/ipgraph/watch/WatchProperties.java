package org.ipgraph.watch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of watches and change detection ({@code ipgraph.watch.*}).
 *
 * @param interval how often the server derives alerts from pending change sets (zero
 * turns the background derivation off; {@code ipgraph alerts} derives in any case)
 * @param sweepInterval how often the server looks for coming expiries and reruns saved
 * searches
 * @param npeThreshold NPE score from which an acquirer counts as an NPE
 * @param expiryMonths how far ahead a coming expiry is announced
 * @param searchPlaces a saved search alerts when more than this many of its top-10 places
 * changed
 * @param maxPerUser watches a user may keep
 * @param changeSetsPerRound change sets derived together in one transaction
 */
@ConfigurationProperties("ipgraph.watch")
public record WatchProperties(Duration interval, Duration sweepInterval, Double npeThreshold, Integer expiryMonths,
		Integer searchPlaces, Integer maxPerUser, Integer changeSetsPerRound) {

	public WatchProperties {
		interval = interval == null ? Duration.ofSeconds(30) : interval;
		sweepInterval = sweepInterval == null ? Duration.ofHours(1) : sweepInterval;
		npeThreshold = npeThreshold == null ? 0.5 : npeThreshold;
		expiryMonths = expiryMonths == null ? 6 : expiryMonths;
		searchPlaces = searchPlaces == null ? 2 : searchPlaces;
		maxPerUser = maxPerUser == null ? 1000 : maxPerUser;
		changeSetsPerRound = changeSetsPerRound == null ? 50 : changeSetsPerRound;
	}

	public static WatchProperties defaults() {
		return new WatchProperties(null, null, null, null, null, null, null);
	}

}
