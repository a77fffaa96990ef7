package org.ipgraph.notify;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mail.MailSender;

/**
 * Alert delivery runs in the server only (command-line runs never post or mail), unless
 * {@code ipgraph.notify.background=false}. Digests need a mail sender, which Spring Boot
 * configures when {@code spring.mail.host} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifyProperties.class)
class NotifyConfiguration {

	@Bean
	@ConditionalOnWebApplication
	@ConditionalOnBooleanProperty(name = "ipgraph.notify.background", matchIfMissing = true)
	NotifyLoop notifyLoop(Neo4jClient neo4j, AlertReader alerts, NotifyProperties properties,
			ObjectProvider<MailSender> mail) {
		Clock clock = Clock.systemUTC();
		return new NotifyLoop(new WebhookDeliverer(neo4j, properties.webhooks(), clock),
				new DigestMailer(neo4j, alerts, properties.mail(), mail.getIfAvailable(), clock),
				properties.webhooks().pollInterval());
	}

}
