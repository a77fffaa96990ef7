package org.ipgraph.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a console visitor without a session to the sign-in page: a redirect for a page,
 * and for an htmx request (whose answer would land inside the page) a 401 with
 * {@code HX-Redirect}, so that htmx loads the sign-in page as a whole.
 */
final class ConsoleEntryPoint implements AuthenticationEntryPoint {

	private final String loginPage;

	private final LoginUrlAuthenticationEntryPoint pages;

	ConsoleEntryPoint(String loginPage) {
		this.loginPage = loginPage;
		this.pages = new LoginUrlAuthenticationEntryPoint(loginPage);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", request.getContextPath() + this.loginPage + "?expired");
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		this.pages.commence(request, response, ex);
	}

}
