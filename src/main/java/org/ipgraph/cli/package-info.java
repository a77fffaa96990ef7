/**
 * The {@code bin/ipgraph} command line: one command class per verb. Commands other than
 * {@code serve} start the application without a web server, against the running server's
 * database when one is up, else against the data directory.
 */
package org.ipgraph.cli;
