package org.ipgraph.console;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.security.Callers;
import org.ipgraph.security.IssuedToken;
import org.ipgraph.security.UserService;
import org.ipgraph.web.NotFoundException;

import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's account: roles and API tokens (issue one, shown once; revoke).
 */
@ConsoleController
@Validated
class AccountPages {

	private final UserService users;

	AccountPages(UserService users) {
		this.users = users;
	}

	@GetMapping("/console/account")
	String account(Model model) {
		String me = Callers.name();
		model.addAttribute("account", ConsoleTiming.service(() -> this.users.find(me)).orElse(null));
		model.addAttribute("myTokens", ConsoleTiming.service(() -> this.users.tokens(me)));
		return "console/account";
	}

	@PostMapping("/console/account/tokens")
	String issue(@RequestParam(required = false) @Size(max = 100) String name,
			@RequestParam(required = false) @Min(1) @Max(3650) Integer days, Model model) {
		IssuedToken token = ConsoleTiming.service(() -> this.users.issueToken(Callers.name(),
				name == null ? null : name.strip(), days == null ? null : Duration.ofDays(days)));
		model.addAttribute("issued", token);
		return account(model);
	}

	@PostMapping("/console/account/tokens/revoke")
	String revoke(@RequestParam @Pattern(regexp = "[0-9a-f]{12}") String id, Model model) {
		if (ConsoleTiming.service(() -> this.users.revokeToken(Callers.name(), id, false)).isEmpty()) {
			throw new NotFoundException("Token", id);
		}
		model.addAttribute("message", "Revoked token " + id + ".");
		return account(model);
	}

}
