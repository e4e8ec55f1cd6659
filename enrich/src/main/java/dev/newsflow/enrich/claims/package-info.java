/**
 * Troop-count claims in news text: a plain library (no Kafka) that the enrich topology calls through
 * {@link dev.newsflow.enrich.claims.ClaimExtractor}.
 *
 * <p>The grammar is declarative: lexicons and rule tables in
 * {@code src/main/resources/dev/newsflow/enrich/claims/} (one entry per line, tab-separated columns,
 * {@code #} comments), matched over tokens by {@link dev.newsflow.enrich.claims.PhraseMatcher}, and CoreNLP
 * TokensRegex rule files ({@code .rules}) for what the words around a figure say of it, matched by
 * {@link dev.newsflow.enrich.claims.FigureRules}. Each Java class applies one table, so the rules can move to
 * TokensRegex one table at a time:
 * <ul>
 *   <li>numbers.tsv, qualifiers.tsv, currencies.txt, number-kinds.rules (TokensRegex: days, codes and
 *       identifiers, years, ordinals, selections, ratios, compound modifiers) —
 *       {@link dev.newsflow.enrich.claims.NumberParser}</li>
 *   <li>figure-context.rules, both-sides.rules (TokensRegex: dates and ages, "these two", civilians, a side's
 *       own troops, a force's size, a formation's members, a count of formations, measures and capacities, a
 *       named target, the troops a reduction removes, a past peak, many states' or both sides' troops) —
 *       {@code FigureContext}</li>
 *   <li>home-forces.txt (forces many states have under one name: the National Guard) — {@code ArticleSides}</li>
 *   <li>units.txt, unit-modifiers.txt — {@link dev.newsflow.enrich.claims.UnitPhrase}</li>
 *   <li>countries.tsv, actors.tsv, places.tsv, world-places.tsv (the world's towns, provinces and districts,
 *       from GeoNames; built by {@code tools/world-places}) — {@link dev.newsflow.enrich.claims.Gazetteer}</li>
 *   <li>irregular-heads.txt (troop nouns for a movement's fighters, never a state's) —
 *       {@code ActorChooser}</li>
 *   <li>status.tsv, intent.txt, clause-status.tsv, occasions.txt — {@link dev.newsflow.enrich.claims.StatusLexicon}</li>
 *   <li>negation.tsv — {@link dev.newsflow.enrich.claims.NegationDetector}; hedges.txt —
 *       {@link dev.newsflow.enrich.claims.HedgeDetector}</li>
 *   <li>attribution-verbs.txt, titles.txt, generic-sources.txt —
 *       {@link dev.newsflow.enrich.claims.AttributionFinder}; organisation-heads.txt —
 *       {@link dev.newsflow.enrich.claims.SourceFallback}</li>
 *   <li>anaphora.rules (TokensRegex: "8,000 of them", "of these, 1,500") — {@link dev.newsflow.enrich.claims.Anaphora}</li>
 *   <li>ellipsis.rules (TokensRegex over the sentence's status cues and gazetteer mentions: "… and 2,700
 *       wounded", "Ethiopia 2,500") — {@link dev.newsflow.enrich.claims.Ellipsis}</li>
 *   <li>prepositions.tsv, actor-heads.txt — {@link dev.newsflow.enrich.claims.RoleFinder}</li>
 *   <li>furniture.txt (headings of "Most read"/"Related" lists, skipped) — {@link dev.newsflow.enrich.claims.ClaimExtractor}</li>
 *   <li>abbreviations.txt —
 *       {@link dev.newsflow.enrich.claims.SentenceSplitter}</li>
 *   <li>word-classes.tsv (the small closed word lists the Java rules test a word against: auxiliaries, the
 *       words that end a phrase, range words; the rule files read them as variables) — every class names the
 *       rule that reads it</li>
 *   <li>figure-model.tsv, actor-model.tsv, status-model.tsv (learned weights, written by
 *       {@code newsflow train claims}) — {@link dev.newsflow.enrich.claims.ClaimModels}: a figure the grammar
 *       passed over may still be taken, the claim's side is chosen among those named nearby, and its status
 *       is read from the grammar's and the words around it</li>
 * </ul>
 *
 * <p>Conventions (as in the gold annotation): {@code count} is the number as written (the lower end of
 * a range, 1000 for "thousands"); up_to fills countHigh, at_least and more_than fill countLow, range fills
 * both; vague quantities are at_least with {@code vague = true}. A figure the sentence disputes or
 * negates is not a claim.
 */
package dev.newsflow.enrich.claims;
