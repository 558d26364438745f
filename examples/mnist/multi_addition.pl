% MNIST addition of N-digit numbers (DeepProbLog's multi-digit task): each number is a list of
% digit images, most significant first; query the sum, for example
% multi_addition([img(train, 1), img(train, 2)], [img(train, 3), img(train, 4)], 57).
nn(mnist_net, [X], Y, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) :: digit(X, Y).

number([], Result, Result).
number([H | T], Acc, Result) :- digit(H, D), Acc2 is D + 10 * Acc, number(T, Acc2, Result).
number(X, Y) :- number(X, 0, Y).

multi_addition(X, Y, Z) :- number(X, X2), number(Y, Y2), Z is X2 + Y2.
