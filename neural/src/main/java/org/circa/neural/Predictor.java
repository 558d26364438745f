package org.circa.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.circa.language.Term;

/** Answers queries by the most valued query atom of their shape (logic in the architecture). Stateless. */
final class Predictor {
    private final NeuralModel model;

    Predictor(NeuralModel model) {
        this.model = model;
    }

    List<NeuralModel.Prediction> predict(List<Term> queries, Semantics semantics) {
        List<Example> examples = new ArrayList<>();
        for (Term q : queries) {
            examples.add(Example.of(q));
        }
        NeuralModel.Batch batch = model.prepare(examples);
        batch.networks().forward(false);
        NeuralModel.Prediction[] out = new NeuralModel.Prediction[queries.size()];
        for (Map.Entry<CompiledShape, List<Integer>> e : batch.byShape().entrySet()) {
            CompiledShape cs = e.getKey();
            List<ShapeEvaluator.Column> cols = new ArrayList<>();
            for (int i : e.getValue()) {
                cols.add(batch.columns()[i]);
            }
            double[][] values = cs.evaluator(semantics).all(cols, batch.networks());
            List<Term> atoms = cs.queryAtoms();
            for (int j = 0; j < values.length; j++) {
                int best = -1;
                for (int qi = 0; qi < atoms.size(); qi++) {
                    if (best < 0 || values[j][qi] > values[j][best]) {
                        best = qi;
                    }
                }
                int i = e.getValue().get(j);
                List<Term> tensors = batch.queryShapes()[i].tensors();
                out[i] = best < 0 ? new NeuralModel.Prediction(queries.get(i), 0.0)
                        : new NeuralModel.Prediction(QueryShape.bind(atoms.get(best), tensors), values[j][best]);
            }
        }
        return List.of(out);
    }
}
