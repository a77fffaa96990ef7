package org.ipgraph.cli;

import java.io.PrintStream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints command results: JSON for machines, text for people.
 */
final class Output {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Output() {
	}

	static void json(PrintStream out, Object value) {
		out.println(JSON.writeValueAsString(value));
	}

}
