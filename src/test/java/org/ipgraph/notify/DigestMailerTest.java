package org.ipgraph.notify;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail digests through an SMTP server on loopback (GreenMail): a user with an address
 * gets the alerts made since the last digest, at most once per interval; nothing is sent,
 * and no cursor moves, without an SMTP server.
 */
@GraphTest
class DigestMailerTest {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	AlertReader alerts;

	@Autowired
	Digests digests;

	final AlertFixtures.TestClock clock = new AlertFixtures.TestClock();

	final NotifyProperties.Mail settings = new NotifyProperties.Mail(true, Duration.ofHours(24), "ipgraph@test.example",
			100);

	GreenMail smtp;

	@BeforeEach
	void start() {
		TestNeo4j.clear();
		this.smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		this.smtp.start();
	}

	@AfterEach
	void stop() {
		this.smtp.stop();
	}

	@Test
	void userGetsTheAlertsSinceTheLastDigestAtMostOncePerInterval() throws Exception {
		AlertFixtures.user("ana", "USER");
		AlertFixtures.alert("ana", 1, false);
		assertThat(this.digests.setEmail("ana", "ana@example.org").cursor()).isEqualTo(1);
		AlertFixtures.alert("ana", 2, false);
		AlertFixtures.alert("ana", 3, false);
		AlertFixtures.alert("ana", 4, true);
		AlertFixtures.user("bob", "USER");
		AlertFixtures.alert("bob", 5, false);
		DigestMailer mailer = new DigestMailer(this.neo4j, this.alerts, this.settings, sender(), this.clock);

		assertThat(mailer.run()).isEqualTo(1);

		MimeMessage[] received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ana@example.org");
		assertThat(received[0].getSubject()).isEqualTo("ipgraph: 2 new alerts");
		String text = GreenMailUtil.getBody(received[0]);
		assertThat(text).contains("Alert number 2", "Alert number 3", "assignment reel 123/456")
			.doesNotContain("Alert number 1", "Alert number 4", "Alert number 5");
		assertThat(this.digests.find("ana").orElseThrow().cursor()).isEqualTo(3);

		AlertFixtures.alert("ana", 6, false);
		assertThat(mailer.run()).as("within the interval").isZero();
		this.clock.advance(Duration.ofHours(24));
		assertThat(mailer.run()).isEqualTo(1);
		assertThat(this.smtp.getReceivedMessages()).hasSize(2);
		assertThat(GreenMailUtil.getBody(this.smtp.getReceivedMessages()[1])).contains("Alert number 6")
			.doesNotContain("Alert number 2");
		this.clock.advance(Duration.ofHours(24));
		assertThat(mailer.run()).as("no new alerts, no mail").isZero();

		this.digests.setEmail("ana", null);
		AlertFixtures.alert("ana", 7, false);
		this.clock.advance(Duration.ofHours(24));
		assertThat(mailer.run()).as("address removed").isZero();
	}

	@Test
	void nothingIsSentWithoutAnSmtpServer() {
		AlertFixtures.user("ana", "USER");
		this.digests.setEmail("ana", "ana@example.org");
		AlertFixtures.alert("ana", 1, false);
		DigestMailer mailer = new DigestMailer(this.neo4j, this.alerts, this.settings, null, this.clock);
		assertThat(mailer.active()).isFalse();
		assertThat(mailer.run()).isZero();
		assertThat(this.digests.find("ana").orElseThrow().cursor()).isZero();
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void refusesWhatIsNotAnAddress() {
		AlertFixtures.user("ana", "USER");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.digests.setEmail("ana", "ana at example"));
	}

	private JavaMailSenderImpl sender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(this.smtp.getSmtp().getPort());
		return sender;
	}

}
