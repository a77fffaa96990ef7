package org.ipgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Users and API tokens, stored in the graph. Passwords are kept only as
 * delegating-encoder hashes (bcrypt), tokens only as SHA-256 hashes.
 */
@Service
public class UserService {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

	private static final int MIN_PASSWORD = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Neo4jClient neo4j;

	private final PasswordEncoder passwords;

	UserService(Neo4jClient neo4j, PasswordEncoder passwords) {
		this.neo4j = neo4j;
		this.passwords = passwords;
	}

	public UserAccount create(String username, String password, Set<Role> roles, String personId) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("A username is 2 to 64 letters, digits or . _ @ -");
		}
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD + " characters");
		}
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("A user needs at least one role");
		}
		if (find(username).isPresent()) {
			throw new IllegalArgumentException("User '" + username + "' exists");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		parameters.put("hash", this.passwords.encode(password));
		parameters.put("roles", roles.stream().map(Role::name).sorted().toList());
		parameters.put("personId", personId);
		this.neo4j.query("""
				CREATE (u:User {username: $username, passwordHash: $hash, roles: $roles, createdAt: datetime()})
				WITH u
				OPTIONAL MATCH (p:Person {id: $personId})
				FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (u)-[:IS]->(p))
				""").bindAll(parameters).run();
		return find(username).orElseThrow();
	}

	/**
	 * A new password for the first admin, shown once, if the graph has no user at all.
	 */
	public Optional<String> bootstrapAdmin() {
		long users = this.neo4j.query("MATCH (u:User) RETURN count(u)").fetchAs(Long.class).one().orElse(0L);
		if (users > 0) {
			return Optional.empty();
		}
		String password = randomSecret(18);
		create("admin", password, EnumSet.of(Role.ADMIN), null);
		return Optional.of(password);
	}

	public List<UserAccount> list() {
		return this.neo4j.query(ACCOUNT + " ORDER BY u.username")
			.bindAll(Map.of("username", ""))
			.fetchAs(UserAccount.class)
			.mappedBy((types, r) -> account(r))
			.all()
			.stream()
			.toList();
	}

	public Optional<UserAccount> find(String username) {
		return this.neo4j.query(ACCOUNT_BY_NAME)
			.bindAll(Map.of("username", username))
			.fetchAs(UserAccount.class)
			.mappedBy((types, r) -> account(r))
			.one();
	}

	/**
	 * The account if the password matches.
	 */
	Optional<StoredUser> credentials(String username) {
		return this.neo4j.query("MATCH (u:User {username: $username}) RETURN u.passwordHash AS hash, u.roles AS roles")
			.bindAll(Map.of("username", username))
			.fetchAs(StoredUser.class)
			.mappedBy((types, r) -> new StoredUser(username, r.get("hash").asString(), roles(r.get("roles"))))
			.one();
	}

	public void remove(String username) {
		UserAccount user = find(username).orElseThrow(() -> new IllegalArgumentException("No user '" + username + "'"));
		if (user.roles().contains(Role.ADMIN) && admins() <= 1) {
			throw new IllegalArgumentException("'" + username + "' is the last admin; add another admin first");
		}
		this.neo4j.query("""
				MATCH (u:User {username: $username})
				OPTIONAL MATCH (u)-[:HAS_TOKEN]->(t:ApiToken)
				DETACH DELETE t, u
				""").bindAll(Map.of("username", username)).run();
	}

	/**
	 * Issues a bearer token for a user.
	 * @param validity how long it is valid, or null for no expiry
	 */
	public IssuedToken issueToken(String username, String name, Duration validity) {
		find(username).orElseThrow(() -> new IllegalArgumentException("No user '" + username + "'"));
		String token = "ipg_" + randomSecret(32);
		String hash = sha256(token);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		parameters.put("hash", hash);
		parameters.put("shortId", hash.substring(0, 12));
		parameters.put("name", name == null ? "" : name);
		parameters.put("seconds", validity == null ? null : validity.toSeconds());
		this.neo4j.query("""
				MATCH (u:User {username: $username})
				CREATE (u)-[:HAS_TOKEN]->(:ApiToken {id: $hash, shortId: $shortId, name: $name, createdAt: datetime(),
				        expiresAt: CASE WHEN $seconds IS NULL THEN null
				                        ELSE datetime() + duration({seconds: $seconds}) END,
				        revoked: false})
				""").bindAll(parameters).run();
		return new IssuedToken(hash.substring(0, 12), token, username);
	}

	/**
	 * A user's tokens, newest first, without the tokens themselves.
	 */
	public List<TokenInfo> tokens(String username) {
		return this.neo4j.query("""
				MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken)
				RETURN t.shortId AS id, t.name AS name, t.createdAt AS createdAt, t.expiresAt AS expiresAt,
				       t.revoked AS revoked
				ORDER BY t.createdAt DESC, t.shortId
				""")
			.bindAll(Map.of("username", username))
			.fetchAs(TokenInfo.class)
			.mappedBy((types, r) -> new TokenInfo(r.get("id").asString(), r.get("name").asString(""),
					r.get("createdAt").isNull() ? null : r.get("createdAt").asZonedDateTime(),
					r.get("expiresAt").isNull() ? null : r.get("expiresAt").asZonedDateTime(),
					r.get("revoked").asBoolean(false)))
			.all()
			.stream()
			.toList();
	}

	/**
	 * Revokes a token by its id; a user may only revoke their own unless {@code any}.
	 */
	public boolean revokeToken(String username, String tokenId, boolean any) {
		return this.neo4j.query("""
				MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {shortId: $tokenId})
				WHERE $any OR u.username = $username
				SET t.revoked = true, t.revokedAt = datetime()
				RETURN count(t) AS n
				""")
			.bindAll(Map.of("username", username, "tokenId", tokenId, "any", any))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
	}

	/**
	 * The user a live token belongs to.
	 */
	Optional<StoredUser> userForToken(String token) {
		if (token == null || !token.startsWith("ipg_")) {
			return Optional.empty();
		}
		return this.neo4j.query("""
				MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {id: $hash})
				WHERE NOT t.revoked AND (t.expiresAt IS NULL OR t.expiresAt > datetime())
				RETURN u.username AS username, u.roles AS roles
				""")
			.bindAll(Map.of("hash", sha256(token)))
			.fetchAs(StoredUser.class)
			.mappedBy((types, r) -> new StoredUser(r.get("username").asString(), null, roles(r.get("roles"))))
			.one();
	}

	/**
	 * The Person a user is linked to, for self-service consent.
	 */
	public Optional<String> personOf(String username) {
		return this.neo4j.query("MATCH (:User {username: $username})-[:IS]->(p:Person) RETURN p.id")
			.bindAll(Map.of("username", username))
			.fetchAs(String.class)
			.one();
	}

	private long admins() {
		return this.neo4j.query("MATCH (u:User) WHERE 'ADMIN' IN u.roles RETURN count(u)")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	private static final String ACCOUNT = """
			MATCH (u:User) WHERE $username = '' OR u.username = $username
			OPTIONAL MATCH (u)-[:IS]->(p:Person)
			RETURN u.username AS username, u.roles AS roles, p.id AS personId, u.createdAt AS createdAt,
			       COUNT { (u)-[:HAS_TOKEN]->(t:ApiToken) WHERE NOT t.revoked } AS tokens""";

	private static final String ACCOUNT_BY_NAME = ACCOUNT.replace("$username = '' OR ", "");

	private static UserAccount account(org.neo4j.driver.Record r) {
		return new UserAccount(r.get("username").asString(), roles(r.get("roles")), r.get("personId").asString(null),
				r.get("createdAt").isNull() ? null : r.get("createdAt").asZonedDateTime(), r.get("tokens").asLong());
	}

	private static Set<Role> roles(Value roles) {
		return roles.asList(Value::asString)
			.stream()
			.map(Role::of)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	static String randomSecret(int bytes) {
		byte[] secret = new byte[bytes];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret).replace('-', 'x').replace('_', 'y');
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A user with what authentication needs.
	 */
	record StoredUser(String username, String passwordHash, Set<Role> roles) {
	}

}
