package org.ipgraph.hostile;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.Map;

import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 4: a token minted with an expiring token expires with it, whatever it
 * asks for; users list and revoke their own tokens; revoking a token revokes what it
 * minted; every issue and revocation is audited.
 */
class TokenRulesTest extends HostileInputTest {

	@Test
	void aMintedTokenNeverOutlivesItsParentAndDiesWithIt() throws Exception {
		Map<String, Long> before = counts();
		JsonNode parent = JSON.readTree(json("ursula", "POST", "/api/v1/auth/tokens", "{\"days\": 1}").body());
		ZonedDateTime parentExpiry = ZonedDateTime.parse(parent.path("expiresAt").asString());
		assertThat(parentExpiry).isBefore(ZonedDateTime.now().plusDays(1).plusMinutes(1));

		HttpResponse<String> unasked = bearer(parent, "POST", "/api/v1/auth/tokens", "{}");
		HttpResponse<String> longer = bearer(parent, "POST", "/api/v1/auth/tokens", "{\"days\": 3650}");
		assertThat(unasked.statusCode()).as(unasked.body()).isEqualTo(201);
		JsonNode child = JSON.readTree(unasked.body());
		JsonNode asked = JSON.readTree(longer.body());
		assertThat(ZonedDateTime.parse(child.path("expiresAt").asString())).isEqualTo(parentExpiry);
		assertThat(ZonedDateTime.parse(asked.path("expiresAt").asString())).isEqualTo(parentExpiry);
		JsonNode grandchild = JSON.readTree(bearer(child, "POST", "/api/v1/auth/tokens", "{}").body());

		// the owner sees all four, with what minted each
		JsonNode listed = JSON.readTree(bearer(grandchild, "GET", "/api/v1/auth/tokens", null).body());
		assertThat(listed).hasSize(4);
		assertThat(listed.findValuesAsString("parent")).contains(parent.path("id").asString(),
				child.path("id").asString());
		assertThat(listed.toString()).doesNotContain("ipg_");

		// revoking the parent revokes the whole line below it
		assertThat(bearer(asked, "DELETE", "/api/v1/auth/tokens/" + parent.path("id").asString(), null).statusCode())
			.isEqualTo(204);
		for (JsonNode token : new JsonNode[] { parent, child, asked, grandchild }) {
			assertProblem(bearer(token, "GET", "/api/v1/stats", null), 401, "Authenticate");
		}
		assertThat(count("MATCH (t:ApiToken) WHERE NOT t.revoked RETURN count(t)")).isZero();
		assertThat(count("MATCH (e:AuditEvent {action: 'tokens.issue', user: 'ursula'}) RETURN count(e)")).isEqualTo(4);
		assertThat(count("MATCH (e:AuditEvent {action: 'tokens.revoke', user: 'ursula'}) RETURN count(e)"))
			.isEqualTo(1);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aTokenWhoseParentExpiredIsRefusedAndMintsNothing() throws Exception {
		JsonNode parent = JSON.readTree(json("ursula", "POST", "/api/v1/auth/tokens", "{\"days\": 2}").body());
		JsonNode child = JSON.readTree(bearer(parent, "POST", "/api/v1/auth/tokens", "{}").body());
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("MATCH (t:ApiToken {shortId: $id}) SET t.expiresAt = datetime() - duration('PT1M')",
						Map.of("id", parent.path("id").asString()))
				.consume();
			// even if the child's own expiry were later, its parent's counts
			session
				.run("MATCH (t:ApiToken {shortId: $id}) SET t.expiresAt = datetime() + duration('P30D')",
						Map.of("id", child.path("id").asString()))
				.consume();
		}
		assertProblem(bearer(child, "GET", "/api/v1/stats", null), 401, "Authenticate");
		assertProblem(bearer(child, "POST", "/api/v1/auth/tokens", "{}"), 401, "Authenticate");
		assertThat(count("MATCH (t:ApiToken) RETURN count(t)")).isEqualTo(2);
	}

	@Test
	void usersRevokeOnlyTheirOwnTokens() throws Exception {
		JsonNode mine = JSON.readTree(json("ursula", "POST", "/api/v1/auth/tokens", "{\"name\": \"laptop\"}").body());
		assertThat(mine.path("expiresAt").isNull()).as("issued with a password, it lasts until revoked").isTrue();
		assertProblem(json("anna", "DELETE", "/api/v1/auth/tokens/" + mine.path("id").asString(), null), 404,
				"not found");
		JsonNode theirs = JSON.readTree(json("anna", "GET", "/api/v1/auth/tokens", null).body());
		assertThat(theirs).isEmpty();
		assertThat(bearer(mine, "GET", "/api/v1/stats", null).statusCode()).isEqualTo(200);
	}

}
