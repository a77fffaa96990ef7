package org.ipgraph.experts;

import java.util.Map;
import java.util.Set;

/**
 * What the resolver knows of one Person node.
 *
 * @param id the Person id
 * @param name the name as compared
 * @param patents patent number to the inventor's position on it (null when unknown)
 * @param organizations organization ids: patent owners and stated affiliations
 * @param places where the person is listed: {@code city|country}
 * @param coInventors co-inventors' name blocks ({@link NameForm#block()})
 * @param areas CPC subclasses of the person's patents
 */
public record PersonRecord(String id, NameForm name, Map<String, Integer> patents, Set<String> organizations,
		Set<String> places, Set<String> coInventors, Set<String> areas) {
}
