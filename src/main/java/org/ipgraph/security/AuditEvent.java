package org.ipgraph.security;

import java.time.ZonedDateTime;

/**
 * One entry of the audit log.
 *
 * @param id event id
 * @param at when
 * @param user who
 * @param action what: {@code risk.npe}, {@code experts.hidden-disclosed}, ...
 * @param target the organization, patent or person concerned
 * @param parameters the request parameters, as JSON
 */
public record AuditEvent(String id, ZonedDateTime at, String user, String action, String target, String parameters) {
}
