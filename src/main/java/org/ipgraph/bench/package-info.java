/**
 * Benchmarks that are commands, not tests: a bounded load test against the running service on
 * loopback, with latency percentiles, errors and a check for lost writes.
 */
package org.ipgraph.bench;
