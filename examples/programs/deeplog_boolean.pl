% DeepLog formulas read in the boolean algebra: an atom is true when the program makes it
% possible (probability above 0). Run: bin/circa query examples/programs/deeplog_boolean.pl
% The model: who is stressed, who influences whom, and who smokes as a result.
0.7::stress(ann).  0.2::stress(bob).  0.5::stress(cid).
0.3::influences(ann, bob).  0.6::influences(bob, cid).
smokes(X) :- stress(X).
smokes(X) :- influences(Y, X), smokes(Y).
domain(person, [ann, bob, cid]).   % the domain Person ranges over (by its name)

query(smokes(cid)).                % an ordinary ProbLog query beside the formulas
% expect: smokes(cid) 0.6104

% Does someone smoke? (boolean: possible, so 1)
query(exists(Person): smokes(Person)_boolean).
% expect-formula: 1 1
% How many people may smoke? Iverson brackets summed in the reals.
query(sum(Person): (smokes(Person)_boolean)_real).
% expect-formula: 2 3
% Is everyone ann?
query(forall(Person): =(Person, ann)_boolean).
% expect-formula: 3 0
