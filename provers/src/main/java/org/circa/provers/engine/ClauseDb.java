package org.circa.provers.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.Atom;
import org.circa.language.SourceSpan;
import org.circa.language.Struct;
import org.circa.language.Term;

/**
 * The clauses of a program by predicate, after ProbLog's clause forms (probabilistic facts and
 * rules, annotated disjunctions, negative heads) were rewritten into ordinary clauses that call
 * {@code '$choice'/4}. Mutable while loading, then only read. Not thread-safe.
 */
public final class ClauseDb {
    private final Map<String, List<StoredClause>> predicates = new LinkedHashMap<>();
    private final Map<String, Boolean> library = new HashMap<>();
    private final List<Term> queries = new ArrayList<>();
    private final List<SourceSpan> querySpans = new ArrayList<>();
    private final List<Term[]> evidence = new ArrayList<>();
    private boolean unknownFails;
    private int choiceClauses;

    /** Adds an ordinary clause; library clauses are skipped for predicates the program defines. */
    public void addClause(Term head, Term body, SourceSpan span, boolean fromLibrary) {
        String key = head.indicator();
        if (fromLibrary) {
            if (predicates.containsKey(key) && !library.getOrDefault(key, false)) {
                return;
            }
            library.put(key, true);
        } else if (library.getOrDefault(key, false)) {
            predicates.remove(key);
            library.remove(key);
        }
        predicates.computeIfAbsent(key, k -> new ArrayList<>()).add(new StoredClause(head, body, span));
    }

    /** A new identifier for the choice group of a probabilistic clause. */
    public int newChoiceClause() {
        return choiceClauses++;
    }

    /** The clauses of a predicate {@code name/arity}, or null when it has none. */
    public List<StoredClause> clauses(String indicator) {
        return predicates.get(indicator);
    }

    /** Whether the predicate has clauses. */
    public boolean defines(String indicator) {
        return predicates.containsKey(indicator);
    }

    /** Whether the predicate comes from a bundled library (not tabled: libraries terminate). */
    public boolean isLibrary(String indicator) {
        return library.getOrDefault(indicator, false);
    }

    /** Every predicate indicator with clauses. */
    public Iterable<String> indicators() {
        return predicates.keySet();
    }

    /** Records a query term, asked for every solution of the body ({@code true} for plain queries). */
    public void addQuery(Term q, Term body, SourceSpan span) {
        queries.add(new Struct("query", q, body));
        querySpans.add(span);
    }

    /** Records evidence: the atom, its value ({@code true} or {@code false}) and the body that selects it. */
    public void addEvidence(Term atom, Term value, Term body) {
        evidence.add(new Term[] {atom, value, body});
    }

    /** The queries in source order, each as {@code query(Atom, Body)}. */
    public List<Term> queries() {
        return queries;
    }

    /** Where each query was written. */
    public List<SourceSpan> querySpans() {
        return querySpans;
    }

    /** The evidence pairs in source order. */
    public List<Term[]> evidence() {
        return evidence;
    }

    /** Makes calls to undefined predicates fail instead of raising UnknownClause. */
    public void setUnknownFails(boolean fails) {
        unknownFails = fails;
    }

    /** Whether calls to undefined predicates fail silently. */
    public boolean unknownFails() {
        return unknownFails;
    }

    /** Removes and returns the clauses of a predicate (used by rewrites). */
    public List<StoredClause> remove(String indicator) {
        return predicates.remove(indicator);
    }

    /** Renames a head to {@code prefix + name} keeping its arguments. */
    public static Term rename(Term head, String prefix) {
        head = head.deref();
        if (head instanceof Struct s) {
            return new Struct(prefix + s.name(), s.args());
        }
        return Atom.of(prefix + head.name());
    }
}
