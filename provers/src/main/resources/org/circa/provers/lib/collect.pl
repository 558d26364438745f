% library(collect): `Code => GroupBy/f(Args)` calls collect_f(Code, GroupBy, Args...).
% Written for Circa. The program defines collect_f for its own aggregates; list is built in.
collect_list(Code, GroupBy, X, L) :- aggregate(list, X, GroupBy, Code, (GroupBy, L)).
