package org.ipgraph.graph;

import java.util.List;
import java.util.Map;

/**
 * The graph's vocabulary in one place: node labels, relationship types and each label's
 * key property, as graph-model/README.md documents them and the migrations constrain
 * them. Java code that names a label or type as a value uses these constants; Cypher text
 * blocks name them in place where a literal reads better, and SchemaVocabularyTest checks
 * that every label and type a query uses is declared here. Values only, never user input,
 * may be put into Cypher text.
 */
public final class Schema {

	// Nodes of the IP ecosystem

	public static final String PATENT = "Patent";

	public static final String ORGANIZATION = "Organization";

	public static final String PERSON = "Person";

	public static final String TECHNOLOGY = "Technology";

	public static final String POLICY = "Policy";

	public static final String FUND = "Fund";

	public static final String STANDARD = "Standard";

	public static final String POOL = "Pool";

	public static final String LITIGATION_CASE = "LitigationCase";

	public static final String DEMAND = "Demand";

	/** An offer of patents for licence, sale or pledge (the market). */
	public static final String OFFER = "Offer";

	public static final String DOCUMENT = "Document";

	// Nodes of the text pipeline

	public static final String EVIDENCE = "Evidence";

	public static final String AMBIGUOUS_MENTION = "AmbiguousMention";

	// Legal status

	/** A dated legal event of a patent: fee payment, lapse, reinstatement, assignment. */
	public static final String LEGAL_EVENT = "LegalEvent";

	// Service providers: a second label on Organization (firms, agencies, banks,
	// evaluators) and Person (attorneys, correspondents)

	public static final String PROVIDER = "Provider";

	// Nodes of the application itself

	public static final String USER = "User";

	public static final String API_TOKEN = "ApiToken";

	public static final String AUDIT_EVENT = "AuditEvent";

	public static final String SETTING = "Setting";

	// Watches and alerts (issue 14)

	/**
	 * What a user watches: an organization, a patent, a CPC area, a standard, a saved
	 * search.
	 */
	public static final String WATCH = "Watch";

	/** What one committed ingest batch created or changed, for change detection. */
	public static final String CHANGE_SET = "ChangeSet";

	/**
	 * An alert for a user, derived from a change set or a sweep; the outbox of delivery.
	 */
	public static final String ALERT = "Alert";

	// Delivery of alerts (org.ipgraph.notify)

	public static final String WEBHOOK = "Webhook";

	public static final String WEBHOOK_DELIVERY = "WebhookDelivery";

	public static final String MAIL_DIGEST = "MailDigest";

	// Relationships

	public static final String OWNS = "OWNS";

	public static final String INVENTED = "INVENTED";

	public static final String CITES = "CITES";

	public static final String CLASSIFIED_AS = "CLASSIFIED_AS";

	public static final String PART_OF = "PART_OF";

	public static final String AFFILIATED_WITH = "AFFILIATED_WITH";

	public static final String EXPERT_IN = "EXPERT_IN";

	public static final String SAME_AS = "SAME_AS";

	public static final String SUBSIDIARY_OF = "SUBSIDIARY_OF";

	public static final String MEMBER_OF = "MEMBER_OF";

	public static final String DECLARED_ESSENTIAL_TO = "DECLARED_ESSENTIAL_TO";

	public static final String DECLARED = "DECLARED";

	public static final String LICENSOR_OF = "LICENSOR_OF";

	public static final String FOR_STANDARD = "FOR_STANDARD";

	public static final String PLAINTIFF_IN = "PLAINTIFF_IN";

	public static final String DEFENDANT_IN = "DEFENDANT_IN";

	public static final String PETITIONER_IN = "PETITIONER_IN";

	public static final String RESPONDENT_IN = "RESPONDENT_IN";

	public static final String ASSERTED_IN = "ASSERTED_IN";

	public static final String ISSUED = "ISSUED";

	public static final String FUNDED_BY = "FUNDED_BY";

	public static final String TARGETS = "TARGETS";

	public static final String ACQUIRED_FROM = "ACQUIRED_FROM";

	public static final String LICENSED_TO = "LICENSED_TO";

	public static final String PARTNERED_WITH = "PARTNERED_WITH";

	public static final String RECORDED_IN = "RECORDED_IN";

	public static final String MENTIONED_IN = "MENTIONED_IN";

	public static final String HAS_TEXT = "HAS_TEXT";

	public static final String SUBJECT = "SUBJECT";

	public static final String OBJECT = "OBJECT";

