package org.ipgraph.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ipgraph.graph.GraphStatsService;
import org.ipgraph.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The home page, the sign-in page and the page a refused request lands on.
 */
@ConsoleController
record HomeController(GraphStatsService stats, ConsoleAdvice advice) {

	@GetMapping("/")
	String root() {
		return "redirect:/console";
	}

	@GetMapping("/console")
	String home(Model model) {
		model.addAttribute("stats", ConsoleTiming.service(this.stats::stats));
		return "console/home";
	}

	@GetMapping("/console/login")
	String login() {
		return "console/login";
	}

	/**
	 * Where Spring Security forwards a request the user's roles do not allow (403).
	 */
	@RequestMapping("/console/denied")
	ModelAndView denied(HttpServletRequest request, HttpServletResponse response) {
		Object uri = request.getAttribute("jakarta.servlet.forward.request_uri");
		String path = uri == null ? "this page" : uri.toString().replaceAll("[^\\w/.\\-]", "_");
		Viewer me = Viewer
			.of(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication(), null);
		String detail = "Your roles (" + (me.roles().isEmpty() ? "none" : me.rolesText()) + ") do not allow "
				+ request.getMethod() + " " + path + ". Risk reports are for LEGAL, ANALYST and ADMIN users, "
				+ "saving pools for ORGANIZER and ADMIN, administration for ADMIN; ask an admin for a role. A form "
				+ "sent from a page left open across a sign-in is refused the same way: reload the page.";
		return this.advice.problem(Problems.problem(HttpStatus.FORBIDDEN, "Forbidden", detail), request, response);
	}

}
