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

import org.ipgraph.web.ConflictException;
import org.ipgraph.web.NotFoundException;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Users and API tokens, stored in the graph. Passwords are kept only as
 * delegating-encoder hashes (bcrypt), tokens only as SHA-256 hashes. A token minted with
 * another token never outlives it and is revoked with it. Every change to users, roles
 * and tokens is audited.
 */
@Service
public class UserService {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

	private static final int MIN_PASSWORD = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Neo4jClient neo4j;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final int maxTokenDays;

	UserService(Neo4jClient neo4j, PasswordEncoder passwords, AuditLog audit, SecurityProperties properties) {
		this.neo4j = neo4j;
		this.passwords = passwords;
		this.audit = audit;
		this.maxTokenDays = properties.maxTokenDays();
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
			throw exists(username);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		parameters.put("hash", this.passwords.encode(password));
		parameters.put("roles", names(roles));
		parameters.put("personId", personId);
		try {
			this.neo4j.query("""
					CREATE (u:User {username: $username, passwordHash: $hash, roles: $roles, createdAt: datetime()})
					WITH u
					OPTIONAL MATCH (p:Person {id: $personId})
					FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (u)-[:IS]->(p))
					""").bindAll(parameters).run();
		}
		catch (DataIntegrityViolationException | ClientException ex) {
			// another request created the same user between the check and the write: the
			// uniqueness constraint refused this one
			if (isConstraintViolation(ex)) {
				throw exists(username);
			}
			throw ex;
		}
		this.audit.record("users.create", username, Map.of("roles", names(roles), "person", String.valueOf(personId)));
		return find(username).orElseThrow();
	}

	private static ConflictException exists(String username) {
		return new ConflictException("User '" + username + "' exists");
	}

