package org.ipgraph.pools;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.security.AuditLog;
import org.ipgraph.security.Callers;
import org.ipgraph.security.Role;
import org.ipgraph.web.ForbiddenException;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Saved pool work: Pool nodes with {@code candidate: true}. Licensors and their shares
 * are worked out from the members' current owners rolled up to their parents, as for
 * candidates, so a saved pool never trusts shares a client sends. A saved pool belongs to
 * whoever saved it: private by default (the owner, the users it is shared with and admins
 * see it) or public; only the owner or an admin shares or deletes it. Saves, sharing and
 * deletions are audited.
 */
@Service
public class SavedPools {

	private static final String SAVE = """
			CREATE (pool:Pool {id: $id, name: $name, candidate: true, createdAt: datetime(), createdBy: $user,
			                   note: $note, candidateId: $candidateId, hhi: $hhi, visibility: $visibility,
			                   sharedWith: $sharedWith})
			WITH pool
			CALL (pool) {
			  UNWIND $members AS number
			  MATCH (p:Patent {number: number})
			  CREATE (p)-[:MEMBER_OF {source: 'ipgraph'}]->(pool)
			}
			CALL (pool) {
			  UNWIND $licensors AS l
			  CALL (l) {
			    MATCH (o:Organization {id: l.group}) RETURN o
			    UNION
			    MATCH (o:Person {id: l.group}) RETURN o
			  }
			  CREATE (o)-[:LICENSOR_OF {share: l.share, patents: l.patents}]->(pool)
			}
			CALL (pool) {
			  MATCH (s:Standard {id: $standard})
			  CREATE (pool)-[:FOR_STANDARD]->(s)
			}
			RETURN pool.id AS id
			""";

	private static final String READ = """
			MATCH (pool:Pool {candidate: true})
			WHERE ($id IS NULL OR pool.id = $id)
			  AND ($admin OR coalesce(pool.visibility, 'public') = 'public' OR pool.createdBy = $user
			       OR $user IN coalesce(pool.sharedWith, []))
			WITH pool ORDER BY pool.createdAt DESC, pool.id SKIP $skip LIMIT $limit
			RETURN pool,
			       [(p:Patent)-[:MEMBER_OF]->(pool) | p.number] AS members,
			       [(o)-[r:LICENSOR_OF]->(pool) | {group: o.id, name: coalesce(o.name, o.id), patents: r.patents,
			                                        share: r.share}] AS licensors,
			       [(pool)-[:FOR_STANDARD]->(s:Standard) | s.id] AS standards
			""";

	private static final String DELETE = """
			MATCH (pool:Pool {id: $id, candidate: true})
			DETACH DELETE pool
			RETURN count(*) AS deleted
			""";

	private static final String SHARE = """
			MATCH (pool:Pool {id: $id, candidate: true})
			SET pool.visibility = $visibility, pool.sharedWith = $sharedWith
			""";

	private final Neo4jClient neo4j;

	private final AuditLog audit;

	private final HiddenPersons persons;

	SavedPools(Neo4jClient neo4j, AuditLog audit, HiddenPersons persons) {
		this.neo4j = neo4j;
		this.audit = audit;
		this.persons = persons;
	}

	public SavedPool save(SavePoolRequest request) {
		Set<String> numbers = new LinkedHashSet<>();
		for (String member : request.members()) {
			numbers.add(PatentNumber.parse(member, "US")
				.map(PatentNumber::key)
				.orElseThrow(() -> new IllegalArgumentException("not a patent number: " + member)));
		}
		PoolGraphReader reader = new PoolGraphReader(this.neo4j);
		List<String> known = reader.known(numbers);
		if (known.size() < numbers.size()) {
			throw new IllegalArgumentException("not in the graph: "
					+ String.join(", ", numbers.stream().filter(n -> !known.contains(n)).toList()));
		}
		String standard = null;
		if (request.standard() != null && !request.standard().isBlank()) {
			standard = reader.standard(request.standard())
				.orElseThrow(() -> new NotFoundException("Standard", request.standard()));
		}
		List<ScopePatent> members = PoolDataLoader.load(reader, known, Set.of(), standard).patents();
		List<ScopePatent> held = members.stream().filter(m -> !m.owners().isEmpty()).toList();
		List<Map<String, Object>> licensors = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		held.forEach(m -> m.owners().forEach(o -> names.putIfAbsent(o.group(), o.groupName())));
		Licensors.patents(held)
			.forEach((group, patents) -> licensors.add(Map.of("group", group, "patents", MemberEvidence.round(patents),
					"share", MemberEvidence.round(patents / held.size()))));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", "candidate:" + UUID.randomUUID());
		parameters.put("name", request.name().strip());
		parameters.put("user", Callers.name());
		parameters.put("note", request.note());
		parameters.put("candidateId", request.candidateId());
		parameters.put("hhi", held.isEmpty() ? 0.0 : MemberEvidence.round(Licensors.hhi(held)));
		parameters.put("members", known);
		parameters.put("licensors", licensors);
		parameters.put("standard", standard);
		parameters.put("visibility", Visibility.of(request.visibility()).name().toLowerCase(java.util.Locale.ROOT));
		parameters.put("sharedWith", sharedWith(request.sharedWith()));
		this.neo4j.query(SAVE).bindAll(parameters).run();
		String id = (String) parameters.get("id");
		this.audit.record("pools.save", id, Map.of("name", request.name(), "members", known.size()));
		return find(id).orElseThrow();
	}

