% Learning from interpretations: the probabilities written t(...) are learned from the
% examples in alarm.ev (each example: the atoms observed in one situation).
% Run:  bin/circa lfi examples/learning/alarm.pl examples/learning/alarm.ev
t(0.5)::burglary.
0.2::earthquake.
t(_)::alarm :- burglary.
t(_)::alarm :- earthquake.
t(_)::calls(mary) :- alarm.

%Expected outcome:
% 0.5741657391::burglary.
% 0.2::earthquake.
% 1.0::alarm :- burglary.
% 0.9999999949::alarm :- earthquake.
% 0.6492189408::calls(mary) :- alarm.
