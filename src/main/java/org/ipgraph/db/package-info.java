/**
 * Where the graph lives: the in-process Neo4j server (Bolt, HTTP, Browser, GDS), or an
 * external server named by {@code NEO4J_URI}, and the schema migrations applied at start.
 */
package org.ipgraph.db;
