% MNIST addition with the logic in the loss instead of the architecture (DeepLog's second
% experiment). A plain network sum_net reads both images and predicts the sum directly; it is
% the model that answers at test time. Training uses two queries of this program as losses:
%   predicted_sum(X, Y, Z)  -- -log of it is the ordinary supervised cross-entropy of sum_net;
%   consistent(X, Y)        -- the semantic loss: the sum predicted must be the sum of the digits
%                              that mnist_net sees (the digit network gets no label of its own).
nn(mnist_net, [X], Y, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) :: digit(X, Y).
nn(sum_net, [X, Y], Z, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) :: predicted_sum(X, Y, Z).

consistent(X, Y) :- predicted_sum(X, Y, Z), digit(X, N1), digit(Y, N2), Z =:= N1 + N2.
