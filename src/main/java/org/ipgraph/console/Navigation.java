package org.ipgraph.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * The console's menu: every {@link ConsolePage} bean, grouped in sections, with only the
 * pages the user may open. Whether they may is asked of the security filter chain itself,
 * so the menu follows {@code AccessRules} and never offers a page that would be refused.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class Navigation {

	private final List<ConsolePage> pages;

	private final WebInvocationPrivilegeEvaluator access;

	Navigation(List<ConsolePage> pages, WebInvocationPrivilegeEvaluator access) {
		this.pages = pages.stream()
			.sorted(Comparator.comparingInt((ConsolePage p) -> section(p.section()))
				.thenComparing(ConsolePage::section)
				.thenComparingInt(ConsolePage::order)
				.thenComparing(ConsolePage::title))
			.toList();
		this.access = access;
	}

	/**
	 * The sections and pages a user may open, marking the one the path belongs to.
	 */
	List<Section> menu(Authentication user, String path) {
		ConsolePage current = current(path);
		Map<String, List<Item>> sections = new LinkedHashMap<>();
		for (ConsolePage page : this.pages) {
			if (allows(user, page.path(), "GET")) {
				sections.computeIfAbsent(page.section(), s -> new ArrayList<>()).add(new Item(page, page == current));
			}
		}
		return sections.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	/**
	 * Whether the user may send this request, by the rules of the filter chain.
	 */
	boolean allows(Authentication user, String path, String method) {
		return user != null && this.access.isAllowed("", path, method, user);
	}

	/**
	 * The page a path belongs to: the one with the longest path it starts with.
	 */
	ConsolePage current(String path) {
		ConsolePage best = null;
		for (ConsolePage page : this.pages) {
			boolean under = path.equals(page.path()) || path.startsWith(page.path() + "/");
			if (under && (best == null || page.path().length() > best.path().length())) {
				best = page;
			}
		}
		return best;
	}

	private static int section(String name) {
		int i = ConsolePage.SECTIONS.indexOf(name);
		return i < 0 ? ConsolePage.SECTIONS.size() : i;
	}

	/**
	 * A menu section.
	 *
	 * @param name its heading
	 * @param items its pages
	 */
	record Section(String name, List<Item> items) {
	}

	/**
	 * A menu entry.
	 *
	 * @param page the page
	 * @param current whether it is the page shown
	 */
	record Item(ConsolePage page, boolean current) {
	}

}
