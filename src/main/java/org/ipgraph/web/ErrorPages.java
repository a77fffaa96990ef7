package org.ipgraph.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller are problem details too: those the servlet
 * container or the security filters answer (an encoded slash, a NUL or another control
 * character in the URL, an over-long URL or header) go through the error page, which
 * answers here, and those the container answers before any application code, through a
 * Tomcat error report valve of the same shape. A request for the error page itself is not
 * found.
 */
@RestController
class ErrorPages implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(status instanceof Integer code)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ApiErrors.problem(HttpStatus.NOT_FOUND, "Not found", detail(404)));
		}
		HttpStatus resolved = HttpStatus.resolve(code);
		HttpStatus answer = resolved == null || code < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
		return ResponseEntity.status(answer)
			.body(ApiErrors.problem(answer, answer.getReasonPhrase(), detail(answer.value())));
	}

	/**
	 * What an error status means here, in words that quote nothing from the request.
	 */
	static String detail(int status) {
		return switch (status) {
			case 400 -> "The request is malformed: for example an encoded slash or percent sign, a NUL or another "
					+ "control character, '..' or '//' in the URL.";
			case 401 -> "Authenticate with a bearer token or with HTTP Basic.";
			case 403 -> "Your roles do not allow this request.";
			case 404 -> "No endpoint at this path.";
			case 405 -> "This endpoint does not take this method.";
			case 408 -> "The request took too long to arrive.";
			case 413 -> "The request body is larger than allowed.";
			case 414 -> "The URL is longer than allowed.";
			case 431 -> "The request headers are larger than allowed.";
			case 503 -> "The service is busy or starting; retry later.";
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				yield known == null ? "The request could not be answered."
						: known.getReasonPhrase() + ". The request could not be answered.";
			}
		};
	}

	static String json(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = known == null ? "Error" : known.getReasonPhrase();
		return "{\"type\":\"https://ipgraph.org/problems/" + status + "\",\"title\":\"" + title + "\",\"status\":"
				+ status + ",\"detail\":\"" + detail(status).replace("\"", "'") + "\"}";
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ErrorReportValve.class)
	static class Tomcat {

		@Bean
		WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemReports() {
			return factory -> factory.addContextCustomizers(context -> {
				Host host = (Host) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemReportValve());
				if (host instanceof StandardHost standard) {
					// the host adds a valve of this class on start unless one is there
					standard.setErrorReportValveClass(ProblemReportValve.class.getName());
				}
			});
		}

	}

	/**
	 * The container's own error responses as problem details instead of HTML.
	 */
	static final class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(org.apache.catalina.connector.Request request,
				org.apache.catalina.connector.Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				java.io.Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(json(status));
					response.finishResponse();
				}
			}
			catch (java.io.IOException | IllegalStateException ex) {
				// the client is gone or the response is committed: nothing more to say
			}
		}

	}

}
