package org.ipgraph.ingest.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.Rows;
import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes a curated organization list. A curated kind is stored with {@code kindSource:
 * 'curated'} and wins over the kind a name suggests; patent imports set the kind only
 * when they create an organization, so they never downgrade it. Parents become
 * {@code SUBSIDIARY_OF {relation, source}} (an alias that keys like its organization is
 * the same node, so no edge); memberships become {@code MEMBER_OF} a standards body.
 */
@Component
class CuratedOrganizationWriter implements RecordWriter<CuratedOrganization> {

	static final String SOURCE = "sso-organizations";

	private static final String ORGANIZATIONS = """
			UNWIND $rows AS row
			MERGE (o:Organization {id: row.key})
			ON CREATE SET o.name = row.name, o.kind = row.nameKind, o.kindSource = 'name',
			              o.serviceType = row.nameServiceType
			SET o.aliases = CASE WHEN row.raw IN coalesce(o.aliases, []) THEN o.aliases
			                     ELSE coalesce(o.aliases, []) + row.raw END,
			    o.acronyms = CASE WHEN row.acronym IS NULL OR row.acronym IN coalesce(o.acronyms, []) THEN o.acronyms
			                      ELSE coalesce(o.acronyms, []) + row.acronym END,
			    o.kind = coalesce(row.kind, o.kind),
			    o.kindSource = CASE WHEN row.kind IS NULL THEN o.kindSource ELSE 'curated' END,
			    o.serviceType = CASE WHEN row.kind IS NULL THEN o.serviceType ELSE row.serviceType END,
			    o.sector = coalesce(row.sector, o.sector),
			    o.country = coalesce(row.country, o.country)
			""";

	private static final String PARENTS = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.child})
			""" + OrganizationRows.merge("p", "") + """
			WITH o, p, row
			WHERE o <> p
			MERGE (o)-[r:SUBSIDIARY_OF]->(p)
			ON CREATE SET r.relation = row.relation, r.source = $source
			""";

	private static final String MEMBERSHIPS = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.child})
			""" + OrganizationRows.merge("b", "") + """
			SET b.kind = 'standards_body', b.kindSource = 'curated', b.serviceType = null,
			    b.acronyms = CASE WHEN row.code IN coalesce(b.acronyms, []) THEN b.acronyms
			                      ELSE coalesce(b.acronyms, []) + row.code END
			WITH o, b
			WHERE o <> b
			MERGE (o)-[m:MEMBER_OF]->(b)
			ON CREATE SET m.source = $source
			""";

	@Override
	public void write(List<CuratedOrganization> batch, WriteContext context) {
		List<Map<String, Object>> organizations = new ArrayList<>();
		List<Map<String, Object>> parents = new ArrayList<>();
		List<Map<String, Object>> memberships = new ArrayList<>();
		for (CuratedOrganization organization : batch) {
			Map<String, Object> row = organizationRow(organization, context);
			String key = (String) row.get("key");
			organizations.add(row);
			for (CuratedOrganization.Parent parent : organization.parents()) {
				Map<String, Object> link = OrganizationRows.of(parent.raw(), parent.name(), context);
				if (link != null) {
					link.put("child", key);
					link.put("relation", parent.relation());
					parents.add(link);
				}
			}
			Map<String, Object> body = organization.memberOf() == null ? null
					: OrganizationRows.of(organization.memberOf(), context);
			if (body != null) {
				body.put("child", key);
				body.put("code", organization.memberCode());
				memberships.add(body);
			}
		}
		context.run(ORGANIZATIONS, Map.of("rows", organizations));
		run(context, PARENTS, parents);
		run(context, MEMBERSHIPS, memberships);
	}

	private static Map<String, Object> organizationRow(CuratedOrganization organization, WriteContext context) {
		String key = OrganizationNames.key(organization.name());
		context.organizationName(organization.raw(), key);
		OrganizationKind nameKind = OrganizationNames.kind(organization.name());
		return Rows.of("key", key, "name", OrganizationNames.display(organization.name()), "raw", organization.raw(),
				"acronym", organization.acronym(), "nameKind", nameKind.value(), "nameServiceType",
				nameKind == OrganizationKind.SERVICE_INSTITUTION ? OrganizationNames.serviceType(organization.name())
						: null,
				"kind", organization.kind() == null ? null : organization.kind().value(), "serviceType",
				CuratedKinds.serviceType(organization.kind()), "sector", organization.sector(), "country",
				organization.country());
	}

	private static void run(WriteContext context, String cypher, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			context.run(cypher, Map.of("rows", rows, "source", SOURCE));
		}
	}

}