	public static final String IN_DOCUMENT = "IN_DOCUMENT";

	public static final String CANDIDATE = "CANDIDATE";

	public static final String HAS_TOKEN = "HAS_TOKEN";

	public static final String IS = "IS";

	public static final String MINTED = "MINTED";

	public static final String HAS_EVENT = "HAS_EVENT";

	public static final String WATCHES = "WATCHES";

	public static final String ALERT_FOR = "ALERT_FOR";

	public static final String HAS_WEBHOOK = "HAS_WEBHOOK";

	public static final String HAS_DELIVERY = "HAS_DELIVERY";

	public static final String DELIVERS = "DELIVERS";

	public static final String HAS_DIGEST = "HAS_DIGEST";

	public static final String REPRESENTED_BY = "REPRESENTED_BY";

	public static final String HANDLED_BY = "HANDLED_BY";

	/** Organization to the Offer it published. */
	public static final String OFFERS = "OFFERS";

	/** Offer to a Patent of its package. */
	public static final String INCLUDES = "INCLUDES";

	/** Organization to the Demand it published. */
	public static final String REQUESTED = "REQUESTED";

	/** Demand to an Offer that answers it, with score and reasons. */
	public static final String MATCHES = "MATCHES";

	/** Organization to an organization whose offer matched its (not anonymous) demand. */
	public static final String WANTS_TO_DEAL = "WANTS_TO_DEAL";

	/** Each keyed label's key property, the one its uniqueness constraint is on. */
	public static final Map<String, String> KEYS = Map.ofEntries(Map.entry(PATENT, "number"),
			Map.entry(ORGANIZATION, "id"), Map.entry(PERSON, "id"), Map.entry(TECHNOLOGY, "symbol"),
			Map.entry(POLICY, "id"), Map.entry(FUND, "id"), Map.entry(STANDARD, "id"), Map.entry(POOL, "id"),
			Map.entry(LITIGATION_CASE, "id"), Map.entry(DEMAND, "id"), Map.entry(OFFER, "id"),
			Map.entry(DOCUMENT, "id"), Map.entry(EVIDENCE, "id"), Map.entry(AMBIGUOUS_MENTION, "id"),
			Map.entry(LEGAL_EVENT, "id"), Map.entry(USER, "username"), Map.entry(API_TOKEN, "id"),
			Map.entry(AUDIT_EVENT, "id"), Map.entry(WATCH, "id"), Map.entry(CHANGE_SET, "id"), Map.entry(ALERT, "key"),
			Map.entry(WEBHOOK, "id"), Map.entry(WEBHOOK_DELIVERY, "id"), Map.entry(MAIL_DIGEST, "username"));

	/** Every node label. */
	public static final List<String> LABELS = List.of(PATENT, ORGANIZATION, PERSON, TECHNOLOGY, POLICY, FUND, STANDARD,
			POOL, LITIGATION_CASE, DEMAND, OFFER, DOCUMENT, EVIDENCE, AMBIGUOUS_MENTION, LEGAL_EVENT, USER, API_TOKEN,
			AUDIT_EVENT, SETTING, WATCH, CHANGE_SET, ALERT, WEBHOOK, WEBHOOK_DELIVERY, MAIL_DIGEST, PROVIDER);

	/** Every relationship type. */
	public static final List<String> RELATIONSHIP_TYPES = List.of(OWNS, INVENTED, CITES, CLASSIFIED_AS, PART_OF,
			AFFILIATED_WITH, EXPERT_IN, SAME_AS, SUBSIDIARY_OF, MEMBER_OF, DECLARED_ESSENTIAL_TO, DECLARED, LICENSOR_OF,
			FOR_STANDARD, PLAINTIFF_IN, DEFENDANT_IN, PETITIONER_IN, RESPONDENT_IN, ASSERTED_IN, ISSUED, FUNDED_BY,
			TARGETS, ACQUIRED_FROM, LICENSED_TO, PARTNERED_WITH, RECORDED_IN, MENTIONED_IN, HAS_TEXT, SUBJECT, OBJECT,
			IN_DOCUMENT, CANDIDATE, HAS_TOKEN, IS, MINTED, HAS_EVENT, WATCHES, ALERT_FOR, HAS_WEBHOOK, HAS_DELIVERY,
			DELIVERS, HAS_DIGEST, REPRESENTED_BY, HANDLED_BY, OFFERS, INCLUDES, REQUESTED, MATCHES, WANTS_TO_DEAL);

	private Schema() {
	}

}
