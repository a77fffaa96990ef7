package org.ipgraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize records per write transaction
 */
@ConfigurationProperties("ipgraph.ingest")
public record IngestProperties(@DefaultValue("1000") int batchSize) {
}
