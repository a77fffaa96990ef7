package org.ipgraph.market;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ipgraph.security.Role;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.web.ForbiddenException;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Offers and demands on a small hand-built graph: matching both ways with reasons,
 * idempotent publishing, the anonymity of buyers by role, and the interest to deal the
 * partner service reads.
 */
@GraphTest
class MarketServiceTest {

	static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1);

	@Autowired
	MarketService market;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void graph() {
		TestNeo4j.clear();
		this.neo4j
			.query("""
					CREATE (s:Organization {id: 'stepwise', name: 'Stepwise Inc.'})
					CREATE (v:Organization {id: 'vidco', name: 'VidCo'})
					CREATE (b:Organization {id: 'carehome', name: 'CareHome GmbH'})
					CREATE (g:Technology {symbol: 'A61B5/112'}), (h:Technology {symbol: 'H04N19/70'}),
					       (a:Technology {symbol: 'A61B5/11'})
					CREATE (s)-[:OWNS]->(p1:Patent {number: 'US9000001', title: 'Wearable gait sensor with low-power accelerometer'})-[:CLASSIFIED_AS]->(g)
					CREATE (s)-[:OWNS]->(p2:Patent {number: 'US9000002', title: 'Fall detection from gait patterns of elderly persons'})-[:CLASSIFIED_AS]->(g)
					CREATE (v)-[:OWNS]->(p3:Patent {number: 'US9000003', title: 'Video coding with motion vector prediction'})-[:CLASSIFIED_AS]->(h)
					""")
			.run();
		as("seller", Role.USER);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static void as(String user, Role... roles) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
					Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
	}

	static NewOffer gaitOffer(String clientKey) {
		return new NewOffer(clientKey, "Stepwise Inc.", "licence", "Gait sensing package",
				"Two patents on low-power gait sensing and fall detection", List.of("US 9,000,001", "US9000002"), null,
				"2% running royalty", 50_000.0, "usd", "non-exclusive", "worldwide", NEXT_YEAR);
	}

	static NewDemand gaitDemand(boolean anonymous, String clientKey) {
		return new NewDemand(clientKey, "CareHome GmbH", anonymous, "licence",
				"We need a low-power gait sensor for elderly-care wearables", List.of("A61B5/11"),
				List.of("fall detection"), 80_000.0, "USD", NEXT_YEAR, "DE");
	}

	@Test
	void aNewDemandIsMatchedAgainstActiveOffersWithReasonsAndStored() {
		Posted<Offer> gait = this.market.publish(gaitOffer(null));
		assertThat(gait.created()).isTrue();
		assertThat(gait.item().cpc()).containsExactly("A61B5/112");
		assertThat(gait.item().patents()).containsExactly("US9000001", "US9000002");
		this.market.publish(new NewOffer(null, "vidco", "licence", "Video coding", null, List.of("US9000003"), null,
				null, null, null, null, null, null));
		as("buyer", Role.USER);
		Posted<MarketDemand> demand = this.market.publish(gaitDemand(false, null));
		assertThat(demand.created()).isTrue();
		assertThat(demand.matches()).hasSize(1);
		MarketMatch match = demand.matches().get(0);
		assertThat(match.offer().id()).isEqualTo(gait.item().id());
		assertThat(match.score()).isGreaterThan(0.5);
		assertThat(match.components()).extracting(MarketMatch.Component::name)
			.contains("cpcOverlap", "textSimilarity", "kindFit", "budgetFit", "deadlineFit");
		assertThat(match.reasons()).anyMatch(r -> r.contains("A61B5/11 matches A61B5/112"))
			.anyMatch(r -> r.contains("gait"))
			.anyMatch(r -> r.contains("within the budget"));
		// stored, and read from both sides
		assertThat(this.market.demandMatches(demand.item().id(), PageRequest.of(0, 10)).items()).hasSize(1);
		assertThat(this.market.offerMatches(gait.item().id(), PageRequest.of(0, 10)).items())
			.extracting(m -> m.demand().id())
			.containsExactly(demand.item().id());
		assertThat(count("MATCH (:Demand)-[r:MATCHES]->(:Offer) RETURN count(r)")).isEqualTo(1);
		// the requester showed itself: the partner service reads its interest to deal
		assertThat(
				count("""
						MATCH (:Organization {id: 'carehome'})-[w:WANTS_TO_DEAL {source: 'market'}]->(:Organization {id: 'stepwise'})
						RETURN count(w)"""))
			.isEqualTo(1);
	}

	@Test
	void aNewOfferIsMatchedAgainstOpenDemands() {
		as("buyer", Role.USER);
		Posted<MarketDemand> demand = this.market.publish(gaitDemand(false, "d-1"));
		assertThat(demand.matches()).isEmpty();
		as("seller", Role.USER);
		Posted<Offer> offer = this.market.publish(gaitOffer("o-1"));
		assertThat(offer.matches()).extracting(m -> m.demand().id()).containsExactly(demand.item().id());
		// a closed demand is matched no more
		as("buyer", Role.USER);
		assertThat(this.market.close(demand.item().id()).status()).isEqualTo("closed");
		as("seller", Role.USER);
		Posted<Offer> again = this.market.publish(new NewOffer(null, "stepwise", "sale", "Gait sensing for sale", null,
				List.of("US9000001"), null, null, null, null, null, null, null));
		assertThat(again.matches()).isEmpty();
	}

	@Test
	void publishingTheSameAgainCreatesNothing() {
		Posted<Offer> first = this.market.publish(gaitOffer(null));
		Posted<Offer> second = this.market.publish(gaitOffer(null));
		assertThat(second.created()).isFalse();
		assertThat(second.item().id()).isEqualTo(first.item().id());
		Posted<Offer> keyed = this.market.publish(gaitOffer("k-1"));
		Posted<Offer> keyedAgain = this.market.publish(gaitOffer("k-1"));
		assertThat(keyed.created()).isTrue();
		assertThat(keyedAgain.created()).isFalse();
		as("buyer", Role.USER);
		this.market.publish(gaitDemand(true, null));
		Posted<MarketDemand> again = this.market.publish(gaitDemand(true, null));
		assertThat(again.created()).isFalse();
		assertThat(count("MATCH (o:Offer) RETURN count(o)")).isEqualTo(2);
		assertThat(count("MATCH (d:Demand) RETURN count(d)")).isEqualTo(1);
		assertThat(count("MATCH (:Demand)-[r:MATCHES]->(:Offer) RETURN count(r)")).isEqualTo(2);
		assertThat(count("MATCH (:Organization)-[r:OFFERS]->(:Offer) RETURN count(r)")).isEqualTo(2);
	}

	@Test
	void anAnonymousRequesterIsShownOnlyToItsUserAdminsAndOrganizers() {
		this.market.publish(gaitOffer(null));
		as("buyer", Role.USER);
		Posted<MarketDemand> posted = this.market.publish(gaitDemand(true, null));
		String id = posted.item().id();
		assertThat(posted.item().requester()).isEqualTo("carehome");
		assertThat(posted.item().identityShown()).isTrue();

		as("seller", Role.USER);
		MarketDemand seen = this.market.demand(id);
		assertThat(seen.requester()).isEqualTo("anonymous");
		assertThat(seen.requesterName()).isNull();
		assertThat(seen.text()).isNull();
		assertThat(seen.keywords()).isNull();
		assertThat(seen.budget()).isNull();
		assertThat(seen.createdBy()).isNull();
		assertThat(seen.region()).isNull();
		assertThat(seen.cpc()).containsExactly("A61B");
		assertThat(seen.budgetBand()).isEqualTo("10k-100k USD");
		assertThat(seen.kind()).isEqualTo("licence");
		// the offer's side: masked too, and no words of the demand in the reasons
		MarketMatch match = this.market.offerMatches(posted.matches().get(0).offer().id(), PageRequest.of(0, 10))
			.items()
			.get(0);
		assertThat(match.demand().requester()).isEqualTo("anonymous");
		assertThat(match.reasons()).noneMatch(r -> r.contains("gait") || r.contains("A61B5/11"));
		// listings mask it, and a keyword search does not probe its text
		assertThat(this.market.demands(new Search(null, null, null, null), PageRequest.of(0, 10)).items())
			.extracting(MarketDemand::requester)
			.containsExactly("anonymous");
		assertThat(this.market.demands(new Search("gait", null, null, null), PageRequest.of(0, 10)).items()).isEmpty();
		assertThatThrownBy(() -> this.market.close(id)).isInstanceOf(ForbiddenException.class);

		as("analyst", Role.ANALYST);
		assertThat(this.market.demand(id).requester()).isEqualTo("anonymous");
		as("broker", Role.ORGANIZER);
		assertThat(this.market.demand(id).requester()).isEqualTo("carehome");
		assertThat(this.market.demands(new Search("gait", null, null, null), PageRequest.of(0, 10)).items()).hasSize(1);
		as("root", Role.ADMIN);
		MarketDemand admin = this.market.demand(id);
		assertThat(admin.requesterName()).isEqualTo("CareHome GmbH");
		assertThat(admin.text()).contains("gait sensor");
		assertThat(count("MATCH (a:AuditEvent {action: 'market.identity'}) RETURN count(a)")).isGreaterThanOrEqualTo(2);
		// an anonymous requester's interest is not passed to the partner service
		assertThat(count("MATCH ()-[w:WANTS_TO_DEAL]->() RETURN count(w)")).isZero();
	}

	@Test
	void offersAreBrowsedAndSearchedByFieldKeywordKindAndStatus() {
		Posted<Offer> gait = this.market.publish(gaitOffer(null));
		this.market.publish(new NewOffer(null, "vidco", "sale", "Video coding portfolio", null, List.of("US9000003"),
				null, null, null, null, null, null, null));
		PageRequest page = PageRequest.of(0, 10);
		assertThat(this.market.offers(new Search(null, null, null, null), null, page).items()).hasSize(2);
		assertThat(this.market.offers(new Search(null, "A61B", null, null), null, page).items()).extracting(Offer::id)
			.containsExactly(gait.item().id());
		assertThat(this.market.offers(new Search("motion vector", null, null, null), null, page).items())
			.extracting(Offer::organization)
			.containsExactly("vidco");
		assertThat(this.market.offers(new Search(null, null, "sale", null), null, page).items()).hasSize(1);
		// Lucene syntax is a literal, not an error
		assertThat(this.market.offers(new Search("gait AND) OR \"*", null, null, null), null, page).items())
			.isNotNull();
		assertThatThrownBy(() -> {
			as("someone", Role.USER);
			this.market.withdraw(gait.item().id());
		}).isInstanceOf(ForbiddenException.class);
		as("seller", Role.USER);
		assertThat(this.market.withdraw(gait.item().id()).status()).isEqualTo("withdrawn");
		assertThat(this.market.offers(new Search(null, null, null, null), null, page).items()).hasSize(1);
		assertThat(this.market.offers(new Search(null, null, null, "withdrawn"), null, page).items()).hasSize(1);
	}

	@Test
	void badInputIsRefusedWithAReason() {
		assertThatThrownBy(() -> this.market.publish(new NewOffer(null, "stepwise", "licence", "x", null,
				List.of("US1234567"), null, null, null, null, null, null, null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("US1234567");
		assertThatThrownBy(() -> this.market.publish(new NewOffer(null, "stepwise", "licence", "x", null,
				List.of("US9000001"), List.of("not a code"), null, null, null, null, null, null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a code");
		assertThatThrownBy(() -> this.market.publish(new NewDemand(null, null, false, "licence", "x", null, null, null,
				null, LocalDate.now().minusDays(1), null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("past");
	}

	private long count(String query) {
		return this.neo4j.query(query).fetchAs(Long.class).one().orElseThrow();
	}

	static Map<String, Object> none() {
		return Map.of();
	}

}