	private static boolean isConstraintViolation(RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ClientException client && client.code() != null
					&& client.code().contains("ConstraintValidationFailed")) {
				return true;
			}
		}
		return ex instanceof DataIntegrityViolationException;
	}

	private static List<String> names(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList();
	}

	/**
	 * Gives a user new roles; the last admin keeps ADMIN.
	 */
	public UserAccount setRoles(String username, Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("A user needs at least one role");
		}
		UserAccount user = find(username).orElseThrow(() -> new NotFoundException("User", username));
		if (user.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && admins() <= 1) {
			throw new IllegalArgumentException("'" + username + "' is the last admin; add another admin first");
		}
		this.neo4j.query("MATCH (u:User {username: $username}) SET u.roles = $roles")
			.bindAll(Map.of("username", username, "roles", names(roles)))
			.run();
		this.audit.record("users.roles", username, Map.of("from", names(user.roles()), "to", names(roles)));
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
			.mappedBy((types, r) -> new StoredUser(username, r.get("hash").asString(), roles(r.get("roles")), null))
			.one();
	}

	public void remove(String username) {
		UserAccount user = find(username).orElseThrow(() -> new NotFoundException("User", username));
		if (user.roles().contains(Role.ADMIN) && admins() <= 1) {
			throw new IllegalArgumentException("'" + username + "' is the last admin; add another admin first");
		}
		this.neo4j.query("""
				MATCH (u:User {username: $username})
				OPTIONAL MATCH (u)-[:HAS_TOKEN]->(t:ApiToken)
				DETACH DELETE t, u
				""").bindAll(Map.of("username", username)).run();
		this.audit.record("users.delete", username, Map.of("roles", names(user.roles())));
	}

	/**
	 * Issues a bearer token for a user with a password or as the operator.
	 * @param validity how long it is valid, or null for no expiry
	 */
	public IssuedToken issueToken(String username, String name, Duration validity) {
		return issueToken(username, name, validity, null);
	}

	/**
	 * Issues a bearer token for a user.
	 * @param validity how long it is valid, or null for no expiry
	 * @param parent the id of the token the caller authenticated with, or null: a token
	 * minted with another one expires no later than its parent and is revoked with it
	 */
	public IssuedToken issueToken(String username, String name, Duration validity, String parent) {
		if (validity != null && (validity.isNegative() || validity.toDays() > this.maxTokenDays)) {
			throw new IllegalArgumentException(
					"a token is valid for at most " + this.maxTokenDays + " days (ipgraph.security.max-token-days)");
		}
		find(username).orElseThrow(() -> new NotFoundException("User", username));
		String token = "ipg_" + randomSecret(32);
		String hash = sha256(token);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		parameters.put("hash", hash);
		parameters.put("shortId", hash.substring(0, 12));
		parameters.put("name", name == null ? "" : name);
		parameters.put("seconds", validity == null ? null : validity.toSeconds());
		parameters.put("parent", parent);
		Optional<Value> expiresAt = this.neo4j.query("""
				MATCH (u:User {username: $username})
				OPTIONAL MATCH (u)-[:HAS_TOKEN]->(parent:ApiToken {id: $parent})
				WITH u, parent,
				     CASE WHEN $seconds IS NULL THEN null ELSE datetime() + duration({seconds: $seconds}) END AS asked
				WHERE $parent IS NULL
				   OR (parent IS NOT NULL AND NOT parent.revoked
				       AND (parent.expiresAt IS NULL OR parent.expiresAt > datetime()))
				WITH u, parent,
				     CASE WHEN parent IS NULL OR parent.expiresAt IS NULL THEN asked
				          WHEN asked IS NULL OR asked > parent.expiresAt THEN parent.expiresAt
				          ELSE asked END AS expiresAt
				CREATE (u)-[:HAS_TOKEN]->(t:ApiToken {id: $hash, shortId: $shortId, name: $name, createdAt: datetime(),
				        expiresAt: expiresAt, revoked: false})
				FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (p)-[:MINTED]->(t))
				RETURN t.expiresAt AS expiresAt
				""").bindAll(parameters).fetchAs(Value.class).mappedBy((types, r) -> r.get("expiresAt")).one();
		if (expiresAt.isEmpty()) {
			throw new IllegalArgumentException("the token this request was made with is revoked or expired");
		}
		ZonedDateTime expiry = expiresAt.get().isNull() ? null : expiresAt.get().asZonedDateTime();
		Map<String, Object> details = new HashMap<>();
		details.put("name", name == null ? "" : name);
		details.put("expiresAt", String.valueOf(expiry));
		details.put("parent", parent == null ? "" : parent.substring(0, 12));
		this.audit.record("tokens.issue", hash.substring(0, 12), details);
		return new IssuedToken(hash.substring(0, 12), token, username, expiry);
	}

	/**
	 * A user's tokens, newest first, revoked ones included.
	 */
	public List<TokenInfo> tokens(String username) {
		return this.neo4j.query("""
				MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken)
				OPTIONAL MATCH (p:ApiToken)-[:MINTED]->(t)
				RETURN t.shortId AS id, t.name AS name, t.createdAt AS createdAt, t.expiresAt AS expiresAt,
				       t.revoked AS revoked, p.shortId AS parent
				ORDER BY t.createdAt DESC, t.shortId LIMIT 1000
				""")
			.bindAll(Map.of("username", username))
			.fetchAs(TokenInfo.class)
			.mappedBy((types, r) -> new TokenInfo(r.get("id").asString(), r.get("name").asString(null),
					time(r.get("createdAt")), time(r.get("expiresAt")), r.get("revoked").asBoolean(false),
					r.get("parent").asString(null)))
			.all()
			.stream()
			.toList();
	}

	/**
	 * Revokes a token by its id, and every token minted with it, down the line; a user
	 * may only revoke their own unless {@code any}.
	 * @return how many tokens were revoked, 0 when they all were already; empty when
	 * there is no such token (of that user)
	 */
	public Optional<Long> revokeToken(String username, String tokenId, boolean any) {
		Optional<long[]> result = this.neo4j.query("""
				MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {shortId: $tokenId})
				WHERE $any OR u.username = $username
				OPTIONAL MATCH (t)-[:MINTED*0..]->(d:ApiToken) WHERE NOT d.revoked
				SET d.revoked = true, d.revokedAt = datetime()
				RETURN count(DISTINCT t) AS found, count(DISTINCT d) AS revoked
				""")
			.bindAll(Map.of("username", username, "tokenId", tokenId, "any", any))
			.fetchAs(long[].class)
			.mappedBy((types, r) -> new long[] { r.get("found").asLong(), r.get("revoked").asLong() })
			.one()
			.filter(r -> r[0] > 0);
		result.ifPresent(r -> this.audit.record("tokens.revoke", tokenId, Map.of("revoked", r[1])));
		return result.map(r -> r[1]);
	}

	/**
	 * The user a live token belongs to: not revoked, not expired, and minted by no token
	 * that is.
	 */
	Optional<StoredUser> userForToken(String token) {
		if (token == null || !token.startsWith("ipg_")) {
			return Optional.empty();
		}
		return this.neo4j.query("""
				MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {id: $hash})
				WHERE NOT t.revoked AND (t.expiresAt IS NULL OR t.expiresAt > datetime())
				  AND NOT EXISTS { MATCH (a:ApiToken)-[:MINTED*1..]->(t)
				                   WHERE a.revoked OR a.expiresAt <= datetime() }
				RETURN u.username AS username, u.roles AS roles, t.id AS token
				""")
			.bindAll(Map.of("hash", sha256(token)))
			.fetchAs(StoredUser.class)
			.mappedBy((types, r) -> new StoredUser(r.get("username").asString(), null, roles(r.get("roles")),
					r.get("token").asString()))
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
			       COUNT { (u)-[:HAS_TOKEN]->(t:ApiToken)
			                WHERE NOT t.revoked AND (t.expiresAt IS NULL OR t.expiresAt > datetime()) } AS tokens""";

	private static final String ACCOUNT_BY_NAME = ACCOUNT.replace("$username = '' OR ", "");

	private static UserAccount account(org.neo4j.driver.Record r) {
		return new UserAccount(r.get("username").asString(), roles(r.get("roles")), r.get("personId").asString(null),
				time(r.get("createdAt")), r.get("tokens").asLong());
	}

	private static ZonedDateTime time(Value value) {
		return value.isNull() ? null : value.asZonedDateTime();
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
	 *
	 * @param token the id of the token they authenticated with, or null
	 */
	record StoredUser(String username, String passwordHash, Set<Role> roles, String token) {
	}

}
