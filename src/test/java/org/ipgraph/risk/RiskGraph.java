package org.ipgraph.risk;

import org.ipgraph.test.TestNeo4j;

/**
 * A tiny hand-built litigation graph: a licensing shell under an IP holding parent,
 * holding three acquired patents (one expired), suing twice on them (once as read from
 * text) and defending a declaratory action; an operating company with its own inventors
 * and video patents, sued by the shell and suing once itself; a PTAB trial against the
 * shell's patent.
 */
final class RiskGraph {

	static final String CREATE = """
			CREATE (shell:Organization {id: 'acme licensing', name: 'Acme Licensing LLC', aliases: ['Acme Licensing LLC'],
			                            address: '1 Main St, Plano, TX'}),
			       (parent:Organization {id: 'acme ip hldg', name: 'Acme IP Holdings LLC', address: '1 Main St, Plano, TX'}),
			       (shell)-[:SUBSIDIARY_OF {relation: 'subsidiary'}]->(parent),
			       (seller:Organization {id: 'norvane wireless', name: 'Norvane Wireless Inc.'}),
			       (globex:Organization {id: 'globex', name: 'Globex Corp.'}),
			       (initech:Organization {id: 'initech', name: 'Initech Inc.'}),
			       (p1:Patent {number: 'US1000001', title: 'Video coding with adaptive block partitioning',
			                   abstract: 'A video encoder partitions blocks adaptively by motion and texture.',
			                   filingDate: date('2012-01-10')}),
			       (p2:Patent {number: 'US1000002', title: 'Battery thermal management',
			                   abstract: 'Cooling plates keep battery cells within a temperature range.', filingDate: date('2013-04-02')}),
			       (p3:Patent {number: 'US1000003', title: 'Video block coding', abstract: 'Blocks of video are coded.',
			                   filingDate: date('1999-02-01')}),
			       (g1:Patent {number: 'US2000001', title: 'Adaptive block partitioning for video encoding',
			                   abstract: 'An encoder selects block partitions of video frames by motion.', filingDate: date('2015-06-01')}),
			       (g2:Patent {number: 'US2000002', title: 'Video decoder with motion compensation',
			                   abstract: 'A decoder compensates motion between video frames.', filingDate: date('2016-06-01')}),
			       (h1:Technology {symbol: 'H04N19/70'}), (h2:Technology {symbol: 'H04N19/50'}), (b1:Technology {symbol: 'H01M10/60'}),
			       (p1)-[:CLASSIFIED_AS]->(h1), (p3)-[:CLASSIFIED_AS]->(h1), (p2)-[:CLASSIFIED_AS]->(b1),
			       (g1)-[:CLASSIFIED_AS]->(h1), (g2)-[:CLASSIFIED_AS]->(h2),
			       (shell)-[:OWNS {from: date('2018-05-01'), acquiredOn: date('2018-05-01')}]->(p1),
			       (shell)-[:OWNS {from: date('2018-05-01'), acquiredOn: date('2018-05-01')}]->(p2),
			       (shell)-[:OWNS {from: date('2018-05-01')}]->(p3),
			       (seller)-[:OWNS {from: date('2012-01-10'), to: date('2018-05-01')}]->(p1),
			       (shell)-[:ACQUIRED_FROM {on: date('2018-05-01'), patents: 3, source: 'uspto-assignment'}]->(seller),
			       (globex)-[:OWNS {from: date('2015-06-01')}]->(g1), (globex)-[:OWNS {from: date('2016-06-01')}]->(g2),
			       (x1:Person {id: 'person:ann lee@globex', name: 'Ann Lee'}), (x2:Person {id: 'person:bo chen@globex', name: 'Bo Chen'}),
			       (x1)-[:INVENTED]->(g1), (x2)-[:INVENTED]->(g2), (x1)-[:AFFILIATED_WITH]->(globex), (x2)-[:AFFILIATED_WITH]->(globex),
			       (q:Patent {number: 'US3000001'}), (q)-[:CITES]->(p1),
			       (c1:LitigationCase {id: 'txed:2:19-cv-00001', title: 'Acme Licensing LLC v. Globex Corp.', caseType: 'civil',
			                           court: 'txed', filedOn: date('2019-03-01')}),
			       (shell)-[:PLAINTIFF_IN {source: 'uspto-oce'}]->(c1), (globex)-[:DEFENDANT_IN]->(c1), (p1)-[:ASSERTED_IN]->(c1),
			       (c2:LitigationCase {id: 'txed:2:20-cv-00002', title: 'Acme Licensing LLC v. Initech Inc.', caseType: 'civil',
			                           court: 'txed', filedOn: date('2020-02-01')}),
			       (shell)-[:PLAINTIFF_IN]->(c2), (initech)-[:DEFENDANT_IN]->(c2), (p1)-[:ASSERTED_IN]->(c2), (p2)-[:ASSERTED_IN]->(c2),
			       (c3:LitigationCase {id: 'ded:1:20-cv-00003', title: 'Globex Corp. v. Acme Licensing LLC', caseType: 'civil',
			                           declaratoryJudgment: true, filedOn: date('2020-05-01')}),
			       (globex)-[:PLAINTIFF_IN]->(c3), (shell)-[:DEFENDANT_IN]->(c3),
			       (c4:LitigationCase {id: 'IPR2020-00001', caseType: 'ipr', court: 'ptab', filedOn: date('2020-06-01')}),
			       (globex)-[:PETITIONER_IN]->(c4), (p1)-[:ASSERTED_IN]->(c4),
			       (c5:LitigationCase {id: 'text:acme licensing v initech:2021', title: 'Acme Licensing v. Initech', caseType: 'civil',
			                           filedOn: date('2021-01-01')}),
			       (shell)-[:PLAINTIFF_IN {source: 'text', confidence: 0.8}]->(c5), (initech)-[:DEFENDANT_IN {source: 'text'}]->(c5),
			       (c6:LitigationCase {id: 'cand:3:21-cv-00006', title: 'Globex Corp. v. Initech Inc.', caseType: 'civil',
			                           filedOn: date('2021-03-01')}),
			       (globex)-[:PLAINTIFF_IN]->(c6), (initech)-[:DEFENDANT_IN]->(c6), (g1)-[:ASSERTED_IN]->(c6)
			""";

	private RiskGraph() {
	}

	static void create() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session.run(CREATE).consume();
		}
	}

}
