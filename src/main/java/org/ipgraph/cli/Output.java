package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.Locale;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints command results: JSON for machines, text for people.
 */
final class Output {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Output() {
	}

	/**
	 * The machine a benchmark ran on: {@code Java 25.0.1, 2 cores, max heap 4,096 MB}.
	 */
	static String machine() {
		return String.format(Locale.ROOT, "Java %s, %d cores, max heap %,d MB", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	private static final JsonMapper JSON_LINE = JsonMapper.builder().build();

	/**
	 * One value as one line of JSON (for streams such as {@code alerts --follow}).
	 */
	static String jsonLine(Object value) {
		return JSON_LINE.writeValueAsString(value);
	}

	static void json(PrintStream out, Object value) {
		out.println(JSON.writeValueAsString(value));
	}

	/**
	 * A result from JSON, as the API wrote it.
	 */
	static <T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

	/**
	 * A result of a generic type from JSON, as the API wrote it.
	 */
	static <T> T read(String json, tools.jackson.core.type.TypeReference<T> type) {
		return JSON.readValue(json, type);
	}

}
