/**
 * Readers and writers for organization lists: the curated SSO member list (kinds,
 * sectors, parents, memberships) and the Compustat-matching parent maps (compact clean
 * names).
 */
package org.ipgraph.ingest.orgs;
