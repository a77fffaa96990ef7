/**
 * Service providers: law firms and attorneys that litigation records name as counsel
 * ({@code REPRESENTED_BY} from cases), correspondents of recorded assignments
 * ({@code HANDLED_BY}), and evaluators, banks and IP agencies that texts name
 * ({@code Evidence {type: 'PROVIDER'}}); each provider's track record read from the graph
 * (cases by side, outcomes where known, technology areas, clients, courts) and providers
 * ranked for a need with the components and evidence behind each rank.
 */
package org.ipgraph.providers;
