package org.ipgraph.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ipgraph.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every console page has in its model (the menu, the user, the path), and how a
 * console request that fails is answered: the problem detail the REST API would give,
 * shown in the page ({@code #problem} for an htmx request, an error page otherwise).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ControllerAdvice(annotations = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

	// looked up when a console page is answered: slices of the application without the
	// console (e.g. @WebMvcTest) still create this advice
	private final ObjectProvider<Navigation> navigations;

	ConsoleAdvice(ObjectProvider<Navigation> navigations) {
		this.navigations = navigations;
	}

	@ModelAttribute
	void common(Model model, HttpServletRequest request) {
		common(model.asMap(), request);
	}

	private void common(java.util.Map<String, Object> model, HttpServletRequest request) {
		Navigation navigation = this.navigations.getObject();
		Viewer me = Viewer.of(SecurityContextHolder.getContext().getAuthentication(), navigation);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		model.put("me", me);
		model.put("menu", navigation.menu(me.authentication(), path));
		ConsolePage current = navigation.current(path);
		model.put("current", current);
		model.put("htmx", Views.htmx(request));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView problem(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		ProblemDetail problem = Problems.of(ex);
		return problem(problem, request, response);
	}

	ModelAndView problem(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
		ModelAndView view = new ModelAndView();
		common(view.getModel(), request);
		view.addObject("problem", problem);
		view.setStatus(org.springframework.http.HttpStatus.valueOf(problem.getStatus()));
		if (Views.htmx(request)) {
			Views.retargetProblem(response);
			view.setViewName("console/fragments :: problem");
		}
		else {
			view.setViewName("console/error");
		}
		return view;
	}

}
