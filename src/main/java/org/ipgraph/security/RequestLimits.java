package org.ipgraph.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-user (or per-token) rate limits on the expensive endpoints, and a cap on request
 * bodies.
 */
final class RequestLimits extends OncePerRequestFilter {

	static final String[] EXPENSIVE = { "/api/v1/partners/**", "/api/v1/experts/**", "/api/v1/pools/**",
			"/api/v1/risk/**", "/api/v1/evidence/**", "/console/partners/**", "/console/experts/**",
			"/console/pools/**", "/console/risk/**", "/console/evidence/**" };

	private final AntPathMatcher paths = new AntPathMatcher();

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	private final long maxBytes;

	private final long maxUploadBytes;

	RequestLimits(int perMinute, long maxBytes, long maxUploadBytes) {
		this.perMinute = perMinute;
		this.maxBytes = maxBytes;
		this.maxUploadBytes = maxUploadBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = this.paths.match(AccessRules.INGEST[0], request.getRequestURI()) ? this.maxUploadBytes
				: this.maxBytes;
		if (request.getContentLengthLong() > limit) {
			ProblemResponses.write(response, 413, "Payload too large",
					"Request bodies are limited to " + limit + " bytes here.");
			return;
		}
		if (isExpensive(request.getRequestURI())) {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			String key = auth == null ? "anonymous:" + request.getRemoteAddr() : auth.getName();
			ConsumptionProbe probe = this.buckets.computeIfAbsent(key, k -> newBucket())
				.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
				response.setHeader("Retry-After", Long.toString(seconds));
				ProblemResponses.write(response, 429, "Too many requests", "At most " + this.perMinute
						+ " requests a minute on this endpoint; retry in " + seconds + " s.");
				return;
			}
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private boolean isExpensive(String uri) {
		for (String pattern : EXPENSIVE) {
			if (this.paths.match(pattern, uri)) {
				return true;
			}
		}
		return false;
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.perMinute)
				.refillGreedy(this.perMinute, Duration.ofMinutes(1))
				.build())
			.build();
	}

}
