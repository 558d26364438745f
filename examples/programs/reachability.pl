% Which nodes reach which, when each edge exists only with some probability?
0.6::edge(a, b).  0.5::edge(b, c).  0.3::edge(c, a).  0.4::edge(a, c).
path(X, Y) :- edge(X, Y).
path(X, Y) :- edge(X, Z), path(Z, Y).
evidence(edge(a, c), false).
query(path(a, c)).
query(path(c, X)).
% expect: path(a,c) 0.3
% expect: path(c,b) 0.18
% expect: path(c,c) 0.09
