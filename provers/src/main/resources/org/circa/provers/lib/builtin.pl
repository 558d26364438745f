% Predicates every Circa program can call: library(lists) and library(apply).
% Written for Circa; loaded before the program, and replaced by any predicate the program defines.

append([], L, L).
append([H|T], L, [H|R]) :- append(T, L, R).

append(ListOfLists, List) :- '$append_all'(ListOfLists, List).
'$append_all'([], []).
'$append_all'([L|Ls], As) :- append(L, Ws, As), '$append_all'(Ls, Ws).

member(X, [X|_]).
member(X, [_|T]) :- member(X, T).

memberchk(X, L) :- once(member(X, L)).

reverse(L, R) :- '$reverse'(L, [], R).
'$reverse'([], A, A).
'$reverse'([H|T], A, R) :- '$reverse'(T, [H|A], R).

nth0(I, L, E) :- '$nth'(L, 0, I, E).
nth1(I, L, E) :- '$nth'(L, 1, I, E).
'$nth'([H|_], B, B, H).
'$nth'([_|T], B, I, E) :- B1 is B + 1, '$nth'(T, B1, I, E).

last([X], X).
last([_|T], X) :- last(T, X).

select(X, [X|T], T).
select(X, [H|T], [H|R]) :- select(X, T, R).

selectchk(X, L, R) :- once(select(X, L, R)).

select(X, Xs, Y, Ys) :- '$select4'(Xs, X, Y, Ys).
'$select4'([X|T], X, Y, [Y|T]).
'$select4'([H|T], X, Y, [H|T2]) :- '$select4'(T, X, Y, T2).

exclude(_, [], []).
exclude(P, [H|T], R) :- ( call(P, H) -> R = R1 ; R = [H|R1] ), exclude(P, T, R1).

include(_, [], []).
include(P, [H|T], R) :- ( call(P, H) -> R = [H|R1] ; R = R1 ), include(P, T, R1).

partition(_, [], [], []).
partition(P, [H|T], I, E) :-
    ( call(P, H) -> I = [H|I1], E = E1 ; I = I1, E = [H|E1] ),
    partition(P, T, I1, E1).

maplist(_, []).
maplist(P, [A|As]) :- call(P, A), maplist(P, As).
maplist(_, [], []).
maplist(P, [A|As], [B|Bs]) :- call(P, A, B), maplist(P, As, Bs).
maplist(_, [], [], []).
maplist(P, [A|As], [B|Bs], [C|Cs]) :- call(P, A, B, C), maplist(P, As, Bs, Cs).
maplist(_, [], [], [], []).
maplist(P, [A|As], [B|Bs], [C|Cs], [D|Ds]) :- call(P, A, B, C, D), maplist(P, As, Bs, Cs, Ds).

foldl(G, L, A0, A) :- '$foldl1'(L, G, A0, A).
'$foldl1'([], _, A, A).
'$foldl1'([X|Xs], G, A0, A) :- call(G, X, A0, A1), '$foldl1'(Xs, G, A1, A).
foldl(G, L1, L2, A0, A) :- '$foldl2'(L1, L2, G, A0, A).
'$foldl2'([], [], _, A, A).
'$foldl2'([X|Xs], [Y|Ys], G, A0, A) :- call(G, X, Y, A0, A1), '$foldl2'(Xs, Ys, G, A1, A).

sum_list(L, S) :- '$sum_list'(L, 0, S).
'$sum_list'([], S, S).
'$sum_list'([H|T], A, S) :- A1 is A + H, '$sum_list'(T, A1, S).
sumlist(L, S) :- sum_list(L, S).

max_list([H|T], M) :- '$max_list'(T, H, M).
'$max_list'([], M, M).
'$max_list'([H|T], A, M) :- A1 is max(A, H), '$max_list'(T, A1, M).
min_list([H|T], M) :- '$min_list'(T, H, M).
'$min_list'([], M, M).
'$min_list'([H|T], A, M) :- A1 is min(A, H), '$min_list'(T, A1, M).

max_member(M, L) :- '$max_member'(L, M).
'$max_member'([H|T], M) :- '$max_member_'(T, H, M).
'$max_member_'([], M, M).
'$max_member_'([H|T], A, M) :- ( H @> A -> '$max_member_'(T, H, M) ; '$max_member_'(T, A, M) ).
min_member(M, L) :- '$min_member'(L, M).
'$min_member'([H|T], M) :- '$min_member_'(T, H, M).
'$min_member_'([], M, M).
'$min_member_'([H|T], A, M) :- ( H @< A -> '$min_member_'(T, H, M) ; '$min_member_'(T, A, M) ).

numlist(L, H, []) :- L > H.
numlist(L, H, [L|T]) :- L =< H, L1 is L + 1, numlist(L1, H, T).

list_to_set(L, S) :- '$lts'(L, [], S).
'$lts'([], _, []).
'$lts'([H|T], Seen, R) :- ( memberchk(H, Seen) -> R = R1 ; R = [H|R1] ), '$lts'(T, [H|Seen], R1).

delete([], _, []).
delete([H|T], X, R) :- ( H \= X -> R = [H|R1] ; R = R1 ), delete(T, X, R1).

subtract([], _, []).
subtract([H|T], L, R) :- ( memberchk(H, L) -> R = R1 ; R = [H|R1] ), subtract(T, L, R1).

intersection([], _, []).
intersection([H|T], L, R) :- ( memberchk(H, L) -> R = [H|R1] ; R = R1 ), intersection(T, L, R1).

union([], L, L).
union([H|T], L, R) :- ( memberchk(H, L) -> R = R1 ; R = [H|R1] ), union(T, L, R1).

subset([], _).
subset([H|T], L) :- memberchk(H, L), subset(T, L).

permutation([], []).
permutation(L, [H|T]) :- select(H, L, R), permutation(R, T).

flatten(L, F) :- '$flatten'(L, [], F).
'$flatten'(V, T, [V|T]) :- var(V).
'$flatten'(L, T, T) :- L == [].
'$flatten'(L, T, F) :- nonvar(L), L = [H|Rest], '$flatten'(H, F1, F), '$flatten'(Rest, T, F1).
'$flatten'(A, T, [A|T]) :- nonvar(A), A \== [], A \= [_|_].
