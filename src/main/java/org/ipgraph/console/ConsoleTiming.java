package org.ipgraph.console;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Measures the service calls of a console request, so that the page's own time (the
 * request's time without them) can be told apart: {@code Server-Timing} and the
 * {@code ipgraph.console.render} timer ({@link ConsoleTimingFilter}).
 */
public final class ConsoleTiming {

	static final String SERVICE_NANOS = ConsoleTiming.class.getName() + ".serviceNanos";

	private ConsoleTiming() {
	}

	/**
	 * Runs a service call and adds its time to the request's service time.
	 */
	public static <T> T service(Supplier<T> call) {
		long start = System.nanoTime();
		try {
			return call.get();
		}
		finally {
			add(System.nanoTime() - start);
		}
	}

	/**
	 * Runs a service call without a result.
	 */
	public static void run(Runnable call) {
		service(() -> {
			call.run();
			return null;
		});
	}

	private static void add(long nanos) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			Object before = request.getAttribute(SERVICE_NANOS);
			request.setAttribute(SERVICE_NANOS, (before instanceof Long l ? l : 0L) + nanos);
		}
	}

	static long serviceNanos(HttpServletRequest request) {
		return request.getAttribute(SERVICE_NANOS) instanceof Long l ? l : 0L;
	}

}
