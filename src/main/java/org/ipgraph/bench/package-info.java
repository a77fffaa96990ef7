/**
 * Speed harnesses that are commands, not tests: each service's latency benchmark
 * ({@code ipgraph partners|experts|pools bench}) and a bounded load test against the
 * running service on loopback, with latency percentiles, errors and a check for lost
 * writes; the scale benchmark ({@code ipgraph bench scale}) runs the whole service in its
 * own JVM on stores of several sizes.
 */
package org.ipgraph.bench;
