package org.ipgraph.providers;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A provider as the graph holds it, with its whole track record.
 *
 * @param label {@code Organization} (firm, agency, bank, evaluator) or {@code Person}
 * (attorney, correspondent)
 * @param id the node's key
 * @param name display name
 * @param kinds the kinds of work seen ({@code providerKinds}) and its service type
 * @param country where it is, or null
 * @param matters its track record
 */
record ProviderNode(String label, String id, String name, Set<String> kinds, String country,
		List<Matter> matters) implements Serializable {
}
