package org.circa.neural.mnist;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/** The digit networks of the MNIST experiments. Stateless. */
public final class MnistNets {
    private MnistNets() {
    }

    /**
     * DeepProbLog's MNIST classifier (a LeNet: two 5×5 convolutions with 6 and 16 maps, each with
     * 2×2 max pooling and ReLU, then dense 120, 84 and {@code classes} logits, whose softmax
     * {@link org.circa.neural.Dl4jNetwork} takes in double precision) on flat
     * 28×28 input, trained with Adam from learning rate {@code lr}, halved every {@value #HALF_LIFE_STEPS} steps.
     */
    public static MultiLayerNetwork lenet(int classes, double lr, long seed) {
        var conf = new NeuralNetConfiguration.Builder().seed(seed).updater(adam(lr)).weightInit(WeightInit.XAVIER)
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(6).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(16).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder().nOut(120).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(84).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(classes).activation(Activation.IDENTITY).build())
                .setInputType(InputType.convolutionalFlat(28, 28, 1))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Adam at {@code lr}, halved every {@value #HALF_LIFE_STEPS} steps. */
    static Adam adam(double lr) {
        return new Adam(new ExponentialSchedule(ScheduleType.ITERATION, lr, Math.pow(0.5, 1.0 / HALF_LIFE_STEPS)));
    }

    /** Steps after which the learning rate is halved. */
    public static final int HALF_LIFE_STEPS = 1000;

    /** A multilayer perceptron {@code inputs → hidden (ReLU) → classes} (logits), Adam at {@code lr}. */
    public static MultiLayerNetwork mlp(int inputs, int hidden, int classes, double lr, long seed) {
        var conf = new NeuralNetConfiguration.Builder().seed(seed).updater(adam(lr)).weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(hidden).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(hidden).nOut(classes).activation(Activation.IDENTITY).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
