package org.ipgraph.ingest.orgs;

import java.util.HashMap;
import java.util.Map;

import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.WriteContext;

/**
 * Query parameters for an organization named by a source, as every writer that MERGEs
 * organizations needs them: key, display name, raw name, and the kind the name suggests.
 */
public final class OrganizationRows {

	/**
	 * Cypher that MERGEs {@code o} from the parameters of {@link #of} under
	 * {@code prefix}, adding the raw name to its aliases. The kind is only set on
	 * creation, so a curated kind stays.
	 */
	public static String merge(String variable, String prefix) {
		String r = "row." + prefix;
		return """
				MERGE (%1$s:Organization {id: %2$skey})
				ON CREATE SET %1$s.name = %2$sname, %1$s.kind = %2$skind, %1$s.kindSource = 'name',
				              %1$s.serviceType = %2$sserviceType
				SET %1$s.aliases = CASE WHEN %2$sraw IN coalesce(%1$s.aliases, []) THEN %1$s.aliases
				                   ELSE coalesce(%1$s.aliases, []) + %2$sraw END
				""".formatted(variable, r);
	}

	private OrganizationRows() {
	}

	/**
	 * The parameters for a raw name, under keys starting with {@code prefix}, and the
	 * name recorded for the normalization report.
	 * @return the key, or null for a name that normalizes to nothing
	 */
	public static String put(Map<String, Object> row, String prefix, String raw, WriteContext context) {
		return put(row, prefix, raw, raw, context);
	}

	/**
	 * As {@link #put(Map, String, String, WriteContext)}, for a raw name that a source
	 * has already cleaned (e.g. of a trailing acronym): the key, kind and display name
	 * come from {@code name}, the alias is {@code raw}.
	 */
	public static String put(Map<String, Object> row, String prefix, String raw, String name, WriteContext context) {
		String key = OrganizationNames.key(name);
		if (key.isEmpty()) {
			return null;
		}
		context.organizationName(raw, key);
		OrganizationKind kind = OrganizationNames.kind(name);
		row.put(prefix + "key", key);
		row.put(prefix + "name", OrganizationNames.display(name));
		row.put(prefix + "raw", raw.strip());
		row.put(prefix + "kind", kind.value());
		row.put(prefix + "serviceType",
				kind == OrganizationKind.SERVICE_INSTITUTION ? OrganizationNames.serviceType(name) : null);
		return key;
	}

	/**
	 * A fresh parameter map for one organization.
	 */
	public static Map<String, Object> of(String raw, WriteContext context) {
		return of(raw, raw, context);
	}

	/**
	 * A fresh parameter map for one organization whose name a source has cleaned.
	 */
	public static Map<String, Object> of(String raw, String name, WriteContext context) {
		Map<String, Object> row = new HashMap<>();
		return put(row, "", raw, name, context) == null ? null : row;
	}

}
