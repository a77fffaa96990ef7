package org.ipgraph.web;

import java.net.URI;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * What an exception means to a client, as an RFC 9457 problem detail: the one mapping the
 * REST API ({@link ApiErrors}) and the web console answer with. Unexpected errors are
 * logged here and answered without their message.
 */
public final class Problems {

	private static final Log logger = LogFactory.getLog(Problems.class);

	private Problems() {
	}

	/**
	 * The problem detail for an exception a request ended with.
	 */
	public static ProblemDetail of(Throwable ex) {
		if (ex instanceof NotFoundException) {
			return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
		}
		if (ex instanceof IllegalArgumentException || ex instanceof ConstraintViolationException) {
			return problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage());
		}
		if (ex instanceof HandlerMethodValidationException invalid) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid request", invalidParameters(invalid));
		}
		if (ex instanceof ErrorResponse response) {
			// Spring MVC's own: a missing or mistyped parameter, an unsupported method...
			return response.getBody();
		}
		if (ex instanceof AccessDeniedException) {
			return problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
		}
		if (ex instanceof TransientException || ex instanceof TransientDataAccessException
				|| ex instanceof ServiceUnavailableException || ex instanceof DataAccessResourceFailureException) {
			logger.warn("Database busy or unavailable: " + ex.getMessage());
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "Database busy",
					"The graph database did not answer in time. Retry later or narrow the request.");
		}
		if (ex instanceof ClientException client) {
			if (client.code() != null && client.code().contains("TransactionTimedOut")) {
				return problem(HttpStatus.SERVICE_UNAVAILABLE, "Query timed out",
						"The request took longer than the transaction timeout. Narrow it.");
			}
			logger.error("Query rejected by the database", ex);
			return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be answered.");
		}
		logger.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be answered.");
	}

	/**
	 * Each invalid parameter with what is wrong with it.
	 */
	static String invalidParameters(HandlerMethodValidationException ex) {
		return ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
			.collect(Collectors.joining("; "));
	}

	/**
	 * A problem detail with ipgraph's type URI.
	 */
	public static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://ipgraph.org/problems/" + status.value()));
		return problem;
	}

}
