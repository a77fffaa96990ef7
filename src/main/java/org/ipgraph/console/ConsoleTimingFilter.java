package org.ipgraph.console;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Times every console request on the server once it is past sign-in and access checks:
 * the whole request, the service calls in it ({@link ConsoleTiming}), and the rest, which
 * is the console's own cost (controller and template). Each response carries them as
 * {@code Server-Timing: total;dur=.., service;dur=.., render;dur=..} (the page is
 * buffered until then; console pages are small), and they are metered as
 * {@code ipgraph.console.render} and {@code ipgraph.console.service}, tagged with the
 * page.
 */
final class ConsoleTimingFilter extends OncePerRequestFilter {

	private final MeterRegistry meters;

	ConsoleTimingFilter(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/console/assets/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, buffered);
		}
		finally {
			long total = System.nanoTime() - start;
			long service = Math.min(total, ConsoleTiming.serviceNanos(request));
			if (!response.isCommitted()) {
				response.setHeader("Server-Timing",
						String.format(Locale.ROOT, "total;dur=%.1f, service;dur=%.1f, render;dur=%.1f", total / 1e6,
								service / 1e6, (total - service) / 1e6));
			}
			String page = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String p ? p
					: "other";
			record(Timer.builder("ipgraph.console.render")
				.description("Console request time without its service calls"), page, total - service);
			record(Timer.builder("ipgraph.console.service").description("Service calls of a console request"), page,
					service);
			buffered.copyBodyToResponse();
		}
	}

	private void record(Timer.Builder timer, String page, long nanos) {
		timer.tag("page", page).register(this.meters).record(Duration.ofNanos(nanos));
	}

}
