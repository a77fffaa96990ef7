package org.ipgraph.db;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.AccessMode;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

/**
 * Runs the handlers marked {@link ReadsGraph} in a read scope: opened before the handler,
 * closed when the request completes or goes asynchronous (the scope belongs to the
 * request's thread).
 */
final class ReadScopeInterceptor implements AsyncHandlerInterceptor {

	private static final String SCOPE = ReadScopeInterceptor.class.getName() + ".scope";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && reads(method, request.getMethod())) {
			request.setAttribute(SCOPE, GraphAccess.open(AccessMode.READ));
		}
		return true;
	}

	@Override
	public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
			Object handler) {
		close(request);
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		close(request);
	}

	private static void close(HttpServletRequest request) {
		if (request.getAttribute(SCOPE) instanceof GraphAccess.Scope scope) {
			request.removeAttribute(SCOPE);
			scope.close();
		}
	}

	static boolean reads(HandlerMethod method, String httpMethod) {
		if (method.hasMethodAnnotation(ReadsGraph.class)) {
			return true;
		}
		return method.getBeanType().isAnnotationPresent(ReadsGraph.class)
				&& ("GET".equals(httpMethod) || "HEAD".equals(httpMethod));
	}

}
