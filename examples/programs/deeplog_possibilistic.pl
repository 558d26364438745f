% The same model in possibility theory (max, min): degrees are taken as possibility degrees,
% or obtained from probabilities by the antipignistic transform (a cast).
% Run: bin/circa query examples/programs/deeplog_possibilistic.pl
% The model: who is stressed, who influences whom, and who smokes as a result.
0.7::stress(ann).  0.2::stress(bob).  0.5::stress(cid).
0.3::influences(ann, bob).  0.6::influences(bob, cid).
smokes(X) :- stress(X).
smokes(X) :- influences(Y, X), smokes(Y).
domain(person, [ann, bob, cid]).   % the domain Person ranges over (by its name)

query(smokes(cid)).                % an ordinary ProbLog query beside the formulas
% expect: smokes(cid) 0.6104

% Possibility that someone smokes: the maximum degree.
query(exists(Person): smokes(Person)_possibility).
% expect-formula: 1 0.7
% Possibility that everyone smokes: the minimum degree.
query(forall(Person): smokes(Person)_possibility).
% expect-formula: 2 0.368
% Probabilities moved to possibilities by the antipignistic transform min(1, 2p) first.
query(exists(Person): (smokes(Person)_probability)_possibility).
% expect-formula: 3 1
