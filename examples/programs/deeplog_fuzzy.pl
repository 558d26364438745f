% The same model read in product fuzzy logic: each atom's truth degree is its marginal
% probability under the program, and connectives combine degrees directly (no compilation,
% so correlations are ignored: compare with deeplog_probabilistic.pl).
% Run: bin/circa query examples/programs/deeplog_fuzzy.pl
% The model: who is stressed, who influences whom, and who smokes as a result.
0.7::stress(ann).  0.2::stress(bob).  0.5::stress(cid).
0.3::influences(ann, bob).  0.6::influences(bob, cid).
smokes(X) :- stress(X).
smokes(X) :- influences(Y, X), smokes(Y).
domain(person, [ann, bob, cid]).   % the domain Person ranges over (by its name)

query(smokes(cid)).                % an ordinary ProbLog query beside the formulas
% expect: smokes(cid) 0.6104

% exists folds the probabilistic sum: 1 - (1 - 0.7)(1 - 0.368)(1 - 0.6104).
query(exists(Person): smokes(Person)_product).
% expect-formula: 1 0.92613184
% Goguen implication, product over people: (0.7/0.7) (0.2/0.368) (0.5/0.6104).
query(forall(Person): implies(smokes(Person)_product, stress(Person)_product)).
% expect-formula: 2 0.4451820617
% Goedel logic: exists is the maximum degree.
query(exists(Person): smokes(Person)_godel).
% expect-formula: 3 0.7
