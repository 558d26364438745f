% The same model with probabilistic annotations: a boolean formula cast to probability is a
% weighted model count (knowledge compilation), so correlations through the rules count.
% Run: bin/circa query examples/programs/deeplog_probabilistic.pl
% The model: who is stressed, who influences whom, and who smokes as a result.
0.7::stress(ann).  0.2::stress(bob).  0.5::stress(cid).
0.3::influences(ann, bob).  0.6::influences(bob, cid).
smokes(X) :- stress(X).
smokes(X) :- influences(Y, X), smokes(Y).
domain(person, [ann, bob, cid]).   % the domain Person ranges over (by its name)

query(smokes(cid)).                % an ordinary ProbLog query beside the formulas
% expect: smokes(cid) 0.6104

% P(someone smokes) = 1 - (1 - 0.7)(1 - 0.2)(1 - 0.5): somebody must be stressed.
query((exists(Person): smokes(Person)_boolean)_probability).
% expect-formula: 1 0.88
% P(bob and cid smoke) = P(bob) * P(stress(cid) or influences(bob, cid)) = 0.368 * 0.8, by hand.
query((and(smokes(bob)_boolean, smokes(cid)_boolean))_probability).
% expect-formula: 2 0.2944
% The same in log space.
query((and(smokes(bob)_boolean, smokes(cid)_boolean))_logprobability).
% expect-formula: 3 -1.222815892
