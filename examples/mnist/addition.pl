% MNIST addition (DeepProbLog, Manhaeve et al. 2018): two images of digits, query their sum.
% Queries look like addition(img(train, 17), img(train, 4), 9); the images are tensors that the
% Java application registers (org.circa.neural.mnist.MnistDigits).
nn(mnist_net, [X], Y, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) :: digit(X, Y).

addition(X, Y, Z) :- digit(X, N1), digit(Y, N2), Z is N1 + N2.
