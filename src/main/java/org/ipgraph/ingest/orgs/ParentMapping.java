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
 */
record ParentMapping(String child, String parent, String relation, boolean prefix, String source) {
}
