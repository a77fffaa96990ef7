package org.ipgraph.valuation;

import org.ipgraph.test.TestNeo4j;

/**
 * A tiny hand-built graph for valuation: a video patent cited three times (twice before
 * 2018), in a two-office family, litigated in 2017 and challenged at the PTAB in 2019; a
 * second video patent reassigned in 2019; a third declared essential in 2017 and in a
 * licensing pool; a display patent of Acme's subsidiary granted in 2020; a stub.
 */
final class ValueGraph {

	static final String CREATE = """
			CREATE (acme:Organization {id: 'acme', name: 'Acme Corp.'}),
			       (labs:Organization {id: 'acme labs', name: 'Acme Labs'}),
			       (old:Organization {id: 'oldco', name: 'OldCo'}),
			       (labs)-[:SUBSIDIARY_OF {relation: 'subsidiary'}]->(acme),
			       (video:Technology {symbol: 'H04N19/70', title: 'video coding'}),
			       (h04n:Technology {symbol: 'H04N', title: 'Pictorial communication, e.g. television'}),
			       (display:Technology {symbol: 'G06F3/01'}),
			       (p1:Patent {number: 'US1000001', jurisdiction: 'US', type: 'utility', familyId: 'F1',
			                   filingDate: date('2013-01-01'), grantDate: date('2015-01-01'),
			                   claims: '1. A method of coding video. 2. The method of claim 1, wherein blocks are split. 3. A system.'}),
			       (e1:Patent {number: 'EP1000001', jurisdiction: 'EP', familyId: 'F1', filingDate: date('2013-06-01'),
			                   publicationDate: date('2016-01-01')}),
			       (p2:Patent {number: 'US1000002', jurisdiction: 'US', type: 'utility', filingDate: date('2013-06-01'),
			                   grantDate: date('2015-06-01')}),
			       (p3:Patent {number: 'US1000003', jurisdiction: 'US', type: 'utility', filingDate: date('2014-01-01'),
			                   grantDate: date('2016-01-01')}),
			       (p4:Patent {number: 'US1000004', jurisdiction: 'US', type: 'utility', filingDate: date('2018-01-01'),
			                   grantDate: date('2020-01-01'), expiry: date('2039-01-01')}),
			       (stub:Patent {number: 'US9999999', stub: true}),
			       (p1)-[:CLASSIFIED_AS {first: true}]->(video), (e1)-[:CLASSIFIED_AS {first: true}]->(video),
			       (p2)-[:CLASSIFIED_AS {first: true}]->(video), (p3)-[:CLASSIFIED_AS {first: true}]->(video),
			       (p4)-[:CLASSIFIED_AS {first: true}]->(display),
			       (p2)-[:CITES]->(p1), (p3)-[:CITES]->(p1), (p4)-[:CITES]->(p1), (p1)-[:CITES]->(stub),
			       (c1:LitigationCase {id: 'txed:2:17-cv-00001', caseType: 'civil', filedOn: date('2017-03-01')}),
			       (c2:LitigationCase {id: 'IPR2019-00001', caseType: 'ipr', court: 'ptab', filedOn: date('2019-05-01')}),
			       (p1)-[:ASSERTED_IN]->(c1), (p1)-[:ASSERTED_IN {role: 'challenged'}]->(c2),
			       (acme)-[:OWNS {from: date('2013-01-01')}]->(p1),
			       (old)-[:OWNS {from: date('2013-06-01'), to: date('2019-01-01')}]->(p2),
			       (acme)-[:OWNS {from: date('2019-01-01'), acquiredOn: date('2019-01-01')}]->(p2),
			       (acme)-[:OWNS {from: date('2014-01-01')}]->(p3),
			       (labs)-[:OWNS {from: date('2018-01-01')}]->(p4),
			       (s:Standard {id: 'DEMO-VC 1'}),
			       (p3)-[:DECLARED_ESSENTIAL_TO {declarant: 'acme', declaredOn: date('2017-02-01')}]->(s),
			       (pool:Pool {id: 'vc-pool', name: 'Video pool'}), (p3)-[:MEMBER_OF]->(pool)
			""";

	private ValueGraph() {
	}

	static void create() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session.run(CREATE).consume();
		}
	}

}
