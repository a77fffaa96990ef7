package org.ipgraph.console;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.graph.GraphStatsService;
import org.ipgraph.security.AuditEvent;
import org.ipgraph.security.AuditLog;
import org.ipgraph.security.Callers;
import org.ipgraph.security.Role;
import org.ipgraph.security.UserAccount;
import org.ipgraph.security.UserService;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For admins: what the graph holds and the service's health, users and their tokens, and
 * the audit log.
 */
@ConsoleController
@Validated
class AdminPages {

	private final GraphStatsService stats;

	private final HealthContributorRegistry health;

	private final UserService users;

	private final AuditLog audit;

	AdminPages(GraphStatsService stats, HealthContributorRegistry health, UserService users, AuditLog audit) {
		this.stats = stats;
		this.health = health;
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/console/admin")
	String stats(Model model) {
		var graph = ConsoleTiming.service(this.stats::stats);
		model.addAttribute("stats", graph);
		model.addAttribute("labels", Charts.bars(graph.labels()));
		model.addAttribute("types", Charts.bars(graph.relationshipTypes()));
		model.addAttribute("health", ConsoleTiming.service(this::health));
		return "console/admin";
	}

	@GetMapping("/console/admin/users")
	String users(Model model) {
		List<UserAccount> accounts = ConsoleTiming.service(this.users::list);
		Map<String, Object> tokens = new LinkedHashMap<>();
		accounts.forEach(a -> tokens.put(a.username(), ConsoleTiming.service(() -> this.users.tokens(a.username()))));
		model.addAttribute("accounts", accounts);
		model.addAttribute("tokens", tokens);
		model.addAttribute("roles", Role.values());
		return "console/users";
	}

	@PostMapping("/console/admin/users")
	String add(@RequestParam @Size(min = 2, max = 64) String username,
			@RequestParam @Size(min = 12, max = 200) String password,
			@RequestParam(required = false) List<@Pattern(regexp = "[A-Z]{2,12}") String> roles,
			@RequestParam(required = false) @Size(max = 300) String personId, RedirectAttributes redirect) {
		Set<Role> set = EnumSet.noneOf(Role.class);
		(roles == null ? List.<String>of() : roles).forEach(r -> set.add(Role.of(r)));
		if (set.isEmpty()) {
			throw new IllegalArgumentException("A user needs at least one role");
		}
		ConsoleTiming.service(() -> this.users.create(username.strip(), password, set,
				personId == null || personId.isBlank() ? null : personId.strip()));
		redirect.addFlashAttribute("message", "Added " + username.strip() + " (" + set + ").");
		return "redirect:/console/admin/users";
	}

	@PostMapping("/console/admin/users/remove")
	String remove(@RequestParam @Size(max = 64) String username, RedirectAttributes redirect) {
		if (username.equals(Callers.name())) {
			throw new IllegalArgumentException("You cannot remove yourself here; ask another admin.");
		}
		ConsoleTiming.run(() -> this.users.remove(username));
		redirect.addFlashAttribute("message", "Removed " + username + " and their tokens.");
		return "redirect:/console/admin/users";
	}

	@PostMapping("/console/admin/tokens/revoke")
	String revoke(@RequestParam @Pattern(regexp = "[0-9a-f]{12}") String id, RedirectAttributes redirect) {
		boolean revoked = ConsoleTiming.service(() -> this.users.revokeToken(Callers.name(), id, true)).isPresent();
		if (!revoked) {
			throw new org.ipgraph.web.NotFoundException("Token", id);
		}
		redirect.addFlashAttribute("message", "Revoked token " + id + ".");
		return "redirect:/console/admin/users";
	}

	@GetMapping("/console/admin/audit")
	String audit(@RequestParam(required = false) @Size(max = 64) String user,
			@RequestParam(required = false) @Size(max = 64) String action,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model, HttpServletRequest request) {
		Page<AuditEvent> events = ConsoleTiming.service(
				() -> this.audit.query(blank(user), blank(action), (ZonedDateTime) null, PageRequest.of(page, 25)));
		model.addAttribute("user", user);
		model.addAttribute("action", action);
		model.addAttribute("events", events);
		model.addAttribute("pager", Pager.of(events, request));
		return Views.page(request, "console/audit", "results");
	}

	/**
	 * Each health contributor (one level into composites) with its status and details.
	 */
	private List<Check> health() {
		List<Check> checks = new ArrayList<>();
		this.health.stream().forEach(entry -> add(checks, entry.name(), entry.contributor()));
		return checks;
	}

	private static void add(List<Check> checks, String name, HealthContributor contributor) {
		if (contributor instanceof HealthIndicator indicator) {
			Health h;
			try {
				h = indicator.health(true);
			}
			catch (RuntimeException ex) {
				h = Health.down(ex).build();
			}
			checks.add(new Check(name, h.getStatus().getCode(), h.getDetails()));
		}
		else if (contributor instanceof CompositeHealthContributor composite) {
			composite.stream().forEach(e -> add(checks, name + "/" + e.name(), e.contributor()));
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * @param name the contributor
	 * @param status UP, DOWN...
	 * @param details what it reports
	 */
	record Check(String name, String status, Map<String, Object> details) {
	}

}
