package org.ipgraph.ingest.orgs;

/**
 * A map row saying that one firm's patents belong to another's, by compact clean names.
 *
 * @param child the child's clean name, or a prefix of clean names when {@code prefix}
 * @param parent the parent's clean name
 * @param relation {@code subsidiary} or {@code joint_venture}
 * @param prefix whether {@code child} is a name prefix (the "vacuum" rule for small
 * subsidiaries)
 * @param source the map it comes from
 * @param childPatents the US patents the match counts under the child's name, or null
 * @param parentPatents the US patents the match counts under the parent's name, or null
 */
record ParentMapping(String child, String parent, String relation, boolean prefix, String source, Double childPatents,
		Double parentPatents) {

	ParentMapping(String child, String parent, String relation, boolean prefix, String source) {
		this(child, parent, relation, prefix, source, null, null);
	}

}
