package org.ipgraph.cli;

import java.io.PrintStream;

import picocli.CommandLine.Option;

/**
 * A verb that answers with one result: printed for people, or with {@code --json} as JSON
 * for machines. A verb implements {@link #report} and {@link #print}.
 *
 * @param <T> the result
 */
abstract class ReportCommand<T> extends ApplicationCommand {

	// The description may be worded per command in messages.properties (key <command
	// path>.json)
	@Option(names = "--json", descriptionKey = "json", description = "Print JSON.")
	boolean json;

	@Override
	final int run(Application application) throws Exception {
		return answer(report(application));
	}

	private int answer(T result) {
		if (this.json) {
			json(result, System.out);
		}
		else {
			print(result, System.out);
		}
		return exitCode(result);
	}

	@Override
	final Integer answeredByServer() {
		ApiRequest<T> request = apiRequest();
		if (request == null) {
			return null;
		}
		java.util.Optional<String> body = localApi().flatMap(api -> api.get(request.path()));
		return body.isEmpty() ? null : answer(request.read(body.get()));
	}

	/**
	 * The API request that answers with this verb's result, for a verb that only reads,
	 * or null (the default): the verb then always runs on the application.
	 */
	ApiRequest<T> apiRequest() {
		return null;
	}

	/**
	 * An API request and the type of its answer.
	 *
	 * @param path path and query, encoded
	 * @param type the result's type (the API answers with the same object the verb's
	 * service returns): a class, or a type reference for a generic type
	 * @param <T> the result
	 */
	record ApiRequest<T>(String path, Object type) {

		ApiRequest(String path, Class<T> type) {
			this(path, (Object) type);
		}

		ApiRequest(String path, tools.jackson.core.type.TypeReference<T> type) {
			this(path, (Object) type);
		}

		/**
		 * A request for a path that may be null (as {@link LocalApi#path} answers): then
		 * no request.
		 */
		static <T> ApiRequest<T> of(String path, Class<? extends T> type) {
			return path == null ? null : new ApiRequest<>(path, (Object) type);
		}

		/**
		 * A request of a generic type for a path that may be null: then no request.
		 */
		static <T> ApiRequest<T> of(String path, tools.jackson.core.type.TypeReference<T> type) {
			return path == null ? null : new ApiRequest<>(path, (Object) type);
		}

		@SuppressWarnings("unchecked")
		T read(String json) {
			return this.type instanceof Class<?> c ? Output.read(json, (Class<T>) c)
					: Output.read(json, (tools.jackson.core.type.TypeReference<T>) this.type);
		}

	}

	/**
	 * Computes the result.
	 */
	abstract T report(Application application) throws Exception;

	/**
	 * Prints the result for people.
	 */
	abstract void print(T result, PrintStream out);

	/**
	 * Prints the result for machines.
	 */
	void json(T result, PrintStream out) {
		Output.json(out, result);
	}

	/**
	 * The exit code for a result: {@link #OK} unless overridden.
	 */
	int exitCode(T result) {
		return OK;
	}

}
