package org.ipgraph.hostile;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.lens.LensExport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The concerns of issue 12: admin actions leave audit events, saved pools belong to their
 * owner, and a rejected file leaves nothing behind.
 */
class AuditAndOwnershipTest extends HostileInputTest {

	@Test
	void everyAdminActionIsAudited() throws Exception {
		assertThat(json("root", "POST", "/api/v1/users",
				"{\"username\": \"lena\", \"password\": \"a long enough secret\", \"roles\": [\"LEGAL\"]}")
			.statusCode()).isEqualTo(201);
		assertThat(
				json("root", "PUT", "/api/v1/users/lena/roles", "{\"roles\": [\"LEGAL\", \"ANALYST\"]}").statusCode())
			.isEqualTo(200);
		JsonNode token = JSON.readTree(json("root", "POST", "/api/v1/auth/tokens", "{\"name\": \"ci\"}").body());
		assertThat(json("root", "DELETE", "/api/v1/auth/tokens/" + token.path("id").asString(), null).statusCode())
			.isEqualTo(204);
		assertThat(json("root", "DELETE", "/api/v1/users/lena", null).statusCode()).isEqualTo(204);
		assertProblem(json("root", "PUT", "/api/v1/users/root/roles", "{\"roles\": [\"USER\"]}"), 400, "last admin");

		JsonNode events = JSON.readTree(get("root", "/api/v1/audit?user=root&size=100").body()).path("items");
		List<String> actions = events.findValuesAsString("action");
		assertThat(actions).contains("users.create", "users.roles", "tokens.issue", "tokens.revoke", "users.delete");
		JsonNode roles = events.valueStream()
			.filter(e -> e.path("action").asString().equals("users.roles"))
			.findFirst()
			.orElseThrow();
		assertThat(roles.path("target").asString()).isEqualTo("lena");
		assertThat(roles.path("parameters").asString()).contains("ANALYST");
	}

	@Test
	void aSavedPoolBelongsToItsOwner() throws Exception {
		upload("anna", "lens-csv",
				Map.of("pool.csv",
						(LensExport.HEADER + "\n"
								+ LensExport.grantedUs(1, 39_100_001, LocalDate.of(2020, 1, 7), "Pool member",
										"POOL OWNER A", "INVENTOR A", "H04N19/00")
								+ "\n")
							.getBytes(StandardCharsets.UTF_8)));
		Map<String, Long> before = counts();
		HttpResponse<String> saved = json("olga", "POST", "/api/v1/pools/saved",
				"{\"name\": \"Olga's pool\", \"members\": [\"US39100001\"]}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		JsonNode pool = JSON.readTree(saved.body());
		String id = pool.path("id").asString();
		assertThat(pool.path("createdBy").asString()).isEqualTo("olga");
		assertThat(pool.path("visibility").asString()).isEqualTo("private");

		// private: another organizer neither sees nor deletes it
		assertProblem(get("oscar", "/api/v1/pools/saved/" + id), 404, "not found");
		assertThat(JSON.readTree(get("oscar", "/api/v1/pools/saved").body()).path("items")).isEmpty();
		assertProblem(json("oscar", "DELETE", "/api/v1/pools/saved/" + id, null), 404, "not found");

		// shared with oscar, he sees it and still may not delete or re-share it
		assertThat(json("olga", "PUT", "/api/v1/pools/saved/" + id + "/sharing",
				"{\"visibility\": \"private\", \"sharedWith\": [\"oscar\"]}")
			.statusCode()).isEqualTo(200);
		assertThat(get("oscar", "/api/v1/pools/saved/" + id).statusCode()).isEqualTo(200);
		assertProblem(json("oscar", "DELETE", "/api/v1/pools/saved/" + id, null), 403, "Only the owner");
		assertProblem(json("oscar", "PUT", "/api/v1/pools/saved/" + id + "/sharing", "{\"visibility\": \"public\"}"),
				403, "Only the owner");
		assertThat(get("ursula", "/api/v1/pools/saved/" + id).statusCode()).isEqualTo(404);

		// public: every user sees it; an admin deletes it
		json("olga", "PUT", "/api/v1/pools/saved/" + id + "/sharing", "{\"visibility\": \"public\"}");
		assertThat(get("ursula", "/api/v1/pools/saved/" + id).statusCode()).isEqualTo(200);
		assertThat(json("root", "DELETE", "/api/v1/pools/saved/" + id, null).statusCode()).isEqualTo(204);
		assertThat(counts()).isEqualTo(before);
		assertThat(count("MATCH (e:AuditEvent) WHERE e.action IN ['pools.save', 'pools.share', 'pools.delete'] "
				+ "RETURN count(e)"))
			.isEqualTo(4);
	}

	@Test
	void aRejectedFileLeavesNoDocument() throws Exception {
		Map<String, Long> before = counts();
		HttpResponse<String> response = upload("anna", "auto",
				Map.of("empty.csv", "Number,Owner\n".getBytes(StandardCharsets.UTF_8), "binary.txt",
						new byte[] { 0, 1, 2, 3, (byte) 0xFF }));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).path("rejected").asLong()).isPositive();
		assertThat(counts()).isEqualTo(before);
		assertThat(count("MATCH (d:Document) RETURN count(d)")).isZero();
	}

}
