package org.ipgraph.console;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.experts.ExpertService;
import org.ipgraph.partners.PartnerService;
import org.ipgraph.security.AuditLog;
import org.ipgraph.security.Role;
import org.ipgraph.security.UserService;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (Debian's headless Chromium), against the application on
 * a random port with the synthetic demo graph: for each role, sign-in, one full task on
 * each page it has, and sign-out; a screenshot of every page. Also: the session id
 * changes at sign-in, a USER is refused a LEGAL page opened by URL, and no name of a
 * person without consent appears in any page a USER receives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ipgraph.security.requests-per-minute=100000", "ipgraph.security.bootstrap-admin=false" })
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// its own context: closed after the class rather than kept in the cache beside the rest
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

	static final String PASSWORD = "console test password";

	@LocalServerPort
	int port;

	@Autowired
	DemoLoader demo;

	@Autowired
	UserService users;

	@Autowired
	PartnerService partners;

	@Autowired
	ExpertService experts;

	@Autowired
	AuditLog audit;

	Chromium browser;

	String organization;

	String organizationName;

	String npe;

	String cpcGroup;

	String patent;

	String topic;

	final List<String> userPages = new ArrayList<>();

	@BeforeAll
	void graphUsersAndBrowser() {
		TestNeo4j.clear();
		this.demo.load(new DemoParameters(DemoParameters.MIN_PATENTS, 42, 0.1), DemoProgress.NONE);
		this.partners.refresh(true);
		this.experts.rebuildProfiles();
		for (Role role : Role.values()) {
			this.users.create(role.name().toLowerCase(Locale.ROOT), PASSWORD, EnumSet.of(role), null);
		}
		List<String> top = row("""
				MATCH (o:Organization)-[:OWNS]->(p:Patent)
				WITH o, count(p) AS n ORDER BY n DESC, o.id LIMIT 1
				RETURN o.id AS a, o.name AS b
				""");
		this.organization = top.get(0);
		this.organizationName = top.get(1);
		this.npe = row("""
				MATCH (o:Organization)-[:PLAINTIFF_IN]->(c)
				WITH o, count(c) AS n ORDER BY n DESC, o.id LIMIT 1
				RETURN o.id AS a, o.name AS b
				""").get(0);
		this.cpcGroup = row("""
				MATCH (p:Patent)-[:CLASSIFIED_AS]->(t:Technology) WHERE size(split(t.symbol, '/')) > 1
				WITH split(t.symbol, '/')[0] AS g, count(p) AS n ORDER BY n DESC, g LIMIT 1
				RETURN g AS a, g AS b
				""").get(0);
		List<String> patent = row("""
				MATCH (:Organization {id: $id})-[:OWNS]->(p:Patent) WHERE p.title IS NOT NULL
				RETURN p.number AS a, p.title AS b ORDER BY p.number LIMIT 1
				""".replace("$id", "'" + this.organization.replace("'", "\\'") + "'"));
		this.patent = patent.get(0);
		this.topic = patent.get(1);
		this.browser = Chromium.start(1280, 900);
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@Order(1)
	void aUserFindsPartnersOpensAPathsEvidenceSearchesExpertsAndPoolsAndIsRefusedRisk() {
		open("/console/login");
		String before = this.browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
		signIn("user");
		Cookie after = this.browser.driver.manage().getCookieNamed("JSESSIONID");
		assertThat(after.getValue()).as("session fixation: a new session id at sign-in").isNotEqualTo(before);
		assertThat(after.isHttpOnly()).isTrue();
		assertThat(menu()).contains("Partners", "Experts", "Pools", "Organizations")
			.doesNotContain("Risk", "Audit log");
		keep();
		this.browser.screenshot("home");

		// organization search and profile
		click(By.linkText("Organizations"));
		type(By.id("q"), this.organizationName.split(" ")[0]);
		submit("#org-search");
		WebElement link = waitFor(By.cssSelector("#results table a"));
		keep();
		this.browser.screenshot("organizations");
		link.click();
		waitFor(By.cssSelector(".cy canvas"));
		assertThat(text("h1")).isNotBlank();
		keep();
		this.browser.screenshot("organization");

		// partners for it: components as bars, the paths drawn, a path's evidence one
		// click away
		open("/console/partners?organization=" + Hrefs.encode(this.organization));
		waitFor(By.cssSelector("li.candidate ul.bars li"));
		WebElement first = this.browser.driver.findElement(By.cssSelector("li.candidate"));
		first.findElement(By.cssSelector("details.why summary")).click();
		waitFor(By.cssSelector("li.candidate details.why[open] .cy canvas"));
		keep();
		this.browser.screenshot("partners");
		this.browser.driver.manage().window().setSize(new Dimension(820, 1180));
		this.browser.screenshot("partners-tablet");
		this.browser.driver.manage().window().setSize(new Dimension(1280, 900));
		assertThat(first.findElements(By.cssSelector("ul.paths a.node")).stream().map(WebElement::getText))
			.as("path nodes show display names, not graph keys")
			.contains(this.organizationName)
			.doesNotContain(this.organization);
		WebElement node = first.findElement(By.cssSelector("ul.paths a.node"));
		String target = node.getText();
		node.click();
		waitFor(By.cssSelector("h2"));
		assertThat(this.browser.driver.getCurrentUrl()).contains("/console/evidence?entity=");
		assertThat(text("h1")).isEqualTo("Evidence");
		assertThat(text("main")).contains("Mentions");
		keep();
		this.browser.screenshot("evidence");
		assertThat(target).isNotBlank();

		// experts for a topic: anonymous profiles for people without consent
		click(By.linkText("Experts"));
		type(By.id("q"), this.topic);
		submit("#expert-form");
		waitFor(By.cssSelector("li.expert"));
		assertThat(text("main")).contains("anonymous profiles");
		keep();
		this.browser.screenshot("experts");

		// pools: a USER sees candidates but no save form
		open("/console/pools?by=cpc&q=" + Hrefs.encode(this.cpcGroup));
		waitFor(By.cssSelector("#results h2"));
		assertThat(this.browser.driver.findElements(By.cssSelector("form.save-pool"))).isEmpty();
		keep();

		// a LEGAL page by URL is refused, with the reason
		open("/console/risk/npe?organization=" + Hrefs.encode(this.npe));
		assertThat(text("main")).contains("Forbidden").contains("Your roles (USER) do not allow");
		keep();
		this.browser.screenshot("refused");

		signOut();
		assertThat(hiddenNamesIn(this.userPages)).as("names of people without consent in pages a USER received")
			.isEmpty();
	}

	@Test
	@Order(2)
	void anOrganizerOpensAPoolAndSavesIt() {
		signIn("organizer");
		click(By.linkText("Pools"));
		type(By.id("q"), this.cpcGroup);
		submit("#pool-form");
		WebElement pool = waitFor(By.cssSelector("article.pool"));
		waitFor(By.cssSelector("article.pool .cy canvas"));
		assertThat(pool.getText()).contains("HHI");
		this.browser.screenshot("pools");
		WebElement name = pool.findElement(By.cssSelector("form.save-pool input[name=name]"));
		name.clear();
		name.sendKeys("Browser test pool");
		pool.findElement(By.cssSelector("form.save-pool button")).click();
		waitFor(By.id("share-link"));
		assertThat(text("h1")).isEqualTo("Browser test pool");
		assertThat(this.browser.driver.findElement(By.id("share-link")).getDomProperty("value"))
			.contains("/console/pools/saved/view?id=candidate");
		this.browser.screenshot("saved-pool");
		click(By.linkText("Saved pools"));
		assertThat(text("main")).contains("Browser test pool");
		signOut();
	}

	@Test
	@Order(3)
	void aLegalUserOpensRiskReportsWhichAreAudited() {
		signIn("legal");
		assertThat(menu()).contains("Risk").doesNotContain("Audit log");
		click(By.linkText("Risk"));
		this.browser.screenshot("risk");
		type(By.id("npe-org"), this.npe);
		this.browser.driver.findElement(By.cssSelector("#npe-form button")).click();
		waitFor(By.cssSelector("table.signals"));
		assertThat(text(".audited")).contains("Audited").contains("risk.npe");
		this.browser.screenshot("risk-npe");
		open("/console/risk/exposure?organization=" + Hrefs.encode(this.organization));
		waitFor(By.cssSelector("#results h2"));
		assertThat(text(".audited")).contains("risk.exposure");
		this.browser.screenshot("risk-exposure");
		open("/console/risk/patent?number=" + this.patent);
		waitFor(By.cssSelector("p.verdict"));
		this.browser.screenshot("risk-patent");
		signOut();
		assertThat(this.audit.query("legal", null, null, PageRequest.of(0, 10)).items()).extracting(e -> e.action())
			.contains("risk.npe", "risk.exposure", "risk.patent");
	}

	@Test
	@Order(4)
	void anAnalystStatesADemandAndSeesExpertsByName() {
		signIn("analyst");
		click(By.linkText("Demand → supply"));
		type(By.id("text"), this.topic);
		submit("#demand-form");
		waitFor(By.cssSelector("#results li.candidate"));
		this.browser.screenshot("demand");
		List<WebElement> owners = this.browser.driver
			.findElements(By.cssSelector("#results table.list a[href*='/console/organizations/view']"));
		assertThat(owners).as("owners of the closest patents").isNotEmpty();
		for (WebElement owner : owners) {
			String key = java.net.URLDecoder.decode(owner.getDomAttribute("href").replaceFirst(".*[?&]id=", ""),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(owner.getText()).as("owner link shows the display name of %s", key)
				.isEqualTo(row(
						"MATCH (o:Organization {id: '" + key.replace("'", "\\'") + "'}) RETURN o.name AS a, o.id AS b")
					.get(0));
		}
		open("/console/experts?by=topic&q=" + Hrefs.encode(this.topic));
		waitFor(By.cssSelector("li.expert"));
		assertThat(text("main")).contains("As an analyst or admin you see people without consent by name");
		signOut();
	}

	@Test
	@Order(5)
	void anAdminChecksHealthAddsAUserReadsTheAuditLogAndIssuesAToken() {
		signIn("admin");
		click(By.linkText("Stats and health"));
		waitFor(By.cssSelector("table.list"));
		assertThat(text("main")).contains("Health").contains("UP");
		this.browser.screenshot("admin");
		click(By.linkText("Users and tokens"));
		type(By.cssSelector("#add-user #username"), "newcomer");
		type(By.cssSelector("#add-user #password"), "a long enough password");
		this.browser.driver.findElement(By.id("role-ORGANIZER")).click();
		this.browser.driver.findElement(By.cssSelector("#add-user button")).click();
		waitFor(By.cssSelector("p.notice"));
		assertThat(text("p.notice")).contains("Added newcomer");
		this.browser.screenshot("users");
		click(By.linkText("Audit log"));
		type(By.id("action"), "risk.npe");
		submit("#audit-form");
		waitFor(By.cssSelector("#results table"));
		assertThat(text("#results")).contains("legal");
		this.browser.screenshot("audit");
		click(By.linkText("Your account"));
		type(By.id("token-name"), "browser test");
		this.browser.driver.findElement(By.cssSelector("#issue-token button")).click();
		WebElement token = waitFor(By.id("new-token"));
		assertThat(token.getDomProperty("value")).startsWith("ipg_");
		this.browser.screenshot("account");
		signOut();
	}

	private void signIn(String username) {
		open("/console/login");
		type(By.id("username"), username);
		type(By.id("password"), PASSWORD);
		this.browser.driver.findElement(By.cssSelector("#login button")).click();
		waitFor(By.id("sign-out"));
		assertThat(text(".who")).contains(username);
	}

	private void signOut() {
		this.browser.driver.findElement(By.id("sign-out")).click();
		waitFor(By.id("login"));
		assertThat(text("main")).contains("You are signed out");
		open("/console/partners");
		assertThat(this.browser.driver.getCurrentUrl()).as("signed out: back to sign-in").contains("/console/login");
	}

	private void open(String path) {
		this.browser.driver.get("http://127.0.0.1:" + this.port + path);
	}

	private void click(By by) {
		this.browser.driver.findElement(by).click();
	}

	private void type(By by, String text) {
		WebElement field = this.browser.driver.findElement(by);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Submits the form and, where the page already shows results, waits until they are
	 * replaced: htmx swaps {@code #results} out, so an element found before the answer
	 * arrives goes stale.
	 */
	private void submit(String form) {
		List<WebElement> before = this.browser.driver.findElements(By.id("results"));
		this.browser.driver.findElement(By.cssSelector(form + " button[type=submit]")).click();
		if (!before.isEmpty()) {
			new WebDriverWait(this.browser.driver, Duration.ofSeconds(60))
				.until(ExpectedConditions.stalenessOf(before.get(0)));
		}
	}

	private WebElement waitFor(By by) {
		return new WebDriverWait(this.browser.driver, Duration.ofSeconds(60))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	private String text(String css) {
		return this.browser.driver.findElement(By.cssSelector(css)).getText();
	}

	private String menu() {
		return text("nav.menu");
	}

	// the page as the USER received it
	private void keep() {
		this.userPages.add(this.browser.driver.getPageSource());
	}

	/**
	 * Full names of people without consent (that no consented person shares) found in the
	 * pages.
	 */
	private static List<String> hiddenNamesIn(List<String> pages) {
		List<String> hidden = new ArrayList<>();
		try (var session = TestNeo4j.driver().session()) {
			List<String> consented = session
				.run("MATCH (p:Person) WHERE p.consent = true AND p.name IS NOT NULL RETURN p.name AS n")
				.list(r -> fold(r.get("n").asString()));
			session
				.run("MATCH (p:Person) WHERE NOT coalesce(p.consent, false) AND p.name IS NOT NULL RETURN p.name AS n")
				.list(r -> fold(r.get("n").asString()))
				.stream()
				.filter(n -> n.contains(" ") && !consented.contains(n))
				.distinct()
				.forEach(hidden::add);
		}
		assertThat(hidden).as("the demo graph has people without consent").isNotEmpty();
		List<String> found = new ArrayList<>();
		for (String page : pages) {
			String text = fold(org.springframework.web.util.HtmlUtils.htmlUnescape(page));
			hidden.stream().filter(text::contains).forEach(found::add);
		}
		return found;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

	private static List<String> row(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			var record = session.run(cypher).single();
			return List.of(record.get("a").asString(), record.get("b").asString(""));
		}
	}

}
