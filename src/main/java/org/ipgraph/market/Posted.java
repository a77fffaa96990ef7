package org.ipgraph.market;

import java.util.List;

/**
 * The answer to a published offer or demand.
 *
 * @param item the offer or demand as stored
 * @param created false when the same offer or demand was already stored (nothing new was
 * created)
 * @param matches the matches found on the other side, best first
 * @param notes what the caller should know
 * @param <T> Offer or MarketDemand
 */
public record Posted<T>(T item, boolean created, List<MarketMatch> matches, List<String> notes) {
}
