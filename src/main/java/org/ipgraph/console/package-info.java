/**
 * The web console: server-rendered pages (Thymeleaf and htmx, graph pictures with
 * Cytoscape.js) for platform users, alliance organizers, legal teams, analysts and
 * admins, over the services' public APIs. Sign-in, the session and who may open which
 * page are the security module's ({@code AccessRules}); the services audit what they
 * audit for the REST API. A page is a {@link org.ipgraph.console.ConsoleController}, a
 * {@link org.ipgraph.console.ConsolePage} bean for the menu and a template on the layout
 * (docs/console.md).
 */
package org.ipgraph.console;
