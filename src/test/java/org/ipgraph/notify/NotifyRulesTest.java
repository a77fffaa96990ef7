package org.ipgraph.notify;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The pure rules of delivery: back-off, signatures, and where webhooks may post.
 */
class NotifyRulesTest {

	@Test
	void backOffDoublesFromTheBaseUpToTheMaximum() {
		NotifyProperties.Webhooks settings = AlertFixtures.webhooks(Duration.ofSeconds(10), Duration.ofSeconds(60), 8);
		assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(40));
		assertThat(settings.backoff(4)).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.backoff(1000)).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void signatureIsTheHmacOfTimestampDotBody() {
		byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSigner.sign("secret", 1700000000L, body);
		// echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
		assertThat(signature).isEqualTo("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
		assertThat(WebhookSigner.verify("secret", 1700000000L, body, signature)).isTrue();
		assertThat(WebhookSigner.verify("secret", 1700000001L, body, signature)).isFalse();
		assertThat(WebhookSigner.newSecret()).startsWith("whsec_").hasSizeGreaterThan(40);
	}

	@Test
	void webhooksPostOnlyOverHttpToPublicAddressesByDefault() throws Exception {
		assertThat(WebhookUrls.check("https://93.184.215.14/hook", false)).hasHost("93.184.215.14");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUrls.check("http://127.0.0.1:9/hook", false))
			.withMessageContaining("internal address");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUrls.check("http://10.1.2.3/hook", false));
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUrls.check("http://169.254.169.254/", false));
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUrls.check("http://[::1]/hook", false));
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUrls.check("http://[fd00::1]/hook", false));
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUrls.check("file:///etc/passwd", true))
			.withMessageContaining("http or https");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUrls.check("http://user:pw@host.example/", true))
			.withMessageContaining("user information");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUrls.check("/relative", true));
		assertThat(WebhookUrls.check("http://127.0.0.1:9/hook", true)).hasPort(9);
		assertThat(WebhookUrls.isInternal(InetAddress.getByName("100.64.0.1"))).isTrue();
		assertThat(WebhookUrls.isInternal(InetAddress.getByName("8.8.8.8"))).isFalse();
	}

}
