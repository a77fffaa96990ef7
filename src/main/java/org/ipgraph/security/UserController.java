package org.ipgraph.security;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * User management (admins) and each user's own tokens.
 */
@RestController
@Tag(name = "Users and tokens")
@Validated
class UserController {

	private final UserService users;

	private final AuditLog audit;

	UserController(UserService users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/api/v1/users")
	@Operation(summary = "All users (ADMIN)")
	List<UserAccount> list() {
		return this.users.list();
	}

	@PostMapping("/api/v1/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a user (ADMIN)")
	UserAccount add(@RequestBody @Valid NewUser user) {
		return this.users.create(user.username(), user.password(), EnumSet.copyOf(user.roles()), user.personId());
	}

	@DeleteMapping("/api/v1/users/{username}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a user and their tokens (ADMIN)")
	void remove(@PathVariable @Size(max = 64) String username) {
		this.users.remove(username);
	}

	@PutMapping("/api/v1/users/{username}/roles")
	@Operation(summary = "Replace a user's roles (ADMIN); the last admin keeps ADMIN")
	UserAccount roles(@PathVariable @Size(max = 64) String username, @RequestBody @Valid NewRoles roles) {
		return this.users.setRoles(username, EnumSet.copyOf(roles.roles()));
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "The audit log, newest first (ADMIN)")
	Page<AuditEvent> audit(@RequestParam(required = false) @Size(max = 64) String user,
			@RequestParam(required = false) @Size(max = 64) String action,
			@RequestParam(required = false) ZonedDateTime since, @Valid PageRequest page) {
		return this.audit.query(user, action, since, page);
	}

	@GetMapping("/api/v1/auth/me")
	@Operation(summary = "The caller's account")
	UserAccount me() {
		return this.users.find(Callers.name()).orElseThrow(() -> new NotFoundException("User", Callers.name()));
	}

	@GetMapping("/api/v1/auth/tokens")
	@Operation(summary = "The caller's tokens, newest first, revoked ones included (never the secrets)")
	List<TokenInfo> tokens() {
		return this.users.tokens(Callers.name());
	}

	@PostMapping("/api/v1/auth/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a bearer token for the caller; the token is shown once. A token issued by a caller "
			+ "who presented a token expires no later than that token and is revoked with it")
	IssuedToken issue(@RequestBody(required = false) @Valid TokenRequest request) {
		TokenRequest r = request == null ? new TokenRequest(null, null) : request;
		return this.users.issueToken(Callers.name(), r.name(), r.days() == null ? null : Duration.ofDays(r.days()),
				Callers.tokenId());
	}

	@DeleteMapping("/api/v1/auth/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of the caller's tokens and every token minted with it (ADMIN: anyone's)")
	void revoke(@PathVariable @Pattern(regexp = "[0-9a-f]{12}") String id) {
		if (this.users.revokeToken(Callers.name(), id, Callers.hasAnyRole(Role.ADMIN)).isEmpty()) {
			throw new NotFoundException("Token", id);
		}
	}

	record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank @Size(min = 12, max = 200) String password,
			@NotEmpty Set<Role> roles, @Size(max = 300) String personId) {
	}

	record NewRoles(@NotEmpty Set<Role> roles) {
	}

	record TokenRequest(@Size(max = 100) String name, @Min(1) @Max(3650) Integer days) {
	}

}
