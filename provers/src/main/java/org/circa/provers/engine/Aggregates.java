package org.circa.provers.engine;

import java.util.ArrayList;
import java.util.List;
import org.circa.language.DiagnosticCode;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.circa.language.Term;

/** The aggregate functions of aggregate_all/3 and of head aggregates. Stateless. */
final class Aggregates {
    private Aggregates() {
    }

    /** The aggregate of the values, or null when it is undefined (max of nothing). */
    static Term apply(String op, int arity, List<Term> values) {
        switch (op) {
            case "count":
                return new IntTerm(values.size());
            case "sum": {
                Term acc = new IntTerm(0);
                for (Term v : values) {
                    acc = Arithmetic.eval(new Struct("+", acc, v));
                }
                return acc;
            }
            case "avg": {
                if (values.isEmpty()) {
                    return null;
                }
                Term sum = apply("sum", 1, values);
                return new FloatTerm(Arithmetic.toDouble(sum) / values.size());
            }
            case "max":
            case "min": {
                if (values.isEmpty()) {
                    return null;
                }
                Term best = null;
                Term bestKey = null;
                for (Term v : values) {
                    Term key = arity == 2 ? Arithmetic.eval(v.deref().arg(0)) : Arithmetic.eval(v);
                    if (best == null || (op.equals("max") ? Arithmetic.compare(key, bestKey) > 0
                            : Arithmetic.compare(key, bestKey) < 0)) {
                        best = v;
                        bestKey = key;
                    }
                }
                return arity == 2 ? new Struct(op, bestKey, best.deref().arg(1)) : bestKey;
            }
            case "bag":
            case "list":
                return Struct.list(values);
            case "set": {
                List<Term> sorted = new ArrayList<>(values);
                sorted.sort(StandardOrder.INSTANCE);
                List<Term> out = new ArrayList<>();
                for (Term t : sorted) {
                    if (out.isEmpty() || StandardOrder.INSTANCE.compare(out.get(out.size() - 1), t) != 0) {
                        out.add(t);
                    }
                }
                return Struct.list(out);
            }
            default:
                throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "unknown aggregate " + op);
        }
    }
}