	/**
	 * Saved pools, newest first; individual licensors without consent are withheld from
	 * callers who may not see hidden people.
	 */
	public Page<SavedPool> list(PageRequest page) {
		return Page.of(read(null, page.skip(), page.size() + 1), page);
	}

	public Optional<SavedPool> find(String id) {
		return read(id, 0, 1).stream().findFirst();
	}

	public void delete(String id) {
		owned(id, "delete");
		long deleted = this.neo4j.query(DELETE).bindAll(Map.of("id", id)).fetchAs(Long.class).one().orElse(0L);
		if (deleted == 0) {
			throw new NotFoundException("Saved pool", id);
		}
		this.audit.record("pools.delete", id, Map.of());
	}

	/**
	 * Makes a pool private or public and names the users a private one is shared with.
	 */
	SavedPool share(String id, SavedPoolController.Sharing sharing) {
		owned(id, "share");
		List<String> users = sharedWith(sharing.sharedWith());
		String visibility = Visibility.of(sharing.visibility()).name().toLowerCase(java.util.Locale.ROOT);
		this.neo4j.query(SHARE).bindAll(Map.of("id", id, "visibility", visibility, "sharedWith", users)).run();
		this.audit.record("pools.share", id, Map.of("visibility", visibility, "sharedWith", users));
		return find(id).orElseThrow();
	}

	/**
	 * The pool, if the caller owns it or is an admin; a pool the caller cannot see is not
	 * found, one they see but do not own is forbidden.
	 */
	private SavedPool owned(String id, String what) {
		SavedPool pool = find(id).orElseThrow(() -> new NotFoundException("Saved pool", id));
		if (!Callers.hasAnyRole(Role.ADMIN) && !Callers.name().equals(pool.createdBy())) {
			throw new ForbiddenException("Only the owner of saved pool " + id + " (" + pool.createdBy()
					+ ") or an admin may " + what + " it.");
		}
		return pool;
	}

	private static List<String> sharedWith(List<String> users) {
		return users == null ? List.of() : users.stream().map(String::strip).distinct().sorted().toList();
	}

	/**
	 * Who sees a saved pool.
	 */
	enum Visibility {

		/** The owner, the users it is shared with, and admins. */
		PRIVATE,
		/** Every user. */
		PUBLIC;

		static Visibility of(String text) {
			if (text == null || text.isBlank()) {
				return PRIVATE;
			}
			try {
				return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("visibility is private or public, not '" + text + "'");
			}
		}

	}

	private List<SavedPool> read(String id, long skip, int limit) {
		List<SavedPool> pools = readAll(id, skip, limit);
		return Callers.seesHiddenPersons() ? pools : pools.stream().map(p -> Withheld.people(p, this.persons)).toList();
	}

	private List<SavedPool> readAll(String id, long skip, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		parameters.put("user", Callers.name());
		parameters.put("admin", Callers.hasAnyRole(Role.ADMIN));
		return List.copyOf(this.neo4j.query(READ)
			.bindAll(parameters)
			.fetchAs(SavedPool.class)
			.mappedBy((types, r) -> pool(r))
			.all());
	}

	private static SavedPool pool(org.neo4j.driver.Record r) {
		Value pool = r.get("pool");
		List<SavedPool.Share> shares = new ArrayList<>(r.get("licensors")
			.asList(l -> new SavedPool.Share(l.get("group").asString(), l.get("name").asString(),
					l.get("patents").asDouble(0), l.get("share").asDouble(0))));
		shares
			.sort(Comparator.comparingDouble(SavedPool.Share::share).reversed().thenComparing(SavedPool.Share::group));
		List<String> members = r.get("members").asList(Value::asString).stream().sorted().toList();
		List<String> standards = r.get("standards").asList(Value::asString);
		ZonedDateTime createdAt = pool.get("createdAt").isNull() ? null : pool.get("createdAt").asZonedDateTime();
		return new SavedPool(pool.get("id").asString(), pool.get("name").asString(null),
				standards.isEmpty() ? null : standards.get(0), pool.get("note").asString(null),
				pool.get("candidateId").asString(null), pool.get("createdBy").asString(null), createdAt, members,
				shares, pool.get("hhi").asDouble(0), pool.get("visibility").asString("public"),
				pool.get("sharedWith").isNull() ? List.of() : pool.get("sharedWith").asList(Value::asString));
	}

}
