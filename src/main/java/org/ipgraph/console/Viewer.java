package org.ipgraph.console;

import java.util.List;

import org.ipgraph.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user as pages see them: {@code me} in every console model.
 *
 * @param name the username, or null before sign-in
 * @param roles their roles
 * @param navigation to ask what they may open
 * @param authentication who they are to the security rules
 */
record Viewer(String name, List<String> roles, Navigation navigation, Authentication authentication) {

	static Viewer of(Authentication auth, Navigation navigation) {
		if (auth == null || !auth.isAuthenticated() || auth.getName().equals("anonymousUser")) {
			return new Viewer(null, List.of(), navigation, null);
		}
		List<String> roles = auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.sorted()
			.toList();
		return new Viewer(auth.getName(), roles, navigation, auth);
	}

	public boolean signedIn() {
		return this.name != null;
	}

	/**
	 * Whether they may open a page (GET).
	 */
	public boolean may(String path) {
		return this.navigation.allows(this.authentication, path, "GET");
	}

	/**
	 * Whether they may send a form to a path (POST).
	 */
	public boolean mayPost(String path) {
		return this.navigation.allows(this.authentication, path, "POST");
	}

	/**
	 * Whether they see people without consent by name (analysts, admins).
	 */
	public boolean seesHiddenPersons() {
		return this.roles.contains(Role.ANALYST.name()) || this.roles.contains(Role.ADMIN.name());
	}

	public String rolesText() {
		return String.join(", ", this.roles);
	}

}
